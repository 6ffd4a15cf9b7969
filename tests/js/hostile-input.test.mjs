// Every public entry point of the facade, fed bad input (the cases live in hostile/, one file
// per part of the API): empty, non-numeric, NaN, Infinity, 1e308, negative, fractional, absurd
// shapes, unknown names, wrong types and very long strings. Each call must throw an Error (never
// a number, a string or a crash) whose message says what was wrong in under 300 characters,
// must finish in well under a second, must leave the wasm heap in use as it found it, and the
// module must keep working afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MB } from './hostile/fixtures.mjs';
import * as functions from './hostile/functions.mjs';
import * as modelJson from './hostile/model-json.mjs';
import * as network from './hostile/network.mjs';
import * as perceptron from './hostile/perceptron.mjs';
import * as trainer from './hostile/trainer.mjs';
import { core } from './load.mjs';

const groups = [functions, network, modelJson, trainer, perceptron];

/** Runs `call`, which must throw; returns what it threw and how long it took. */
function attempt(call) {
  const start = performance.now();
  try {
    call();
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
  assert.fail('expected an Error, but the call returned');
}

for (const [entry, list] of groups.flatMap((g) => Object.entries(g.cases))) {
  for (const [what, call, message] of list) {
    test(`${entry}: ${what} is refused clearly, quickly and without a leak`, () => {
      attempt(call); // warm-up: the first call may build the core's lazily made tables
      const before = core.heapInUse();
      const { error, ms } = attempt(call);
      assert.equal(core.heapInUse(), before, 'the heap in use changed');
      assert.ok(error instanceof Error, `threw ${typeof error}: ${String(error).slice(0, 80)}`);
      assert.match(error.message, message);
      assert.ok(error.message.length < 300, `a ${error.message.length}-character message`);
      assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
      const z = core.neuron({ inputs: [1], weights: [2], bias: 0.5, activation: 'linear' }).z;
      assert.equal(z, 2.5);
    });
  }
}

test('the objects the cases called into still work', () => {
  assert.equal(network.net.forward([[0, 1]]).output.rows, 1);
  assert.equal(trainer.trainer.train(1).status, 'ok');
  assert.equal(perceptron.perceptron.trainSample([1, 0], 1).error, 0);
});

test('a refused layer in setParameters leaves every layer as it was', () => {
  const { net } = network;
  const before = net.getParameters();
  const good = {
    W: [
      [9, 9],
      [9, 9],
    ],
    b: [9, 9],
  };
  assert.throws(() => net.setParameters([good, { W: [[1], [1]], b: [NaN] }]), /bias is NaN/);
  assert.deepEqual(net.getParameters(), before);
});

test('a valid 1 MB model loads, runs and frees its memory', () => {
  const inputs = 240;
  const units = 250;
  const layer = (fanIn, n, activation) => ({
    units: n,
    activation,
    weights: Array.from({ length: fanIn }, (_, i) =>
      Array.from({ length: n }, (_, j) => ((i * 7 + j) % 13) / 13 - 0.5),
    ),
    biases: Array(n).fill(0.125),
  });
  const text = JSON.stringify({
    format: 'neuronlab.model',
    version: 1,
    inputs,
    loss: 'mse',
    layers: [layer(inputs, units, 'tanh'), layer(units, 1, 'linear')],
  });
  assert.ok(text.length > MB, `only ${text.length} characters`);
  const before = core.heapInUse();
  const big = core.networkFromJSON(text);
  assert.ok(Number.isFinite(big.predict([Array(inputs).fill(1)]).data[0]));
  big.dispose();
  assert.equal(core.heapInUse(), before);
});
