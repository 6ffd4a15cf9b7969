// Lesson 11's prose on the softmax shift and on mini-batches quotes the core: softmax of sums
// near 1000 (which overflow e^z when written naively) and the epoch at which the spiral
// trainer, as the lesson sets it up, first passes 95% training accuracy at three batch sizes.
// Each number is computed here through the facade and must appear in the lesson as written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { toParameters } from '../../web/src/widgets/shared/weights-attribute.js';
import { core } from './load.mjs';

const lesson = readFileSync(
  new URL('../../lessons/11-modern-tools/index.md', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');

function assertSays(phrase) {
  assert.ok(lesson.includes(phrase), `lesson 11 says "${phrase}"`);
}

test('softmax subtracts the largest sum: sums near 1000 give the probabilities of (2, 1, 0.1)', () => {
  assert.equal(Math.exp(1000), Infinity); // the naive formula's top and bottom
  assert.ok(Number.isNaN(Math.exp(1000) / (3 * Math.exp(1000))));
  assertSays(`once $z$ passes ${Math.log(Number.MAX_VALUE).toFixed(2)}`);
  // A 3-3 softmax layer with W = I and b = 0 outputs softmax(z) for the input z.
  const net = core.createNetwork({ inputs: 3, layers: [{ units: 3, activation: 'softmax' }] });
  net.setParameters(toParameters([3, 3], [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]));
  const p = (z) => Array.from(net.forward([z]).output.data, (v) => v.toFixed(3));
  assert.deepEqual(p([1000, 999, 998.1]), p([2, 1, 0.1]));
  assertSays(`$z = (1000, 999, 998.1)$ it gives $p = (${p([1000, 999, 998.1]).join(', ')})$`);
  net.dispose();
});

/** The first epoch after which the lesson's spiral trainer is right on 95% of its points. */
function epochTo95(batchSize) {
  const seed = 1;
  const data = core.makeDataset('spiral3', { samples: 300, seed });
  const relu = { units: 16, activation: 'relu' };
  const net = core.createNetwork({
    inputs: 2,
    layers: [relu, relu, { units: 3, activation: 'softmax' }],
    loss: 'softmax_ce',
    seed,
  });
  const trainer = core.createTrainer(net, data, {
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize,
    seed,
  });
  try {
    for (let epoch = 1; epoch <= 1000; epoch++) {
      trainer.train(1);
      if (trainer.evaluate().accuracy >= 0.95) return epoch;
    }
    return null;
  } finally {
    trainer.dispose();
    net.dispose();
  }
}

test('mini-batches: the epoch the spiral passes 95% at batch sizes 10, all and 1', () => {
  const [ten, all, one] = [10, 0, 1].map(epochTo95);
  assertSays(`passes 95% at epoch ${ten},`);
  assertSays(`passes 95% only at epoch ${all}, against ${ten} with mini-batches of 10`);
  assertSays(`A batch size of 1 gets there at epoch ${one},`);
});
