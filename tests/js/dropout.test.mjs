// The digits network's core features through the facade: dropout as a layer option (masks in a
// training pass only, reproducible, kept in model files), the test loss and accuracy of every
// epoch, the confusion matrix, predictClasses and the learning-rate decay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

const spec = (dropout) => ({
  inputs: 2,
  layers: [
    { units: 24, activation: 'relu', dropout },
    { units: 3, activation: 'softmax' },
  ],
  loss: 'softmax_ce',
  init: 'he',
  seed: 5,
});
const data = core.makeDataset('spiral3', { samples: 150, noise: 0.1, testFraction: 0.2, seed: 2 });

test('a layer drops units only in a training pass: mask entries 0 or 1 / (1 - p)', () => {
  const net = core.createNetwork(spec(0.5));
  const plain = core.createNetwork(spec(0));
  assert.deepEqual(
    net.spec.layers.map((l) => l.dropout),
    [0.5, 0],
  );
  const trained = net.forward(data.X, { training: true });
  const { mask, a } = trained.layers[0];
  assert.equal(mask.rows, a.rows);
  assert.ok(mask.data.every((m) => m === 0 || m === 2));
  assert.ok(mask.data.includes(0) && mask.data.includes(2));
  assert.equal(trained.layers[1].mask, undefined); // the output layer has no dropout
  const predicted = net.forward(data.X);
  assert.equal(predicted.layers[0].mask, undefined);
  assert.deepEqual(predicted.output.data, plain.forward(data.X).output.data);
  assert.deepEqual(net.predict(data.X).data, plain.predict(data.X).data);
  assert.notDeepEqual(trained.output.data, predicted.output.data);
  const step = net.backward(
    data.X,
    core.targets(data.labels, { classes: 3, activation: 'softmax' }),
    {
      training: true,
    },
  );
  assert.ok(step.trace[0].mask.data.every((m) => m === 0 || m === 2));
  net.dispose();
  plain.dispose();
});

test('masks repeat for a seed', () => {
  const masks = [1, 2].map(() => {
    const net = core.createNetwork(spec(0.3));
    const m = net.forward(data.X, { training: true }).layers[0].mask.data;
    net.dispose();
    return m;
  });
  assert.deepEqual(masks[0], masks[1]);
});

test('dropout is refused on the output layer and outside 0 to 0.9', () => {
  assert.throws(
    () =>
      core.createNetwork({
        inputs: 2,
        layers: [{ units: 1, activation: 'sigmoid', dropout: 0.2 }],
      }),
    /createNetwork: layers\[0\]\.dropout is 0\.2; accepted: 0 on the output layer/,
  );
  assert.throws(
    () => core.createNetwork(spec(0.95)),
    /layers\[0\]\.dropout is 0\.95; accepted: 0 to 0\.9/,
  );
  assert.throws(() => core.createNetwork(spec('half')), /layers\[0\]\.dropout is NaN/);
  const net = core.createNetwork(spec(0.5));
  assert.throws(
    () => net.forward(data.X, { training: 'yes' }),
    /forward: training must be true or false/,
  );
  net.dispose();
});

test('model files carry dropout; files without it load with none', () => {
  const net = core.createNetwork(spec(0.25));
  const model = net.toJSON();
  assert.equal(model.layers[0].dropout, 0.25);
  assert.equal('dropout' in model.layers[1], false);
  const copy = core.networkFromJSON(JSON.stringify(model));
  assert.deepEqual(copy.spec, net.spec);
  delete model.layers[0].dropout;
  const without = core.networkFromJSON(model);
  assert.equal(without.spec.layers[0].dropout, 0);
  model.layers[0].dropout = '0.5';
  assert.throws(() => core.networkFromJSON(model), /layers\[0\]\.dropout must be a finite number/);
  for (const n of [net, copy, without]) n.dispose();
});

test('train() reports each epoch’s test loss and accuracy when there is a test split', () => {
  const net = core.createNetwork(spec(0.2));
  const trainer = core.createTrainer(net, data, {
    optimizer: 'adam',
    learningRate: 0.02,
    batchSize: 16,
  });
  const r = trainer.train(3);
  assert.equal(r.testLoss.length, 3);
  assert.ok([...r.testLoss, ...r.testAccuracy].every(Number.isFinite));
  const e = trainer.evaluate();
  assert.equal(r.testLoss[2], e.testLoss);
  assert.equal(r.testAccuracy[2], e.testAccuracy);
  trainer.dispose();
  const noSplit = core.createTrainer(net, { X: data.X, labels: data.labels, classes: 3 });
  const plain = noSplit.train(1);
  assert.equal(plain.testLoss, undefined);
  assert.equal(plain.testAccuracy, undefined);
  noSplit.dispose();
  net.dispose();
});

test('confusion counts true label (row) against prediction (column); predictClasses is argmax', () => {
  const net = core.createNetwork(spec(0));
  const trainer = core.createTrainer(net, data, {
    optimizer: 'adam',
    learningRate: 0.02,
    batchSize: 16,
  });
  trainer.train(20);
  const { classes, counts } = trainer.confusion('test');
  assert.equal(classes, 3);
  assert.ok(counts instanceof Int32Array && counts.length === 9);
  const predicted = net.predictClasses(data.Xtest);
  assert.ok(predicted instanceof Int32Array);
  const expected = new Int32Array(9);
  data.labelsTest.forEach((t, i) => (expected[t * 3 + predicted[i]] += 1));
  assert.deepEqual(counts, expected);
  const P = net.predict(data.Xtest);
  predicted.forEach((c, i) => {
    const row = P.data.subarray(i * 3, i * 3 + 3);
    assert.equal(c, row.indexOf(Math.max(...row)));
  });
  const right = counts[0] + counts[4] + counts[8];
  assert.equal(right / data.labelsTest.length, trainer.evaluate().testAccuracy);
  assert.equal(
    trainer.confusion('train').counts.reduce((s, c) => s + c, 0),
    data.labels.length,
  );
  assert.throws(() => trainer.confusion('validation'), /confusion: which is validation/);
  trainer.dispose();
  net.dispose();
});

test('decay lowers the learning rate epoch by epoch; a negative decay is refused', () => {
  const weights = (decay) => {
    const net = core.createNetwork(spec(0));
    const t = core.createTrainer(net, data, { learningRate: 0.1, batchSize: 0, decay });
    t.train(3);
    const w = net.getParameters()[0].W.data;
    t.dispose();
    net.dispose();
    return w;
  };
  assert.notDeepEqual(weights(1), weights(0));
  const net = core.createNetwork(spec(0));
  assert.throws(
    () => core.createTrainer(net, data, { decay: -1 }),
    /decay is -1; accepted: 0 to 10/,
  );
  net.dispose();
});

test('none of the above leaks', () => {
  const before = core.heapInUse();
  const net = core.createNetwork(spec(0.5));
  const trainer = core.createTrainer(net, data, { batchSize: 16 });
  trainer.train(2);
  trainer.confusion();
  net.predictClasses(data.X);
  net.forward(data.X, { training: true });
  trainer.dispose();
  net.dispose();
  assert.equal(core.heapInUse(), before);
});
