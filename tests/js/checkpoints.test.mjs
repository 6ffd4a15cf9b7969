// nn-trainer's checkpoint store (web/src/widgets/nn-trainer/checkpoints.js): every epoch kept at
// first, thinned to every 2^k-th past 64 checkpoints or 4 MiB, the live state standing in for its
// epoch, and cut() letting the later ones go.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Checkpoints, MAX, MAX_BYTES } from '../../web/src/widgets/nn-trainer/checkpoints.js';

const state = (numbers) => () => new Float64Array(numbers);

test('every epoch is kept up to 64; past it every other one goes and the stride doubles', () => {
  const c = new Checkpoints();
  let saves = 0;
  for (let epoch = 0; epoch <= 200; epoch++) {
    c.record(epoch, () => {
      saves += 1;
      return new Float64Array(10);
    });
  }
  const epochs = c.entries.map((e) => e.epoch);
  assert.ok(epochs.length <= MAX);
  assert.equal(c.stride, 4);
  assert.deepEqual(
    epochs,
    Array.from({ length: 51 }, (_, i) => 4 * i),
  );
  // Off the grid nothing is saved: 65 saves at stride 1, then every 2nd and every 4th epoch.
  assert.ok(saves < 140, `${saves} saves`);
});

test('the byte budget thins too: 4 MiB of large checkpoints', () => {
  const c = new Checkpoints();
  const big = state(MAX_BYTES / 8 / 10); // a tenth of the budget each
  for (let epoch = 0; epoch < 40; epoch++) c.record(epoch, big);
  assert.ok(c.bytes <= MAX_BYTES, `${c.bytes} bytes`);
  assert.ok(c.entries.every((e) => e.epoch % c.stride === 0));
  assert.ok(c.stride >= 4);
});

test('the live state stands in for its epoch until cut() lets it and the later ones go', () => {
  const c = new Checkpoints();
  for (let epoch = 0; epoch <= 12; epoch++) c.record(epoch, state([epoch]));
  c.keepTip(12, state([12.5])); // paused within epoch 13: 12 epochs completed
  assert.deepEqual(
    c.entries.map((e) => e.state[0]),
    [...Array.from({ length: 12 }, (_, i) => i), 12.5],
  );
  c.cut(5);
  assert.deepEqual(
    c.entries.map((e) => e.epoch),
    [0, 1, 2, 3, 4, 5],
  );
});
