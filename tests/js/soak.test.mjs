// A long run through the facade: 1,000,000 training steps on XOR must leave the wasm heap in
// use exactly where it was (about 1 µs of core time per step, a few seconds in all).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

test('1,000,000 XOR training steps leave the heap in use unchanged', () => {
  const net = core.createNetwork({
    inputs: 2,
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'bce',
    seed: 2,
  });
  const trainer = core.createTrainer(net, core.makeDataset('xor', { samples: 4 }), {
    optimizer: 'adam',
    learningRate: 0.01,
  });
  trainer.step(); // warm-up: buffers sized for the batch
  const before = core.heapInUse();
  let last;
  for (let i = 0; i < 1_000_000; i++) last = trainer.step();
  assert.equal(core.heapInUse(), before);
  assert.equal(last.status, 'ok');
  assert.ok(last.loss < 0.01, `XOR not learned: loss ${last.loss}`);
  assert.equal(trainer.epoch, 1_000_001);
  trainer.dispose();
  net.dispose();
});
