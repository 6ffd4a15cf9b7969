// The export generators: the NumPy code, run by Python, computes what the core computes on the
// four XOR inputs, and reads 20 test digits as the core does with nn-digits' network (784-256-
// 128-10, dropout 0.2, ten Adam steps on 640 training digits); the PyTorch and Keras code hold the same weights in each framework's layout
// (run too, where that framework is installed); numbers are written exactly.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { kerasCode } from '../../web/src/widgets/nn-export/keras.js';
import { numpyCode } from '../../web/src/widgets/nn-export/numpy.js';
import { pyNumber, pyVector } from '../../web/src/widgets/nn-export/python-format.js';
import { pytorchCode } from '../../web/src/widgets/nn-export/pytorch.js';
import { readMnist, splitDigits } from '../../web/site-build/digits-data.mjs';
import { PIXELS, decodeDigits } from '../../web/src/widgets/nn-digits/digits-format.js';
import {
  createDigitsNetwork,
  createDigitsTrainer,
  digitsDataset,
} from '../../web/src/widgets/nn-digits/network.js';
import { core } from './load.mjs';

const XOR = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

const MODELS = {
  'XOR 2-2-1 sigmoid, mse': { layers: [2, 'sigmoid', 1, 'sigmoid'], loss: 'mse', seed: 1 },
  '2-3-2-1 tanh, relu, sigmoid, bce': {
    layers: [3, 'tanh', 2, 'relu', 1, 'sigmoid'],
    loss: 'bce',
    seed: 4,
  },
  '2-4-3 step, softmax, softmax_ce': {
    layers: [4, 'step', 3, 'softmax'],
    loss: 'softmax_ce',
    seed: 7,
  },
  '2-3-1 linear, linear': { layers: [3, 'linear', 1, 'linear'], loss: 'mse', seed: 2 },
};

/** The model object and the core's outputs on XOR, for one entry of MODELS. */
function exported({ layers, loss, seed }) {
  const spec = [];
  for (let i = 0; i < layers.length; i += 2)
    spec.push({ units: layers[i], activation: layers[i + 1] });
  const net = core.createNetwork({ inputs: 2, layers: spec, loss, seed });
  try {
    // Biases start at 0; give them values so that a bias left out would show.
    net
      .getParameters()
      .forEach(({ b }, l) => b.forEach((_, u) => net.setBias(l, u, 0.1 * (u + 1) - 0.25 * l)));
    const output = net.predict(XOR);
    const rows = Array.from({ length: output.rows }, (_, i) =>
      Array.from(output.data.subarray(i * output.cols, (i + 1) * output.cols)),
    );
    return { model: net.toJSON(), rows };
  } finally {
    net.dispose();
  }
}

/** The first Python that can import `module`, or null. */
function pythonWith(module) {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', `import ${module}`], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** Runs code, then prints `expression` as JSON; returns it parsed. The script goes in on stdin. */
function runPython(python, code, expression) {
  const script = `${code}\nimport json\nprint(json.dumps((${expression}).tolist()))\n`;
  const out = execFileSync(python, ['-'], {
    input: script,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

function assertClose(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: rows`);
  actual.forEach((row, i) =>
    row.forEach((value, j) =>
      assert.ok(
        Math.abs(value - expected[i][j]) < 1e-12,
        `${what}: [${i}][${j}] ${value} vs ${expected[i][j]}`,
      ),
    ),
  );
}

test('numbers are written so that Python reads back the same double', () => {
  for (const value of [0, -0, 1, -2, 0.1, 1 / 3, -1e-7, 123456789.125, 2 ** -40, 6.02e23]) {
    const text = pyNumber(value);
    assert.match(text, /^-?(\d+\.\d+|\d+(\.\d+)?e[+-]?\d+|\d\.\d+e[+-]?\d+)$/, text);
    assert.equal(Number(text), value === 0 ? 0 : value);
  }
  assert.equal(pyNumber(1), '1.0');
  const long = pyVector(Array.from({ length: 30 }, (_, i) => i + 0.123456789));
  assert.ok(long.split('\n').every((line) => line.length <= 92));
});

const numpyPython = pythonWith('numpy');
test('the NumPy code gives the core forward outputs on the four XOR inputs', (t) => {
  if (!numpyPython) {
    t.skip('skipped: no python3 with numpy on this machine (apt-get install python3-numpy)');
    return;
  }
  for (const [name, entry] of Object.entries(MODELS)) {
    const { model, rows } = exported(entry);
    const code = numpyCode(model);
    assert.match(code, /^import numpy as np$/m);
    assertClose(runPython(numpyPython, code, 'forward(X)'), rows, name);
  }
});

test('the PyTorch code loads W transposed, with the lab activations as modules', (t) => {
  const { model } = exported(MODELS['2-3-2-1 tanh, relu, sigmoid, bce']);
  const code = pytorchCode(model);
  assert.match(
    code,
    /nn\.Linear\(2, 3\),\n {4}nn\.Tanh\(\),\n {4}nn\.Linear\(3, 2\),\n {4}nn\.ReLU\(\),/,
  );
  assert.match(code, /loss_fn = nn\.BCELoss\(\)/);
  // model[0].weight is 3 units x 2 inputs: row u holds W[0][u], W[1][u].
  const W = model.layers[0].weights;
  const firstRow = `[${pyNumber(W[0][0])}, ${pyNumber(W[1][0])}],`;
  assert.ok(code.includes(`model[0].weight.copy_(torch.tensor([\n        ${firstRow}`), code);
  const step = pytorchCode(exported(MODELS['2-4-3 step, softmax, softmax_ce']).model);
  assert.match(step, /class Step\(nn\.Module\)/);
  assert.match(step, /no gradient/);
  assert.match(step, /nn\.Softmax\(dim=1\)/);
  const torchPython = pythonWith('torch');
  if (!torchPython) {
    t.diagnostic('PyTorch is not installed here: the generated code was checked as text only');
    return;
  }
  for (const [name, entry] of Object.entries(MODELS)) {
    const { model: m, rows } = exported(entry);
    assertClose(runPython(torchPython, pytorchCode(m), 'model(X).detach().numpy()'), rows, name);
  }
});

test('the Keras code sets kernel = W as it is, with the lab activations by name', (t) => {
  const { model } = exported(MODELS['XOR 2-2-1 sigmoid, mse']);
  const code = kerasCode(model);
  assert.match(
    code,
    /layers\.Dense\(2, activation="sigmoid"\),\n {4}layers\.Dense\(1, activation="sigmoid"\),/,
  );
  const W = model.layers[0].weights;
  const firstRow = `[${pyNumber(W[0][0])}, ${pyNumber(W[0][1])}],`;
  assert.ok(
    code.includes(`model.layers[0].set_weights([\n    np.array([\n        ${firstRow}`),
    code,
  );
  assert.match(code, /loss="mean_squared_error"/);
  assert.match(code, /model\.fit\(X, Y/);
  const step = kerasCode(exported(MODELS['2-4-3 step, softmax, softmax_ce']).model);
  assert.match(step, /activation=step\)/);
  assert.match(step, /no gradient/);
  const kerasPython = pythonWith('keras');
  if (!kerasPython) {
    t.diagnostic('Keras is not installed here: the generated code was checked as text only');
    return;
  }
  for (const [name, entry] of Object.entries(MODELS)) {
    const { model: m, rows } = exported(entry);
    assertClose(runPython(kerasPython, kerasCode(m), 'model.predict(X, verbose=0)'), rows, name);
  }
});

/**
 * nn-digits' network with dropout 0.2, trained one epoch on the first 640 training digits the
 * site ships (ten Adam steps of 64: every layer's weights move from the first ones, at a
 * fraction of the cost of the 8,000): its model object, 20 test digits (rows of 784 in [0, 1])
 * and the core's outputs for them.
 */
async function digitsExport() {
  const { train, test } = decodeDigits(splitDigits(await readMnist()));
  const first = (part, count) => ({
    count,
    labels: part.labels.subarray(0, count),
    pixels: part.pixels.subarray(0, count * PIXELS),
  });
  const spec = { hidden: [256, 128], dropout: 0.2, seed: 1 };
  Object.assign(spec, { optimizer: 'adam', learningRate: 0.001, batchSize: 64 });
  const net = createDigitsNetwork(core, spec);
  const data = digitsDataset(first(train, 640), first(test, 20));
  const trainer = createDigitsTrainer(core, net, data, spec);
  try {
    const before = net.getParameters();
    while (trainer.epoch < 1) trainer.step();
    // Trained: no layer kept its first weights.
    net.getParameters().forEach(({ W }, l) =>
      assert.ok(
        W.data.some((w, i) => w !== before[l].W.data[i]),
        `layer ${l} trained`,
      ),
    );
    const X = {
      rows: 20,
      cols: PIXELS,
      data: Float64Array.from(test.pixels.subarray(0, 20 * PIXELS), (v) => v / 255),
    };
    const output = net.predict(X);
    const rows = (m) =>
      Array.from({ length: m.rows }, (_, i) =>
        Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)),
      );
    return { model: net.toJSON(), inputs: rows(X), outputs: rows(output) };
  } finally {
    trainer.dispose();
    net.dispose();
  }
}

const argmax = (row) => row.indexOf(Math.max(...row));

test('the digits model: each framework writes its dropout; NumPy reads 20 test digits as the core does', async (t) => {
  const { model, inputs, outputs } = await digitsExport();
  assert.deepEqual(
    model.layers.map((l) => [l.units, l.activation, l.dropout ?? 0]),
    [
      [256, 'relu', 0.2],
      [128, 'relu', 0.2],
      [10, 'softmax', 0],
    ],
  );
  const keras = kerasCode(model);
  assert.match(keras, /layers\.Dense\(256, activation="relu"\),\n {4}layers\.Dropout\(0\.2\),/);
  // Dense, Dropout, Dense, Dropout, Dense: the layers with weights are 0, 2 and 4.
  assert.deepEqual(
    [...keras.matchAll(/model\.layers\[(\d)\]\.set_weights/g)].map((m) => m[1]),
    ['0', '2', '4'],
  );
  const torch = pytorchCode(model);
  assert.match(torch, /nn\.ReLU\(\),\n {4}nn\.Dropout\(p=0\.2\),/);
  assert.match(torch, /^model\.train\(False\)/m);
  // Linear, ReLU, Dropout, Linear, ReLU, Dropout, Linear, Softmax: Linear at 0, 3 and 6.
  assert.deepEqual(
    [...torch.matchAll(/model\[(\d)\]\.weight\.copy_/g)].map((m) => m[1]),
    ['0', '3', '6'],
  );
  const code = numpyCode(model);
  assert.match(code, /# dropout 0\.2 here in training only: off at prediction/);
  if (!numpyPython) {
    t.skip('skipped: no python3 with numpy on this machine (apt-get install python3-numpy)');
    return;
  }
  const read = runPython(numpyPython, code, `forward(np.array(${JSON.stringify(inputs)}))`);
  // The core multiplies in float32, NumPy in float64: the same readings, outputs within 1e-4.
  assert.deepEqual(read.map(argmax), outputs.map(argmax));
  read.forEach((row, i) =>
    row.forEach((p, k) => assert.ok(Math.abs(p - outputs[i][k]) < 1e-4, `digit ${i}, output ${k}`)),
  );
});
