// Samples a second of the digits network (issue 12) through the facade in node: 784-256-128-10,
// ReLU, softmax + cross-entropy, Adam (learning rate 0.001), batch 64, on 4,096 random samples
// (pixels U(0, 1), labels 0-9, seeded). For each variant: one untimed epoch, then the median of
// five epochs in process CPU time (user + system, as npm run bench measures).
// Usage: node tests/bench/digits-core.mjs [path/to/nn.mjs, default build/wasm/nn.mjs]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCore } from '../../web/src/engine/core.js';

const glue = process.argv[2]
  ? pathToFileURL(resolve(process.argv[2]))
  : new URL('../../build/wasm/nn.mjs', import.meta.url);
const core = await loadCore({ moduleUrl: glue });

const SAMPLES = 4096;
let seed = 12345;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const X = { rows: SAMPLES, cols: 784, data: Float64Array.from({ length: SAMPLES * 784 }, random) };
const labels = Int32Array.from({ length: SAMPLES }, () => Math.floor(random() * 10));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function samplesPerSecond(precision, dropout) {
  const net = core.createNetwork({
    inputs: 784,
    layers: [
      { units: 256, activation: 'relu', dropout },
      { units: 128, activation: 'relu', dropout },
      { units: 10, activation: 'softmax' },
    ],
    loss: 'softmax_ce',
    init: 'he',
    precision,
  });
  const trainer = core.createTrainer(
    net,
    { X, labels, classes: 10 },
    { optimizer: 'adam', learningRate: 0.001, batchSize: 64 },
  );
  trainer.train(1);
  const ms = [];
  for (let i = 0; i < 5; i++) {
    const start = cpuMs();
    trainer.train(1);
    ms.push(cpuMs() - start);
  }
  trainer.dispose();
  net.dispose();
  const median = ms.sort((a, b) => a - b)[2];
  return SAMPLES / (median / 1000);
}

for (const [precision, dropout] of [
  ['float32', 0],
  ['float32', 0.2],
  ['float64', 0],
]) {
  const rate = samplesPerSecond(precision, dropout);
  console.log(`${precision}, dropout ${dropout}: ${rate.toFixed(0)} samples/s`);
}
