// Bad input reaches JS as an Error whose message names what was wrong and what is accepted,
// and the module keeps working afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { networkSpec } from './hostile/fixtures.mjs';
import { core } from './load.mjs';

const xorNet = () => core.createNetwork(networkSpec(2, [2, 'sigmoid'], [1, 'sigmoid']));

const cases = [
  [
    'wrong input width',
    () => {
      const n = xorNet();
      try {
        n.forward([[1, 2, 3]]);
      } finally {
        n.dispose();
      }
    },
    /forward: expected 2 inputs per sample, got 3/,
  ],
  [
    'empty layer list',
    () => core.createNetwork({ inputs: 2, layers: [] }),
    /layers is empty; accepted: 1 to 16 layers/,
  ],
  [
    'a layer of 0 neurons',
    () => core.createNetwork(networkSpec(2, [0, 'relu'], [1, 'sigmoid'])),
    /layers\[0\]\.units is 0; accepted: 1 to 4096/,
  ],
  [
    'a layer of 100,000 neurons',
    () => core.createNetwork(networkSpec(2, [100000, 'relu'], [1, 'sigmoid'])),
    /layers\[0\]\.units is 100000; accepted: 1 to 4096/,
  ],
  [
    '50 layers',
    () =>
      core.createNetwork({
        inputs: 2,
        layers: Array.from({ length: 50 }, () => ({ units: 2, activation: 'tanh' })),
      }),
    /the number of layers is 50; accepted: 1 to 16/,
  ],
  [
    'a fractional unit count',
    () => core.createNetwork({ inputs: 2, layers: [{ units: 2.5, activation: 'sigmoid' }] }),
    /units is 2\.5; accepted: a whole number/,
  ],
  [
    'NaN learning rate',
    () => {
      const n = xorNet();
      try {
        core.createTrainer(n, core.makeDataset('xor', { samples: 4 }), { learningRate: NaN });
      } finally {
        n.dispose();
      }
    },
    /learningRate is NaN; accepted: a finite number/,
  ],
  [
    'negative learning rate',
    () => {
      const n = xorNet();
      try {
        core.createTrainer(n, core.makeDataset('xor', { samples: 4 }), { learningRate: -0.1 });
      } finally {
        n.dispose();
      }
    },
    /learningRate is -0\.1; accepted: more than 0 and at most 1000/,
  ],
  [
    'a learning rate of 1e9',
    () => {
      const n = xorNet();
      try {
        core.createTrainer(n, core.makeDataset('xor', { samples: 4 }), { learningRate: 1e9 });
      } finally {
        n.dispose();
      }
    },
    /learningRate is 1e\+09; accepted: more than 0 and at most 1000/,
  ],
  [
    'unknown activation',
    () => core.createNetwork({ inputs: 2, layers: [{ units: 1, activation: 'sigmod' }] }),
    /layers\[0\]\.activation "sigmod" is unknown; accepted: step, sigmoid, tanh, relu, linear, softmax/,
  ],
  [
    'unknown loss',
    () =>
      core.createNetwork({
        inputs: 2,
        layers: [{ units: 1, activation: 'sigmoid' }],
        loss: 'hinge',
      }),
    /loss "hinge" is unknown; accepted: mse, bce, softmax_ce/,
  ],
  [
    'unknown optimizer',
    () => {
      const n = xorNet();
      try {
        core.createTrainer(n, core.makeDataset('xor', { samples: 4 }), { optimizer: 'adamw' });
      } finally {
        n.dispose();
      }
    },
    /optimizer "adamw" is unknown; accepted: sgd, momentum, rmsprop, adam/,
  ],
  [
    'unknown data set',
    () => core.makeDataset('moons'),
    /dataset "moons" is unknown; accepted: and, or, xor, circle/,
  ],
  [
    'a typed weight of "abc"',
    () => {
      const n = xorNet();
      try {
        n.setWeight(0, 0, 0, 'abc');
      } finally {
        n.dispose();
      }
    },
    /setWeight: value is NaN; accepted: a finite number/,
  ],
  [
    'an activation that is not a string',
    () => core.neuron({ inputs: [1], weights: [1], activation: 42 }),
    /neuron: activation must be a name/,
  ],
  [
    'malformed model JSON',
    () => core.networkFromJSON('{"format": "neuronlab.model", '),
    /model JSON: the text is not valid JSON/,
  ],
  [
    'model JSON of the wrong format',
    () => core.networkFromJSON({ format: 'keras', version: 1 }),
    /format must be "neuronlab.model", got "keras"/,
  ],
  [
    'model JSON with a short weights row',
    () =>
      core.networkFromJSON({
        format: 'neuronlab.model',
        version: 1,
        inputs: 2,
        loss: 'mse',
        layers: [{ units: 2, activation: 'sigmoid', weights: [[1, 2], [3]], biases: [0, 0] }],
      }),
    /layers\[0\]\.weights\[1\] must be an array of 2 entries, got 1 entries/,
  ],
  [
    'model JSON with a string for a number',
    () =>
      core.networkFromJSON({
        format: 'neuronlab.model',
        version: 1,
        inputs: 1,
        loss: 'mse',
        layers: [{ units: 1, activation: 'linear', weights: [['x']], biases: [0] }],
      }),
    /layers\[0\]\.weights\[0\]\[0\] is a string; accepted: a finite number/,
  ],
];

for (const [what, call, message] of cases) {
  test(`${what} throws an Error with a clear message, and the module still works`, () => {
    assert.throws(call, (e) => {
      assert.ok(e instanceof Error, `got ${typeof e}: ${e}`);
      assert.match(e.message, message);
      return true;
    });
    assert.equal(
      core.neuron({ inputs: [1], weights: [2], bias: 0.5, activation: 'linear' }).z,
      2.5,
    );
  });
}
