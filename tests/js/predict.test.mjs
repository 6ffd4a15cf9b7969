// net.predict(X) is forward(X).output, bit for bit, for every output kind and depth, over a
// grid as large as the trainer's pictures use; it refuses what forward refuses, by position.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { networkSpec } from './hostile/fixtures.mjs';
import { core } from './load.mjs';

/** An n × n grid over [-6, 6]², as { rows, cols, data }. */
function grid(n) {
  const data = new Float64Array(2 * n * n);
  for (let i = 0; i < n * n; i++) {
    data[2 * i] = -6 + (12 * (i % n)) / (n - 1);
    data[2 * i + 1] = 6 - (12 * Math.floor(i / n)) / (n - 1);
  }
  return { rows: n * n, cols: 2, data };
}

const nets = [
  networkSpec(2, [4, 'tanh'], [1, 'sigmoid']),
  networkSpec(2, [16, 'relu'], [16, 'relu'], [3, 'softmax']),
  networkSpec(2, [8, 'sigmoid'], [8, 'sigmoid'], [8, 'sigmoid'], [8, 'sigmoid'], [1, 'linear']),
];

for (const spec of nets) {
  const shape = [spec.inputs, ...spec.layers.map((l) => `${l.units} ${l.activation}`)].join(', ');
  test(`predict equals forward's output: ${shape}`, () => {
    const net = core.createNetwork({ ...spec, seed: 7 });
    try {
      for (const n of [2, 32, 96]) {
        const X = grid(n);
        const output = net.forward(X).output;
        const predicted = net.predict(X);
        assert.equal(predicted.rows, n * n);
        assert.equal(predicted.cols, spec.layers.at(-1).units);
        assert.deepEqual(predicted.data, output.data, `${n} × ${n} grid`);
      }
    } finally {
      net.dispose();
    }
  });
}

test('predict refuses a wrong width and a NaN by position, and goes on working', () => {
  const net = core.createNetwork({ ...nets[0], seed: 1 });
  try {
    assert.throws(() => net.predict([[1, 2, 3]]), /expected 2 inputs per sample, got 3/);
    assert.throws(() => net.predict([[0, Number.NaN]]), /inputs\[0\]\[1\] is NaN/);
    assert.equal(net.predict([[0, 1]]).rows, 1);
  } finally {
    net.dispose();
  }
});
