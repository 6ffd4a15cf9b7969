// W4, the digits network of lesson 13 (issue 12), in one run: 784-256-128-10 (ReLU, softmax with
// cross-entropy), Adam at learning rate 0.001, batch 64, float32 products, on the 8,000 real
// training digits the site ships, from the same first weights (the core's He weights, seed 1).
// Each implementation runs in its own process, in ROUNDS rounds taking turns: one untimed
// epoch, then TIMED epochs each timed in process CPU time (user + system); the median epoch
// gives samples a second. After the run, each reports its test accuracy as a check that it
// trained. The native reference is tests/bench/reference_digits.cpp (plain float32 loops, built
// by CMake as neuronlab_reference_digits), fed the same digits and first weights through files
// this script writes to build/bench/digits-w4/. Prints a table: samples a second, the core's
// speed over each one's, and each one's time per sample over the native reference's (both
// ratios taken round by round, then the median, as npm run bench does).
// Usage: node tests/bench/digits-w4.mjs   (npm run bench runs it last; needs build/wasm and
// build/bench/native/neuronlab_reference_digits, which npm run bench builds)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMnist, splitDigits } from '../../web/site-build/digits-data.mjs';
import { loadCore } from '../../web/src/engine/core.js';
import { PIXELS, decodeDigits } from '../../web/src/widgets/nn-digits/digits-format.js';
import {
  createDigitsNetwork,
  createDigitsTrainer,
  digitsDataset,
} from '../../web/src/widgets/nn-digits/network.js';

const ROUNDS = 3;
const TIMED = 3;
const SPEC = {
  hidden: [256, 128],
  dropout: 0,
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 64,
  seed: 1,
};
const IMPLEMENTATIONS = ['neuronlab wasm f32', 'native reference', 'tfjs-wasm'];
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DATA_DIR = join(REPO, 'build/bench/digits-w4');
const REFERENCE = join(REPO, 'build/bench/native/neuronlab_reference_digits');

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** The core through the facade, as the widget trains: { epoch(), testAccuracy(), dispose() }. */
async function coreRun(core, data) {
  const net = createDigitsNetwork(core, SPEC);
  const trainer = createDigitsTrainer(core, net, data, SPEC);
  return {
    epoch() {
      const next = trainer.epoch + 1;
      while (trainer.epoch < next) trainer.step();
    },
    testAccuracy: () => trainer.evaluate().testAccuracy,
    dispose() {
      trainer.dispose();
      net.dispose();
    },
  };
}

/** tfjs with its wasm backend, the same network and first weights, batches in a fixed order. */
async function tfjsRun(core, data) {
  const require = createRequire(import.meta.url);
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(
    `${dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))}/`,
  );
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs backend wasm did not start');
  const first = createDigitsNetwork(core, SPEC);
  const vars = first.getParameters().map(({ W, b }) => ({
    W: tf.variable(tf.tensor2d(Float32Array.from(W.data), [W.rows, W.cols])),
    b: tf.variable(tf.tensor1d(Float32Array.from(b))),
  }));
  first.dispose();
  // Logits: the loss applies the softmax itself.
  const logits = (x) =>
    vars.reduce((a, { W, b }, l) => {
      const z = tf.add(tf.matMul(a, W), b);
      return l < vars.length - 1 ? tf.relu(z) : z;
    }, x);
  const optimizer = tf.train.adam(SPEC.learningRate);
  const rows = data.X.rows;
  const batches = [];
  for (let at = 0; at < rows; at += SPEC.batchSize) {
    const n = Math.min(SPEC.batchSize, rows - at);
    const x = tf.tensor2d(Float32Array.from(data.X.data.subarray(at * PIXELS, (at + n) * PIXELS)), [
      n,
      PIXELS,
    ]);
    const t = tf.oneHot(tf.tensor1d(data.labels.subarray(at, at + n), 'int32'), 10);
    batches.push([x, t]);
  }
  return {
    epoch() {
      for (const [x, t] of batches)
        optimizer.minimize(() => tf.losses.softmaxCrossEntropy(t, logits(x)));
      vars[0].W.dataSync(); // waits for the last update
    },
    testAccuracy() {
      const x = tf.tensor2d(Float32Array.from(data.Xtest.data), [data.Xtest.rows, PIXELS]);
      const read = tf.tidy(() => logits(x).argMax(1)).dataSync();
      x.dispose();
      return read.filter((k, i) => k === data.labelsTest[i]).length / read.length;
    },
    dispose() {},
  };
}

/** The digits and the core's first weights (SPEC) as raw float32 files for the reference. */
function writeReferenceData(core, data) {
  mkdirSync(DATA_DIR, { recursive: true });
  const write = (name, values) =>
    writeFileSync(join(DATA_DIR, `${name}.f32`), new Uint8Array(Float32Array.from(values).buffer));
  write('X', data.X.data);
  write('labels', data.labels);
  write('Xtest', data.Xtest.data);
  write('labelsTest', data.labelsTest);
  const net = createDigitsNetwork(core, SPEC);
  net.getParameters().forEach(({ W, b }, l) => {
    write(`W${l}`, W.data);
    write(`b${l}`, b);
  });
  net.dispose();
}

const loadData = async () => {
  const core = await loadCore({ moduleUrl: new URL('../../build/wasm/nn.mjs', import.meta.url) });
  const { train, test } = decodeDigits(splitDigits(await readMnist()));
  return { core, data: digitsDataset(train, test) };
};

/** One run of `name` in its own process: { name, samplesPerSecond, testAccuracy }. */
function runOne(name) {
  const [command, args] =
    name === 'native reference'
      ? [REFERENCE, [DATA_DIR]]
      : [process.execPath, [fileURLToPath(import.meta.url), name]];
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} failed:\n${r.stderr}`);
  return { name, ...JSON.parse(r.stdout.trim().split('\n').at(-1)) };
}

/** One implementation in this process: prints { name, samplesPerSecond, testAccuracy }. */
async function child(name) {
  const { core, data } = await loadData();
  const run = await (name === 'tfjs-wasm' ? tfjsRun : coreRun)(core, data);
  run.epoch(); // warm-up
  const ms = [];
  for (let i = 0; i < TIMED; i++) {
    const start = cpuMs();
    run.epoch();
    ms.push(cpuMs() - start);
  }
  const result = {
    name,
    samplesPerSecond: data.X.rows / (median(ms) / 1000),
    testAccuracy: run.testAccuracy(),
  };
  run.dispose();
  console.log(JSON.stringify(result));
}

if (process.argv[2]) {
  await child(process.argv[2]);
} else {
  const { core, data } = await loadData();
  writeReferenceData(core, data);
  const speeds = new Map(IMPLEMENTATIONS.map((name) => [name, []]));
  const accuracy = new Map();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of IMPLEMENTATIONS) {
      const result = runOne(name);
      speeds.get(name).push(result.samplesPerSecond);
      accuracy.set(name, result.testAccuracy);
      process.stderr.write(`round ${round}: ${name} ${result.samplesPerSecond.toFixed(0)}/s\n`);
    }
  }
  // Per round: the core's speed over each one's, each one's time per sample over the reference's.
  const ratio = (a, b) => median(speeds.get(a).map((speed, r) => speed / speeds.get(b)[r]));
  const [ours, reference] = IMPLEMENTATIONS;
  console.log(
    `W4 digits 784-256-128-10, Adam, batch 64, float32, 8,000 digits; ${ROUNDS} rounds, median`,
  );
  console.log(
    'implementation        samples/s   core / it   time / reference   test accuracy after 4 epochs',
  );
  for (const name of IMPLEMENTATIONS) {
    const cells = [
      name.padEnd(20),
      median(speeds.get(name)).toFixed(0).padStart(9),
      ratio(ours, name).toFixed(2).padStart(9),
      ratio(reference, name).toFixed(2).padStart(16),
      `${(100 * accuracy.get(name)).toFixed(1)} %`,
    ];
    console.log(cells.join('   '));
  }
}
