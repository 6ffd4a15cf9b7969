// The running example of lesson 1 through the wasm build, from the shared golden file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core, golden } from './load.mjs';

test('the running example: z = 1.19, sigmoid(z) = 0.7667', async () => {
  const g = await golden('neuron.json');
  const r = core.neuron({
    inputs: g.inputs,
    weights: g.weights,
    bias: g.bias,
    activation: g.activation,
  });
  assert.ok(Math.abs(r.z - g.z) < 1e-12, `z = ${r.z}`);
  assert.equal(Number(r.output.toFixed(g.outputDecimals)), g.output);
  assert.ok(Math.abs(r.slope - r.output * (1 - r.output)) < 1e-15, 'slope = s(1 - s)');
});

test('activate() gives value and slope for each z, and sigmoid slope peaks at 0.25', () => {
  const { value, slope } = core.activate('sigmoid', [-2, 0, 2]);
  assert.ok(value instanceof Float64Array && slope instanceof Float64Array);
  assert.equal(value[1], 0.5);
  assert.equal(slope[1], 0.25);
  assert.ok(slope[0] < 0.25 && slope[2] < 0.25);
  assert.deepEqual(Array.from(core.activate('relu', [-1, 0, 3]).slope), [0, 0, 1]);
});

test('the name tables come from the core', () => {
  const hidden = core.activations.filter((a) => a.hidden).map((a) => a.name);
  assert.deepEqual(hidden, ['step', 'sigmoid', 'tanh', 'relu', 'linear']);
  assert.deepEqual(
    core.losses.map((l) => l.name),
    ['mse', 'bce', 'softmax_ce'],
  );
  assert.deepEqual(
    core.optimizers.map((o) => o.name),
    ['sgd', 'momentum', 'rmsprop', 'adam'],
  );
  assert.ok(core.datasets.some((d) => d.name === 'spiral3' && d.classes === 3));
});
