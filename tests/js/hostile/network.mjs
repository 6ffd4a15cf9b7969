// Hostile input for createNetwork and every method of a Network.
import { core } from '../load.mjs';
import { longName, networkSpec, xorSpec } from './fixtures.mjs';

/** A network the cases call into; each case must leave it usable. */
export const net = core.createNetwork(xorSpec);
const disposed = core.createNetwork(xorSpec);
disposed.dispose();

/** [what, call, message] per entry point. */
export const cases = {
  createNetwork: [
    [
      'no spec',
      () => core.createNetwork(),
      /^createNetwork: layers must be an array of \{ units, activation, dropout \}$/,
    ],
    ['null spec', () => core.createNetwork(null), /createNetwork: the options must be an object/],
    [
      '0 inputs',
      () => core.createNetwork({ ...xorSpec, inputs: 0 }),
      /inputs is 0; accepted: 1 to 4096/,
    ],
    [
      '5,000 inputs',
      () => core.createNetwork({ ...xorSpec, inputs: 5000 }),
      /inputs is 5000; accepted: 1 to 4096/,
    ],
    [
      'negative inputs',
      () => core.createNetwork({ ...xorSpec, inputs: -2 }),
      /inputs is -2; accepted: a whole number/,
    ],
    [
      'fractional inputs',
      () => core.createNetwork({ ...xorSpec, inputs: 1.5 }),
      /inputs is 1\.5; accepted: a whole number/,
    ],
    [
      '1e308 inputs',
      () => core.createNetwork({ ...xorSpec, inputs: 1e308 }),
      /inputs is 1e\+308; accepted: a whole number/,
    ],
    [
      '2^32 inputs (must not wrap to 0)',
      () => core.createNetwork({ ...xorSpec, inputs: 2 ** 32 + 2 }),
      /inputs is 4294967298; accepted: a whole number/,
    ],
    ['inputs as a string', () => core.createNetwork({ ...xorSpec, inputs: '2' }), /inputs is NaN/],
    [
      'layers as an object',
      () => core.createNetwork({ inputs: 2, layers: { units: 1 } }),
      /layers must be an array/,
    ],
    [
      'a null layer',
      () => core.createNetwork({ inputs: 2, layers: [null] }),
      /layers must be an array of \{ units, activation, dropout \}/,
    ],
    [
      'a 100,000-unit layer',
      () => core.createNetwork(networkSpec(2, [100000, 'relu'], [1, 'sigmoid'])),
      /layers\[0\]\.units is 100000; accepted: 1 to 4096/,
    ],
    [
      'NaN units',
      () => core.createNetwork(networkSpec(2, [2, 'relu'], [NaN, 'sigmoid'])),
      /layers\[1\]\.units is NaN; accepted: a whole number/,
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
      'more than 4,000,000 parameters',
      () => core.createNetwork(networkSpec(4096, [4096, 'relu'], [1, 'linear'])),
      /more than 4000000 parameters at layers\[0\]/,
    ],
    [
      'a relu output',
      () => core.createNetwork({ inputs: 2, layers: [{ units: 1, activation: 'relu' }] }),
      /"relu" cannot be an output/,
    ],
    [
      'a softmax hidden layer',
      () => core.createNetwork(networkSpec(2, [2, 'softmax'], [1, 'linear'])),
      /"softmax" cannot be a hidden layer/,
    ],
    [
      'a 10,000-character activation',
      () => core.createNetwork({ inputs: 2, layers: [{ units: 1, activation: longName }] }),
      /layers\[0\]\.activation "x{40}\.\.\." \(10000 bytes\) is unknown/,
    ],
    [
      'a missing activation',
      () => core.createNetwork({ inputs: 2, layers: [{ units: 1 }] }),
      /layers\[0\]\.activation must be a name \(a string\), got undefined/,
    ],
    [
      'an unknown loss',
      () => core.createNetwork({ ...xorSpec, loss: 'hinge' }),
      /loss "hinge" is unknown; accepted: mse, bce, softmax_ce/,
    ],
    [
      'a loss that does not fit the output',
      () =>
        core.createNetwork({
          inputs: 2,
          layers: [{ units: 1, activation: 'linear' }],
          loss: 'bce',
        }),
      /loss "bce" needs a sigmoid output layer; got "linear"/,
    ],
    [
      'a number for the loss',
      () => core.createNetwork({ ...xorSpec, loss: 7 }),
      /loss must be a name \(a string\), got number/,
    ],
    [
      'an unknown init',
      () => core.createNetwork({ ...xorSpec, init: 'gaussian' }),
      /init "gaussian" is unknown; accepted: uniform, xavier, he/,
    ],
    [
      'a negative seed',
      () => core.createNetwork({ ...xorSpec, seed: -1 }),
      /seed is -1; accepted: a whole number from 0 to 9007199254740991/,
    ],
    [
      'a seed past 2^53',
      () => core.createNetwork({ ...xorSpec, seed: 2 ** 60 }),
      /seed is 1\.152921504606847e\+18; accepted: a whole number/,
    ],
  ],
  Network: [
    [
      'no X',
      () => net.forward(),
      /^forward: X must be a non-empty array of rows, or \{ rows, cols, data \}$/,
    ],
    ['an empty batch', () => net.forward([]), /X must be a non-empty array of rows/],
    ['ragged rows', () => net.forward([[0, 1], [1]]), /X row 1 has 1 numbers; row 0 has 2/],
    ['the wrong width', () => net.forward([[0, 1, 2]]), /expected 2 inputs per sample, got 3/],
    [
      'NaN input',
      () => net.forward([[NaN, 0]]),
      /inputs\[0\]\[0\] is NaN; accepted: finite numbers/,
    ],
    [
      'Infinity input',
      () =>
        net.forward([
          [0, 0],
          [0, -Infinity],
        ]),
      /inputs\[1\]\[1\] is -Infinity/,
    ],
    ['a null input (not 0)', () => net.forward([[null, 0]]), /inputs\[0\]\[0\] is NaN/],
    [
      'an empty string input (not 0)',
      () => net.forward({ rows: 1, cols: 2, data: ['', 0] }),
      /inputs\[0\]\[0\] is NaN/,
    ],
    [
      'data too short for its shape',
      () => net.forward({ rows: 2, cols: 2, data: [1] }),
      /X has 1 numbers for 2 x 2/,
    ],
    [
      'negative rows',
      () => net.forward({ rows: -1, cols: -2, data: [1, 2] }),
      /X rows is -1; accepted: a whole number/,
    ],
    [
      '2^32 x 2^32 with no data',
      () => net.forward({ rows: 2 ** 32, cols: 2 ** 32, data: [] }),
      /X has 0 numbers for 4294967296 x 4294967296/,
    ],
    [
      'targets of the wrong width',
      () => net.backward([[0, 1]], [[1, 0]]),
      /expected 1 targets per sample, got 2/,
    ],
    [
      'a target of 2 for bce',
      () => net.loss([[0, 1]], [[2]]),
      /targets\[0\]\[0\] is 2; loss "bce" accepts targets from 0 to 1/,
    ],
    [
      'fewer targets than samples',
      () =>
        net.backward(
          [
            [0, 1],
            [1, 0],
          ],
          [[1]],
        ),
      /got 2 samples but 1 targets/,
    ],
    [
      'setParameters(null)',
      () => net.setParameters(null),
      /setParameters: expected 2 layers of \{ W, b \}/,
    ],
    [
      'a null layer in setParameters',
      () => net.setParameters([null, null]),
      /setParameters: layer 0 must be \{ W, b \}, got null/,
    ],
    [
      'a short bias in setParameters',
      () =>
        net.setParameters([
          {
            W: [
              [1, 1],
              [1, 1],
            ],
            b: [0],
          },
          { W: [[1], [1]], b: [0] },
        ]),
      /layers\[0\] expects weights of 2 x 2 and 2 biases, got 2 x 2 and 1/,
    ],
    [
      'a weight of Infinity',
      () => net.setWeight(0, 0, 0, Infinity),
      /setWeight: value is Infinity; accepted: a finite number/,
    ],
    ['a layer index of 5', () => net.setWeight(5, 0, 0, 1), /layer is 5; accepted: 0 to 1/],
    [
      'a layer index of 2^32 (must not wrap to 0)',
      () => net.setWeight(2 ** 32, 0, 0, 1),
      /layer is 4294967296; accepted: a whole number/,
    ],
    ['a negative unit', () => net.setBias(0, -1, 0), /unit is -1; accepted: a whole number/],
    ['a fractional unit', () => net.setBias(0, 0.5, 0), /unit is 0\.5/],
    [
      'epsilon 0',
      () => net.gradientCheck([[0, 1]], [[1]], { epsilon: 0 }),
      /epsilon is 0; accepted: more than 0, at most 0\.1/,
    ],
    [
      'null gradientCheck options',
      () => net.gradientCheck([[0, 1]], [[1]], null),
      /gradientCheck: the options must be an object/,
    ],
    [
      'a gradient check too big to finish',
      () => {
        const big = core.createNetwork(networkSpec(4096, [64, 'tanh'], [1, 'linear']));
        try {
          big.gradientCheck([Array(4096).fill(0)], [[0]]);
        } finally {
          big.dispose();
        }
      },
      /checking 262273 parameters over 1 samples is too slow/,
    ],
    ['a disposed network', () => disposed.forward([[0, 1]]), /^Network: used after dispose\(\)$/],
  ],
};
