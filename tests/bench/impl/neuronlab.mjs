// Neuron Lab's core as wasm through the JS facade, exactly as a page uses it. The core's "mse"
// is mean((y - t)^2): twice the workloads' 1/2 (y - t)^2, with twice the gradient, so it trains
// with learning rate lr / 2 (the same steps) and the bench scores its outputs with evaluate().
// Its trainer visits the samples in the order the bench data was made from (same seed).
// options.precision: 'float64' (the default) or 'float32' (the matrix products in float).
import { loadCore } from '../../../web/src/engine/core.js';

const moduleUrl = new URL('../../../build/wasm/nn.mjs', import.meta.url);

export async function create(workload, data, { precision = 'float64' } = {}) {
  const core = await loadCore({ moduleUrl });
  const halfMse = workload.loss === 'half_mse';
  const net = core.createNetwork({
    inputs: workload.inputs,
    layers: workload.layers,
    loss: halfMse ? 'mse' : 'softmax_ce',
    precision,
  });
  const X = { rows: workload.samples, cols: workload.inputs, data: data.X };
  const dataset = { X, labels: data.labels, classes: workload.classes };
  const options = {
    optimizer: 'sgd',
    learningRate: halfMse ? workload.learningRate / 2 : workload.learningRate,
    batchSize: workload.batch,
    seed: workload.orderSeed,
  };
  let trainer = null;
  return {
    reset() {
      trainer?.dispose();
      net.setParameters(
        workload.layers.map((layer, l) => ({
          W: { rows: data.W[l].length / layer.units, cols: layer.units, data: data.W[l] },
          b: data.b[l],
        })),
      );
      trainer = core.createTrainer(net, dataset, options);
    },
    train(plan) {
      if (plan.samples !== workload.samples) throw new Error('neuronlab trains on whole epochs');
      trainer.train(plan.epochs);
    },
    predict: () => net.predict(X).data,
    dispose() {
      trainer?.dispose();
      net.dispose();
    },
  };
}
