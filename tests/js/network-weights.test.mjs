// The flat weight list of <nn-network> (web/src/widgets/network-weights.js) against the core:
// every position names the weight or bias that Network.setWeight / setBias changes, and the
// list survives setParameters -> getParameters unchanged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  biasIndex,
  flattenParameters,
  parameterCount,
  unflattenParameters,
  weightIndex,
} from '../../web/src/widgets/network-weights.js';
import { core } from './load.mjs';

const SHAPES = [
  [2, 1],
  [2, 2, 1],
  [2, 3, 2, 1],
  [3, 4, 2],
];

function network(shape) {
  const layers = shape.slice(1).map((units) => ({ units, activation: 'sigmoid' }));
  return core.createNetwork({ inputs: shape[0], layers, seed: 3 });
}

test('parameterCount adds (fan_in + 1) × units per layer', () => {
  assert.equal(parameterCount([2, 2, 1]), 9);
  assert.equal(parameterCount([2, 1]), 3);
  assert.equal(parameterCount([2, 3, 2, 1]), 9 + 8 + 3);
});

test('the 2,2,1 order is W of layer 1 row by row, its biases, then layer 2', () => {
  const shape = [2, 2, 1];
  const order = [
    weightIndex(shape, 0, 0, 0), // x1 -> h1
    weightIndex(shape, 0, 0, 1), // x1 -> h2
    weightIndex(shape, 0, 1, 0), // x2 -> h1
    weightIndex(shape, 0, 1, 1), // x2 -> h2
    biasIndex(shape, 0, 0),
    biasIndex(shape, 0, 1),
    weightIndex(shape, 1, 0, 0), // h1 -> y
    weightIndex(shape, 1, 1, 0), // h2 -> y
    biasIndex(shape, 1, 0),
  ];
  assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
});

test('each index is the parameter the core sets with setWeight and setBias', () => {
  for (const shape of SHAPES) {
    const net = network(shape);
    try {
      let value = 1;
      for (let l = 0; l < shape.length - 1; l++) {
        for (let from = 0; from < shape[l]; from++) {
          for (let to = 0; to < shape[l + 1]; to++) {
            net.setWeight(l, from, to, (value += 1));
            const flat = flattenParameters(net.getParameters());
            assert.equal(flat[weightIndex(shape, l, from, to)], value, `${shape} W${l}`);
          }
        }
        for (let unit = 0; unit < shape[l + 1]; unit++) {
          net.setBias(l, unit, (value += 1));
          const flat = flattenParameters(net.getParameters());
          assert.equal(flat[biasIndex(shape, l, unit)], value, `${shape} b${l}`);
        }
      }
      // Every position was written once, with a different number.
      assert.equal(new Set(flattenParameters(net.getParameters())).size, parameterCount(shape));
    } finally {
      net.dispose();
    }
  }
});

test('unflatten -> setParameters -> getParameters -> flatten gives the list back', () => {
  for (const shape of SHAPES) {
    const net = network(shape);
    try {
      const list = Array.from({ length: parameterCount(shape) }, (_, i) => (i - 4) / 8);
      net.setParameters(unflattenParameters(shape, list));
      assert.deepEqual(flattenParameters(net.getParameters()), list);
    } finally {
      net.dispose();
    }
  }
});

test('a list of the wrong length is refused with the count it needs', () => {
  assert.throws(() => unflattenParameters([2, 2, 1], [1, 2, 3]), /expected 9 numbers/);
});
