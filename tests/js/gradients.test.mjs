// Backpropagation through the wasm build agrees with central differences for every
// hidden activation and every output/loss pairing the core accepts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

const X = [
  [0.5, -1.2, 0.3],
  [1.5, 0.2, -0.7],
  [-0.4, 0.9, 1.1],
  [0.1, -0.3, -1.4],
];
const pairs = [
  { output: 'sigmoid', loss: 'mse', Y: [[1], [0], [1], [0]] },
  { output: 'tanh', loss: 'mse', Y: [[1], [-1], [0.5], [-0.2]] },
  { output: 'linear', loss: 'mse', Y: [[2], [-1], [0.5], [3]] },
  { output: 'sigmoid', loss: 'bce', Y: [[1], [0], [1], [0]] },
  {
    output: 'softmax',
    loss: 'softmax_ce',
    Y: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ],
  },
  {
    output: 'softmax',
    loss: 'mse',
    Y: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ],
  },
];

for (const hidden of ['sigmoid', 'tanh', 'relu', 'linear']) {
  for (const { output, loss, Y } of pairs) {
    test(`${hidden} hidden, ${output} output, ${loss}: backward matches central differences`, () => {
      const net = core.createNetwork({
        inputs: 3,
        layers: [
          { units: 5, activation: hidden },
          { units: 4, activation: hidden },
          { units: Y[0].length, activation: output },
        ],
        loss,
        init: 'xavier',
        seed: 7,
      });
      const check = net.gradientCheck(X, Y);
      assert.ok(check.maxRelativeError < 1e-6, `max relative error ${check.maxRelativeError}`);
      const back = net.backward(X, Y);
      assert.deepEqual(Array.from(back.layers[0].dW.data), Array.from(check.layers[0].dW.data));
      net.dispose();
    });
  }
}

test("net.gradients(): the last backward()'s dW and db, flat; after a trainer step, that step's", () => {
  const spec = {
    inputs: 2,
    layers: [
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'bce',
    seed: 4,
  };
  const data = core.makeDataset('circle', { samples: 40, seed: 2 });
  const Y = core.targets(data.labels);
  const flat = (b) => Float64Array.from(b.layers.flatMap(({ dW, db }) => [...dW.data, ...db]));
  const net = core.createNetwork(spec);
  assert.deepEqual(net.gradients(), new Float64Array(13), 'zeros before any backward()');
  const backward = flat(net.backward(data.X, Y));
  assert.deepEqual(net.gradients(), backward);
  const oracle = core.createNetwork(spec);
  const trainer = core.createTrainer(net, data, { optimizer: 'adam', learningRate: 0.1 });
  for (let k = 0; k < 3; k++) {
    oracle.setParameters(net.getParameters()); // the weights before the step
    const expected = flat(oracle.backward(data.X, Y));
    trainer.step(); // batch size 0: all 40 points
    assert.deepEqual(net.gradients(), expected);
  }
  trainer.dispose();
  net.dispose();
  oracle.dispose();
});
