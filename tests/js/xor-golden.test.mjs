// The XOR training curve from tests/golden/xor-training.json, which the Catch2 tests assert
// natively: the wasm build must follow it within 1e-12 at every epoch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core, golden } from './load.mjs';

test('XOR 2-4-1 trains along the golden curve, to loss < 0.01', async () => {
  const g = await golden('xor-training.json');
  const net = core.createNetwork(g.network);
  const data = core.makeDataset('xor', { samples: 4 });
  const trainer = core.createTrainer(net, data, g.trainer);
  const run = trainer.train(g.epochs);
  assert.equal(run.status, 'ok');
  assert.equal(run.loss.length, g.loss.length);
  let worst = 0;
  run.loss.forEach((l, i) => (worst = Math.max(worst, Math.abs(l - g.loss[i]))));
  assert.ok(worst <= 1e-12, `largest difference from the golden curve: ${worst}`);
  assert.ok(run.loss.at(-1) < 0.01);
  const out = net.predict(data.X).data;
  data.labels.forEach((label, i) => assert.equal(out[i] > 0.5 ? 1 : 0, label, `sample ${i}`));
  out.forEach((p, i) => assert.ok(Math.abs(p - g.finalPredictions[i]) < 1e-12));
  trainer.dispose();
  net.dispose();
});
