// A model survives the trip to JSON and back exactly, through the wasm build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

test('toJSON then networkFromJSON gives identical weights and outputs', () => {
  const net = core.createNetwork({
    inputs: 2,
    layers: [
      { units: 3, activation: 'relu' },
      { units: 3, activation: 'softmax' },
    ],
    loss: 'softmax_ce',
    init: 'he',
    seed: 9,
  });
  const json = net.toJSON();
  assert.equal(json.format, 'neuronlab.model');
  assert.equal(json.version, 1);
  const copy = core.networkFromJSON(JSON.stringify(json));
  assert.deepEqual(copy.spec, net.spec);
  const X = [
    [0.3, -2],
    [1, 1],
  ];
  assert.deepEqual(Array.from(copy.predict(X).data), Array.from(net.predict(X).data));
  net.dispose();
  copy.dispose();
});
