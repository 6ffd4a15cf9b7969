// One training step of a small XOR network, every number from the core: the forward trace
// (z and a per layer), each layer's slope f′(z) (core.activate), the loss, the backward pass
// (delta, dW, db), the finite-difference estimates (gradientCheck), and the weights after one
// plain gradient-descent step taken by the core's Trainer. The handles live only in here.

import { toParameters } from '../shared/weights-attribute.js';

/**
 * o: { shape: [2, …, 1], activation (hidden), weights: flat list or null (seeded), seed,
 *   sample: '1'…'4' or 'batch', loss: 'mse' | 'bce', learningRate }
 * Returns { X, labels, Y, activations, before, forward, slopes, backward, check, after,
 *   lossAfter } where before/after are getParameters() and slopes[l] is f′(z) of layer l.
 */
export function runStep(core, o) {
  const table = core.makeDataset('xor', { samples: 4 });
  const rows = o.sample === 'batch' ? [0, 1, 2, 3] : [Number(o.sample) - 1];
  const X = {
    rows: rows.length,
    cols: 2,
    data: Float64Array.from(rows.flatMap((r) => [table.X.data[2 * r], table.X.data[2 * r + 1]])),
  };
  const labels = rows.map((r) => table.labels[r]);
  const Y = core.targets(labels, { classes: 2, activation: 'sigmoid' });
  const last = o.shape.length - 2;
  const layers = o.shape.slice(1).map((units, l) => ({
    units,
    activation: l === last ? 'sigmoid' : o.activation,
  }));
  const net = core.createNetwork({ inputs: 2, layers, loss: o.loss, seed: o.seed });
  let trainer = null;
  try {
    if (o.weights) net.setParameters(toParameters(o.shape, o.weights));
    const before = net.getParameters();
    const forward = net.forward(X);
    const slopes = forward.layers.map(
      (layer, l) => core.activate(layers[l].activation, layer.z.data).slope,
    );
    const backward = net.backward(X, Y);
    const check = net.gradientCheck(X, Y);
    const data = { X, labels, classes: 2 };
    trainer = core.createTrainer(net, data, {
      optimizer: 'sgd',
      learningRate: o.learningRate,
      batchSize: 0,
    });
    trainer.step();
    const after = net.getParameters();
    const lossAfter = net.loss(X, Y);
    const activations = layers.map((layer) => layer.activation);
    return {
      X,
      labels,
      Y,
      activations,
      before,
      forward,
      slopes,
      backward,
      check,
      after,
      lossAfter,
    };
  } finally {
    trainer?.dispose();
    net.dispose();
  }
}
