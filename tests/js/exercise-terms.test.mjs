// The 'names' attribute type that an exercise's `fixed` uses: space-separated names, each one
// the schema accepts, read back as the same text; anything else refused with what is accepted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatAttribute,
  maxChars,
  parseAttribute,
  withExercise,
} from '../../web/src/widgets/base/attributes.js';
import { changeWords } from '../../web/src/widgets/base/exercise.js';

const ENTRY = { type: 'names', default: [], values: ['dataset', 'activation', 'hidden-layers'] };

test('fixed="dataset  activation" lists both names, once each, and prints back', () => {
  const result = parseAttribute('fixed', ENTRY, ' dataset  activation dataset ');
  assert.deepEqual(result, { ok: true, value: ['dataset', 'activation'] });
  assert.equal(formatAttribute(ENTRY, result.value), 'dataset activation');
  assert.equal(formatAttribute(ENTRY, []), null);
});

test('a name the widget cannot fix is refused, naming those it can', () => {
  for (const text of ['goal', 'dataset __proto__', 'constructor', 'dataset,activation']) {
    const result = parseAttribute('fixed', ENTRY, text);
    assert.equal(result.ok, false);
    assert.match(result.message, /each one of dataset, activation, hidden-layers/);
  }
  // Attribute names are not case-sensitive in HTML, so neither are the names that list them.
  assert.deepEqual(parseAttribute('fixed', ENTRY, 'Dataset').value, ['dataset']);
  // Longer than every accepted name once, with two characters between: refused unread.
  assert.equal(maxChars(ENTRY), 'dataset activation hidden-layers'.length + 6);
  const long = parseAttribute('fixed', ENTRY, 'dataset '.repeat(100));
  assert.match(long.message, new RegExp(`at most ${maxChars(ENTRY)} characters`));
});

test('what an attempt changed, in words', () => {
  const changes = [
    { name: 'activation', now: 'linear', was: 'tanh' },
    { name: 'hidden-layers', now: '2', was: '8,8,8,8' },
  ];
  assert.equal(
    changeWords(changes),
    'the activation is linear, not tanh; the hidden layers are 2, not 8,8,8,8',
  );
});

test("a schema's one-line exercise declaration becomes fixed (and within) after its goal", () => {
  const schema = {
    tag: 'nn-x',
    exercise: { fixed: ['shape', 'seed'], within: true },
    attributes: { shape: {}, goal: { exercise: true }, seed: {} },
  };
  const { attributes } = withExercise(schema);
  assert.deepEqual(Object.keys(attributes), ['shape', 'goal', 'fixed', 'within', 'seed']);
  assert.deepEqual(attributes.fixed.values, ['shape', 'seed']);
  assert.equal(attributes.fixed.exercise, true); // only the page sets them
  assert.equal(attributes.within.exercise, true);
  assert.equal(withExercise(schema), withExercise(schema)); // one object: element and node agree
  const plain = { tag: 'nn-y', attributes: { goal: {} } };
  assert.equal(withExercise(plain), plain);
  const noLimit = withExercise({ ...schema, exercise: { fixed: ['seed'] } });
  assert.deepEqual(Object.keys(noLimit.attributes), ['shape', 'goal', 'fixed', 'seed']);
});
