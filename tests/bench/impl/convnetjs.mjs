// ConvNetJS (float64): fc + activation layers ending in a regression layer (loss 1/2 (y - t)^2
// per output) or a softmax layer (-log p_label), trained by its Trainer with vanilla SGD
// (momentum 0), which sums the per-sample gradients of a batch and divides by the batch size.
import { createRequire } from 'node:module';
import { batches, outputs } from '../data.mjs';

const convnetjs = createRequire(import.meta.url)('convnetjs');
const activationLayer = { sigmoid: 'SigmoidLayer', tanh: 'TanhLayer', relu: 'ReluLayer' };

function vol(values) {
  const v = new convnetjs.Vol(1, 1, values.length, 0.0);
  v.w.set(values);
  return v;
}

export function create(workload, data) {
  const k = outputs(workload);
  const net = new convnetjs.Net();
  const shape = (depth) => ({ in_sx: 1, in_sy: 1, in_depth: depth });
  net.layers = [new convnetjs.InputLayer({ out_sx: 1, out_sy: 1, out_depth: workload.inputs })];
  const dense = [];
  let fanIn = workload.inputs;
  for (const layer of workload.layers) {
    const fc = new convnetjs.FullyConnLayer({ ...shape(fanIn), num_neurons: layer.units });
    dense.push(fc);
    net.layers.push(fc);
    if (layer.activation !== 'softmax')
      net.layers.push(new convnetjs[activationLayer[layer.activation]](shape(layer.units)));
    fanIn = layer.units;
  }
  const last = workload.layers.at(-1).activation === 'softmax' ? 'SoftmaxLayer' : 'RegressionLayer';
  net.layers.push(new convnetjs[last](shape(k)));

  const inputs = Array.from({ length: workload.samples }, (_, i) =>
    vol(data.X.subarray(i * workload.inputs, (i + 1) * workload.inputs)),
  );
  // The regression layer takes the target row; the softmax layer the class index.
  const targets = Array.from({ length: workload.samples }, (_, i) =>
    last === 'RegressionLayer' ? Array.from(data.Y.subarray(i * k, (i + 1) * k)) : data.labels[i],
  );
  let trainer = null;
  return {
    reset() {
      dense.forEach((fc, l) => {
        const units = fc.out_depth;
        fc.filters.forEach((filter, j) => {
          for (let i = 0; i < fc.num_inputs; i++) filter.w[i] = data.W[l][i * units + j];
        });
        fc.biases.w.set(data.b[l]);
      });
      trainer = new convnetjs.Trainer(net, {
        method: 'sgd',
        learning_rate: workload.learningRate,
        momentum: 0,
        l2_decay: 0,
        batch_size: workload.batch,
      });
    },
    train(plan) {
      for (const idx of batches(workload, data, plan))
        for (const s of idx) trainer.train(inputs[s], targets[s]);
    },
    predict(count) {
      const P = new Float64Array(count * k);
      inputs.slice(0, count).forEach((x, i) => P.set(net.forward(x, false).w, i * k));
      return P;
    },
    dispose() {},
  };
}
