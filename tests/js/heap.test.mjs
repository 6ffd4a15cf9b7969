// Every C++ object made through the facade is freed by dispose(), and training allocates
// nothing per step: the wasm allocator's bytes in use (mallinfo) return to where they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

const spec = {
  inputs: 2,
  layers: [
    { units: 4, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'bce',
};

test('creating and disposing 1,000 networks leaks nothing', () => {
  core.createNetwork(spec).dispose(); // warm-up: lazily built tables
  const before = core.heapInUse();
  for (let i = 0; i < 1000; i++) {
    const net = core.createNetwork({ ...spec, seed: i });
    net.forward([
      [0, 1],
      [1, 0],
    ]);
    net.dispose();
  }
  assert.equal(core.heapInUse(), before);
});

test('100,000 training steps leave the heap in use unchanged', () => {
  const net = core.createNetwork(spec);
  const trainer = core.createTrainer(net, core.makeDataset('circle', { samples: 100, seed: 3 }), {
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 10,
  });
  trainer.train(2); // warm-up: buffers sized for this batch
  const before = core.heapInUse();
  for (let i = 0; i < 100_000; i++) trainer.step();
  assert.equal(core.heapInUse(), before);
  assert.ok(trainer.epoch >= 10_000);
  trainer.dispose();
  net.dispose();
});

test('a failing call frees what it made', () => {
  const before = core.heapInUse();
  for (let i = 0; i < 200; i++)
    assert.throws(() =>
      core.createNetwork({
        inputs: 2,
        layers: [
          { units: 3, activation: 'tanh' },
          { units: 1, activation: 'nope' },
        ],
      }),
    );
  assert.equal(core.heapInUse(), before);
});
