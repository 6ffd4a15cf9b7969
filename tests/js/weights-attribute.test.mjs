// The shared `weights` attribute layout: flat list <-> the core's parameters, parameter names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAttribute } from '../../web/src/widgets/base/attributes.js';
import {
  describeParameter,
  flatIndex,
  fromParameters,
  parameterCount,
  parseParameterList,
  toParameters,
  weightsEntry,
} from '../../web/src/widgets/shared/weights-attribute.js';
import { core } from './load.mjs';

test('a 2-2-1 network has 9 parameters, a 2-3-2-1 one 20', () => {
  assert.equal(parameterCount([2, 2, 1]), 9);
  assert.equal(parameterCount([2, 3, 2, 1]), 9 + 8 + 3);
  const entry = { type: 'numbers', default: [1, 2, 3, 4, 5, 6, 7, 8, 9] };
  assert.deepEqual(weightsEntry(entry, [2, 2, 1]), { ...entry, minLength: 9, maxLength: 9 });
  // A default of another length is no example: the message shows one that fits.
  const empty = weightsEntry({ type: 'numbers', default: [] }, [1, 1]);
  assert.equal(empty.example, '0, 0');
  const result = parseAttribute('weights', empty, '1, 2, 3', null);
  assert.equal(
    result.message,
    'weights="1, 2, 3": expected 2 numbers separated by commas, such as "0, 0"',
  );
});

test('the flat list round-trips through the core, W row by row then b, layer by layer', () => {
  const shape = [2, 2, 1];
  const flat = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const net = core.createNetwork({
    inputs: 2,
    layers: [
      { units: 2, activation: 'sigmoid' },
      { units: 1, activation: 'sigmoid' },
    ],
  });
  try {
    net.setParameters(toParameters(shape, flat));
    const [first, second] = net.getParameters();
    assert.deepEqual([...first.W.data], [1, 2, 3, 4]);
    assert.deepEqual([...first.b], [5, 6]);
    assert.deepEqual([...second.W.data], [7, 8]);
    assert.deepEqual([...second.b], [9]);
    assert.deepEqual(fromParameters(net.getParameters()), flat);
    // W[from][to] joins input `from` to unit `to`: the core agrees with setWeight.
    net.setWeight(0, 1, 0, 30);
    assert.equal(fromParameters(net.getParameters())[flatIndex(shape, 0, 2)], 30);
    net.setBias(1, 0, 90);
    assert.equal(fromParameters(net.getParameters())[flatIndex(shape, 1, 2)], 90);
  } finally {
    net.dispose();
  }
  assert.throws(() => toParameters(shape, [1, 2]), /weights: 2 numbers given; shape 2,2,1 needs 9/);
});

test('parameters are named layer:index, weights first, then biases', () => {
  assert.deepEqual(describeParameter([2, 2, 1], 0, 2), {
    layer: 0,
    index: 2,
    kind: 'weight',
    from: 1,
    to: 0,
  });
  assert.deepEqual(describeParameter([2, 2, 1], 1, 2), {
    layer: 1,
    index: 2,
    kind: 'bias',
    unit: 0,
  });
  assert.deepEqual(parseParameterList('0:0, 1:2', [2, 2, 1], 2).value, [
    [0, 0],
    [1, 2],
  ]);
  for (const bad of ['0:0', '0:0,0:0', '0:6,0:1', '2:0,0:1', 'a,b']) {
    assert.match(parseParameterList(bad, [2, 2, 1], 2).expected, /^2 different parameters/);
  }
  // One asked for: the example is one too.
  assert.match(
    parseParameterList('0:9', [2, 2, 1], 1).expected,
    /^one parameter written layer:index, such as "0:0" \(/,
  );
});
