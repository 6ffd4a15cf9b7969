// Attribute parsing and printing (web/src/widgets/base/attributes.js): pure, no core, no DOM.
// The 'name' type is given a table shaped like core.activations, so no wasm is needed here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  acceptedNames,
  formatAttribute,
  formatNumber,
  parseAttribute,
  parseNumber,
  sameValue,
} from '../../web/src/widgets/base/attributes.js';

const tables = {
  activations: [
    { name: 'step', hidden: true },
    { name: 'sigmoid', hidden: true },
    { name: 'tanh', hidden: true },
    { name: 'relu', hidden: true },
    { name: 'linear', hidden: true },
    { name: 'softmax', hidden: false },
  ],
  initializers: ['uniform', 'xavier', 'he'],
};

const weights = {
  type: 'numbers',
  default: [0.5, 0.7, 0.3],
  minLength: 3,
  maxLength: 3,
};

test('numbers: commas or spaces, with the running example', () => {
  assert.deepEqual(parseAttribute('weights', weights, '0.5, 0.7, 0.3'), {
    ok: true,
    value: [0.5, 0.7, 0.3],
  });
  assert.deepEqual(parseAttribute('weights', weights, ' 0.5 0.7   0.3 ').value, [0.5, 0.7, 0.3]);
  assert.deepEqual(parseAttribute('weights', weights, '-1,.5,2e-1').value, [-1, 0.5, 0.2]);
});

test('numbers: a bad list names the attribute, the value and what is accepted', () => {
  assert.deepEqual(parseAttribute('weights', weights, 'abc'), {
    ok: false,
    message: 'weights="abc": expected 3 numbers separated by commas, such as "0.5, 0.7, 0.3"',
  });
  assert.equal(parseAttribute('weights', weights, '1,2').ok, false);
  assert.equal(parseAttribute('weights', weights, '1,,2').ok, false);
  assert.equal(parseAttribute('weights', weights, '1,2,Infinity').ok, false);
  const fourWeights = { ...weights, minLength: 4, maxLength: 4 };
  assert.match(
    parseAttribute('weights', fourWeights, '1').message,
    /4 numbers.*"0.5, 0.7, 0.3, 0.5"/,
  );
  const ranged = { type: 'numbers', default: [0], minLength: 1, maxLength: 8, min: 0, max: 1 };
  assert.equal(
    parseAttribute('inputs', ranged, '0.5, 2').message,
    'inputs="0.5, 2": expected 1 to 8 numbers separated by commas, each between 0 and 1, such as "0"',
  );
});

test('number and integer: finite, in range, typed as people type them', () => {
  const bias = { type: 'number', default: 0.1, min: -10, max: 10 };
  assert.equal(parseAttribute('bias', bias, '0.1').value, 0.1);
  assert.equal(parseAttribute('bias', bias, '\u22120.5').value, -0.5);
  assert.equal(parseAttribute('bias', bias, '0,5').value, 0.5);
  for (const bad of ['', ' ', 'abc', '0x10', 'NaN', 'Infinity', '11', '1.2.3']) {
    assert.equal(parseAttribute('bias', bias, bad).ok, false, bad);
  }
  assert.equal(
    parseAttribute('bias', bias, 'abc').message,
    'bias="abc": expected a number between -10 and 10, such as "0.1"',
  );
  const seed = { type: 'integer', default: 42, min: 0 };
  assert.equal(parseAttribute('seed', seed, '7').value, 7);
  assert.equal(
    parseAttribute('seed', seed, '7.5').message,
    'seed="7.5": expected a whole number of at least 0, such as "42"',
  );
  // With no default, the example is 0 or, when 0 is refused, the nearest end of the range.
  const within = { type: 'integer', default: null, min: 1, max: 100000 };
  assert.equal(
    parseAttribute('within', within, '-1').message,
    'within="-1": expected a whole number between 1 and 100000, such as "1"',
  );
});

test('a long bad value is shortened in the message', () => {
  const { message } = parseAttribute('weights', weights, 'x'.repeat(200));
  assert.ok(message.length < 160, message);
  assert.match(message, /^weights="x{39}…": expected/);
});

test('absent attributes give the default; booleans are presence', () => {
  assert.deepEqual(parseAttribute('weights', weights, null).value, [0.5, 0.7, 0.3]);
  const locked = { type: 'boolean', default: false };
  assert.equal(parseAttribute('locked', locked, null).value, false);
  assert.equal(parseAttribute('locked', locked, '').value, true);
  assert.equal(parseAttribute('locked', locked, 'locked').value, true);
  assert.equal(parseAttribute('locked', locked, 'false').value, false);
  assert.equal(parseAttribute('locked', locked, ' FALSE ').value, false);
});

test('shape: positive whole numbers with limits', () => {
  const shape = { type: 'shape', default: [2, 2, 1], minLength: 2, maxLength: 6, max: 16 };
  assert.deepEqual(parseAttribute('shape', shape, '2,4,1').value, [2, 4, 1]);
  // Spaces separate too, as in every list (hidden-layers="8 8" was refused).
  assert.deepEqual(parseAttribute('shape', shape, ' 2 4  1 ').value, [2, 4, 1]);
  for (const bad of ['2,0,1', '2,-1,1', '2,1.5,1', '2', '2,17', '2,,1', 'a,b']) {
    assert.equal(parseAttribute('shape', shape, bad).ok, false, bad);
  }
  assert.equal(
    parseAttribute('shape', shape, '2,0,1').message,
    'shape="2,0,1": expected 2 to 6 whole numbers separated by commas, each between 1 and 16, such as "2,2,1"',
  );
});

test('enum and name: canonical spelling, accepted list, a hint for near misses', () => {
  const mode = { type: 'enum', default: 'forward', values: ['forward', 'backward'] };
  assert.equal(parseAttribute('mode', mode, 'Backward').value, 'backward');
  assert.equal(
    parseAttribute('mode', mode, 'sideways').message,
    'mode="sideways": expected one of forward, backward',
  );
  const activation = { type: 'name', table: 'activations', where: 'hidden', default: 'sigmoid' };
  assert.deepEqual(acceptedNames(activation, tables), [
    'step',
    'sigmoid',
    'tanh',
    'relu',
    'linear',
  ]);
  assert.equal(parseAttribute('activation', activation, 'ReLU', tables).value, 'relu');
  assert.equal(
    parseAttribute('activation', activation, 'sigmod', tables).message,
    'activation="sigmod": expected one of step, sigmoid, tanh, relu, linear (did you mean "sigmoid"?)',
  );
  assert.equal(parseAttribute('activation', activation, 'softmax', tables).ok, false);
  const init = { type: 'name', table: 'initializers', default: 'uniform' };
  assert.equal(parseAttribute('init', init, 'he', tables).value, 'he');
  assert.throws(() => parseAttribute('loss', { type: 'name', table: 'losses' }, 'mse', tables));
});

test('goal: subject, < or >, number', () => {
  const goal = { type: 'goal', default: null, values: ['output', 'z'] };
  assert.deepEqual(parseAttribute('goal', goal, 'output>0.9').value, {
    subject: 'output',
    op: '>',
    target: 0.9,
  });
  assert.deepEqual(parseAttribute('goal', goal, ' z < -1 ').value, {
    subject: 'z',
    op: '<',
    target: -1,
  });
  assert.equal(parseAttribute('goal', goal, '').value, null);
  for (const bad of ['output=0.9', 'loss<0.1', 'output>abc', 'output>']) {
    assert.equal(parseAttribute('goal', goal, bad).ok, false, bad);
  }
  assert.match(parseAttribute('goal', goal, 'output=1').message, /output or z, then < or >/);
});

test('formatAttribute prints what parseAttribute reads back', () => {
  const entries = {
    weights: [weights, [0.1 + 0.2, -1, 1e-7]],
    bias: [{ type: 'number' }, -0.25],
    shape: [{ type: 'shape' }, [2, 3, 1]],
    goal: [
      { type: 'goal', values: ['output', 'z'] },
      { subject: 'z', op: '<', target: 0 },
    ],
    mode: [{ type: 'enum', values: ['a', 'b'] }, 'b'],
    title: [{ type: 'string' }, 'Say "hi" & <go>'],
  };
  for (const [name, [entry, value]] of Object.entries(entries)) {
    const text = formatAttribute(entry, value);
    const back = parseAttribute(name, { ...entry, maxLength: undefined, minLength: 1 }, text).value;
    assert.ok(sameValue(entry, back, value), `${name}: ${text}`);
  }
  assert.equal(formatAttribute(weights, [0.1 + 0.2, -1, 1e-7]), '0.3, -1, 1e-7');
  assert.equal(formatAttribute({ type: 'boolean' }, true), '');
  assert.equal(formatAttribute({ type: 'boolean' }, false), null);
  assert.equal(formatAttribute({ type: 'goal' }, null), null);
});

test('number helpers', () => {
  assert.equal(parseNumber('  1.5 '), 1.5);
  assert.ok(Number.isNaN(parseNumber('1,5,6')));
  assert.equal(formatNumber(0.1 + 0.2), '0.3');
  assert.equal(formatNumber(1.19), '1.19');
  assert.equal(formatNumber(-0.000123), '-0.000123');
});
