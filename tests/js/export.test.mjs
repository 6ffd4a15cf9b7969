// The export generators: the NumPy code, run by Python, computes what the core computes on the
// four XOR inputs; the PyTorch and Keras code hold the same weights in each framework's layout
// (run too, where that framework is installed); numbers are written exactly.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { kerasCode } from '../../web/src/widgets/nn-export/keras.js';
import { numpyCode } from '../../web/src/widgets/nn-export/numpy.js';
import { pyNumber, pyVector } from '../../web/src/widgets/nn-export/python-format.js';
import { pytorchCode } from '../../web/src/widgets/nn-export/pytorch.js';
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

/** Runs code, then prints `expression` as JSON; returns it parsed. */
function runPython(python, code, expression) {
  const script = `${code}\nimport json\nprint(json.dumps((${expression}).tolist()))\n`;
  const out = execFileSync(python, ['-c', script], { encoding: 'utf8' });
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
