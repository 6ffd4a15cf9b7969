// Numbers in the core's messages: the core sends each as a token of its exact bits, and the
// facade writes the shortest printf "%.*g" text that reads back as the same double. The
// expected texts are glibc's (they were the core's own messages before the tokens).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreMessage, formatNumber } from '../../web/src/engine/messages.js';
import { core } from './load.mjs';

test('formatNumber writes the shortest %g text that reads back', () => {
  const cases = [
    [1.19, '1.19'],
    [0.1, '0.1'],
    [-0.5, '-0.5'],
    [0, '0'],
    [-0, '-0'],
    [10, '10'], // not "1e+01"
    [100, '100'],
    [1000, '1000'],
    [1e9, '1e+09'], // shorter than "1000000000"
    [1e-6, '1e-06'],
    [1e-5, '1e-05'],
    [1e-4, '0.0001'],
    [123456, '123456'],
    [1 / 3, '0.3333333333333333'],
    [0.1 + 0.2, '0.30000000000000004'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
  ];
  for (const [v, text] of cases) assert.equal(formatNumber(v), text, `formatNumber(${v})`);
});

test('every double survives the trip through its text', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < 5000; i++) {
    const v = (random() - 0.5) * 10 ** (random() * 60 - 30);
    assert.equal(Number(formatNumber(v)), v);
  }
});

test('a token becomes the number; text around it stays as it is', () => {
  const token = (hex) => `\u0001${hex}\u0001`;
  assert.equal(
    coreMessage(`rate is ${token('3ff0000000000000')}; accepted: ${token('c000000000000000')}`),
    'rate is 1; accepted: -2',
  );
  assert.equal(coreMessage('no token \u0001zz\u0001 here'), 'no token \u0001zz\u0001 here');
});

test('the core words a number in its message through the facade', () => {
  const n = core.createNetwork({ inputs: 1, layers: [{ units: 1, activation: 'linear' }] });
  try {
    assert.throws(
      () => core.createTrainer(n, { X: [[1]], labels: [0] }, { learningRate: 1e9 }),
      /learningRate is 1e\+09; accepted: more than 0 and at most 1000/,
    );
    assert.throws(
      () => core.makeDataset('xor', { noise: -0.25 }),
      /noise is -0\.25; accepted: 0 to 1/,
    );
  } finally {
    n.dispose();
  }
});

test('core words become the facade words; a quoted name is left as typed', () => {
  assert.equal(
    coreMessage('Network: layers[0].units is 0; accepted: 1 to 4096'),
    'createNetwork: layers[0].units is 0; accepted: 1 to 4096',
  );
  assert.equal(
    coreMessage('optimizer: learning_rate is NaN; accepted: a finite number'),
    'optimizer: learningRate is NaN; accepted: a finite number',
  );
  assert.equal(
    coreMessage('Network: loss "batch_size" is unknown; accepted: mse, bce, softmax_ce'),
    'createNetwork: loss "batch_size" is unknown; accepted: mse, bce, softmax_ce',
  );
  assert.equal(coreMessage('Trainer: batch_size is 2'), 'Trainer: batchSize is 2');
});
