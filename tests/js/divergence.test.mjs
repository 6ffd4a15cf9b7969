// A learning rate of 100 on a network with a linear output blows the weights up. Each optimizer
// must then report 'diverged' with every weight still finite, and after setOptions({
// learningRate: 0.1 }) the same trainer must train again: finite losses that go down.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

const spec = {
  inputs: 2,
  layers: [
    { units: 8, activation: 'tanh' },
    { units: 1, activation: 'linear' },
  ],
  loss: 'mse',
  init: 'xavier',
};

function allFinite(net) {
  return net
    .getParameters()
    .every(({ W, b }) => W.data.every(Number.isFinite) && b.every(Number.isFinite));
}

for (const optimizer of ['sgd', 'momentum']) {
  test(`${optimizer}: a learning rate of 100 diverges with finite weights, and 0.1 recovers`, () => {
    const net = core.createNetwork(spec);
    const data = core.makeDataset('circle', { samples: 100, seed: 3 });
    const trainer = core.createTrainer(net, data, { optimizer, learningRate: 100, batchSize: 10 });

    let steps = 0;
    while (trainer.step().status === 'ok') assert.ok(++steps < 1000, 'never diverged');
    assert.ok(allFinite(net), 'a weight is not finite after divergence');
    assert.equal(trainer.train(5).status, 'diverged', 'train() should report it too');
    assert.ok(allFinite(net));

    trainer.setOptions({ learningRate: 0.1 });
    const losses = Array.from({ length: 100 }, () => trainer.step());
    assert.ok(losses.every((s) => s.status === 'ok' && Number.isFinite(s.loss)));
    assert.ok(losses[99].loss < losses[0].loss, `${losses[0].loss} -> ${losses[99].loss}`);
    assert.ok(allFinite(net));
    trainer.dispose();
    net.dispose();
  });
}
