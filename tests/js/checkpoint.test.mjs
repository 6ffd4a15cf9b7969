// Trainer checkpoints through the facade: save, train k epochs; restore on a fresh trainer (other
// first weights, other shuffling seed) and train k epochs: the same losses and weights bit for
// bit, with minibatches, dropout and Adam. A checkpoint of another data set is refused with the
// core's message. The largest checkpoint's size, and what it and a health reading cost (printed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

const spec = (seed) => ({
  inputs: 2,
  layers: [
    { units: 8, activation: 'tanh', dropout: 0.2 },
    { units: 8, activation: 'relu' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'bce',
  seed,
});
const options = (seed) => ({ optimizer: 'adam', learningRate: 0.02, batchSize: 10, seed });
const data = core.makeDataset('spiral', { samples: 200, noise: 0.1, seed: 2 });
const weights = (net) => net.getParameters().flatMap(({ W, b }) => [...W.data, ...b]);

test('save, train 6 epochs; restore elsewhere, train 6 epochs: the same numbers bit for bit', () => {
  const a = core.createNetwork(spec(1));
  const ta = core.createTrainer(a, data, options(1));
  ta.train(4);
  const checkpoint = ta.save();
  assert.ok(checkpoint instanceof Float64Array);
  const straight = ta.train(6).loss;

  const b = core.createNetwork(spec(9));
  const tb = core.createTrainer(b, data, options(5));
  tb.restore(checkpoint);
  assert.equal(tb.epoch, 4);
  assert.deepEqual(tb.train(6).loss, straight);
  assert.deepEqual(weights(b), weights(a));
  assert.deepEqual(tb.evaluate(), ta.evaluate());

  // A checkpoint is a copy: training on does not change it, and it takes ta back to epoch 4.
  ta.restore(checkpoint);
  assert.deepEqual(ta.train(6).loss, straight);
  for (const x of [ta, tb]) x.dispose();
  for (const x of [a, b]) x.dispose();
});

test('restore refuses a checkpoint of another data set and keeps the weights', () => {
  const a = core.createNetwork(spec(1));
  const ta = core.createTrainer(a, data, options(1));
  const other = core.makeDataset('spiral', { samples: 100, seed: 2 });
  const b = core.createNetwork(spec(1));
  const tb = core.createTrainer(b, other, options(1));
  const before = weights(b);
  assert.throws(
    () => tb.restore(ta.save()),
    /restore: the checkpoint has .* data set \(100 samples\)/,
  );
  assert.throws(() => tb.restore('x'), /restore: checkpoint must be an array of numbers/);
  assert.deepEqual(weights(b), before);
  for (const x of [ta, tb, a, b]) x.dispose();
});

test('health() reports the gradient RMS and dead units, and changes no later number', () => {
  const run = (look) => {
    const net = core.createNetwork(spec(3));
    const t = core.createTrainer(net, data, options(3));
    let health;
    for (let e = 0; e < 3; e++) {
      t.train(1);
      if (look) health = t.health();
    }
    const loss = t.evaluate().loss;
    t.dispose();
    net.dispose();
    return { loss, health };
  };
  const looked = run(true);
  assert.equal(looked.loss, run(false).loss);
  assert.equal(looked.health.length, 3);
  for (const layer of looked.health) {
    assert.ok(layer.gradientRms > 0 && Number.isFinite(layer.gradientRms));
    assert.ok(layer.dead >= 0 && layer.dead <= layer.units);
  }
});

test('the checkpoint of the largest trainer network has the stated size; its cost is printed', () => {
  // The largest network nn-trainer allows (4 hidden layers of 16) on its most samples (2,000).
  const big = core.makeDataset('spiral', { samples: 2000, seed: 1 });
  const net = core.createNetwork({
    inputs: 2,
    layers: [16, 16, 16, 16]
      .map((units) => ({ units, activation: 'tanh' }))
      .concat([{ units: 1, activation: 'sigmoid' }]),
    loss: 'bce',
  });
  const t = core.createTrainer(net, big, { optimizer: 'adam', batchSize: 10 });
  const time = (f, n) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) f();
    return (performance.now() - start) / n;
  };
  const epoch = time(() => t.train(1), 3);
  const save = time(() => t.save(), 50);
  const restore = time(() => t.restore(t.save()), 20) - save;
  const health = time(() => t.health(), 10);
  console.log(
    `one epoch ${epoch.toFixed(2)} ms; save ${save.toFixed(3)} ms (${t.save().length * 8} bytes); ` +
      `restore ${restore.toFixed(3)} ms; health ${health.toFixed(2)} ms`,
  );
  // 27 header numbers + the sample order (2,000) + weights, and the optimizer's two moments per
  // weight plus its step count: the budget docs/performance.md and checkpoints.js state.
  const parameters = 2 * 16 + 16 + 3 * (16 * 16 + 16) + 16 + 1;
  assert.equal(t.save().length, 27 + 2000 + 3 * parameters + 1);
  t.dispose();
  net.dispose();
});
