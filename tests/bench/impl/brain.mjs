// brain.js (float32): one activation for every layer (the workload's hidden one: sigmoid for
// xor and mlp, which has no softmax in brain.js; tanh for playground), no minibatches: each
// sample is one trainPattern() (forward, deltas, weight update) with momentum 0, visited in the
// bench's order. Its per-sample delta is (t - y) f'(z): the same as 1/2 (y - t)^2 per sample.
import { createRequire } from 'node:module';
import { batches, outputs, row } from '../data.mjs';

const brain = createRequire(import.meta.url)('brain.js');

export function create(workload, data) {
  const k = outputs(workload);
  const hidden = workload.layers.slice(0, -1);
  const net = new brain.NeuralNetwork({
    hiddenLayers: hidden.map((l) => l.units),
    activation: hidden[0].activation === 'tanh' ? 'tanh' : 'sigmoid',
  });
  net.sizes = [workload.inputs, ...workload.layers.map((l) => l.units)];
  net.initialize();
  net.updateTrainingOptions({ learningRate: workload.learningRate });
  net.trainOpts.momentum = 0; // plain SGD; its option check refuses 0, its update rule does not
  const patterns = Array.from({ length: workload.samples }, (_, i) => ({
    input: row(data.X, workload.inputs, i),
    output: row(data.Y, k, i),
  }));
  return {
    activation: net.activation,
    reset() {
      // brain.js keeps weights[layer][node][k] from node k of the layer below; layer 0 is the input.
      workload.layers.forEach((layer, l) => {
        const fanIn = data.W[l].length / layer.units;
        for (let j = 0; j < layer.units; j++) {
          for (let i = 0; i < fanIn; i++) net.weights[l + 1][j][i] = data.W[l][i * layer.units + j];
          net.biases[l + 1][j] = data.b[l][j];
          net.changes[l + 1][j].fill(0);
        }
      });
    },
    train(plan) {
      for (const idx of batches(workload, data, plan))
        for (const s of idx) net.trainPattern(patterns[s]);
    },
    predict(count) {
      const P = new Float64Array(count * k);
      patterns.slice(0, count).forEach((p, i) => P.set(net.run(p.input), i * k));
      return P;
    },
    dispose() {},
  };
}
