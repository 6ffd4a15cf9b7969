// createNetwork's precision through the wasm build: float32 runs the matrix products in float,
// so forward and backward agree with float64 to float rounding and are not the same bits; the
// option defaults to float64 and a wrong name gets the core's message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

const spec = {
  inputs: 40,
  layers: [
    { units: 24, activation: 'relu' },
    { units: 5, activation: 'softmax' },
  ],
  loss: 'softmax_ce',
  init: 'he',
  seed: 3,
};

/** 9 samples of 40 inputs in [0, 1) and one-hot targets, from a fixed formula. */
function batch() {
  const X = { rows: 9, cols: 40, data: new Float64Array(360) };
  X.data.forEach((_, i) => (X.data[i] = ((i * 37) % 101) / 101));
  const Y = { rows: 9, cols: 5, data: new Float64Array(45) };
  for (let i = 0; i < 9; i++) Y.data[i * 5 + (i % 5)] = 1;
  return { X, Y };
}

const largest = (a, b) => a.reduce((worst, v, i) => Math.max(worst, Math.abs(v - b[i])), 0);

test('float32 agrees with float64 to float rounding, and is not the same bits', () => {
  const exact = core.createNetwork(spec);
  const single = core.createNetwork({ ...spec, precision: 'float32' });
  try {
    assert.equal(exact.precision, 'float64');
    assert.equal(single.precision, 'float32');
    const { X, Y } = batch();
    const a = exact.backward(X, Y);
    const b = single.backward(X, Y);
    assert.ok(Math.abs(a.loss - b.loss) < 1e-6 * a.loss, `${a.loss} vs ${b.loss}`);
    for (let l = 0; l < 2; l++) {
      assert.ok(largest(a.layers[l].dW.data, b.layers[l].dW.data) < 1e-6, `dW of layer ${l}`);
      assert.ok(largest(a.layers[l].db, b.layers[l].db) < 1e-6, `db of layer ${l}`);
    }
    const z64 = exact.forward(X).layers[0].z.data;
    const z32 = single.forward(X).layers[0].z.data;
    const worst = largest(z64, z32);
    assert.ok(worst > 0 && worst < 1e-5, `layer 0's z differs by ${worst}`);
  } finally {
    exact.dispose();
    single.dispose();
  }
});

test('a precision the core does not know is named with the accepted ones', () => {
  assert.throws(
    () => core.createNetwork({ ...spec, precision: 'half' }),
    new Error('createNetwork: precision "half" is unknown; accepted: float64, float32'),
  );
  assert.throws(() => core.createNetwork({ ...spec, precision: 32 }), /precision/);
});
