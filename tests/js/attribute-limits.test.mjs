// Every attribute parse is bounded (design rule 17): a text longer than its entry's maxChars is
// refused by its length alone, with the limit in the message, before any pattern or edit
// distance sees it; every list in every widget schema states its maxLength.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closest } from '../../web/site-build/suggest.mjs';
import { maxChars, parseAttribute, parseNumber } from '../../web/src/widgets/base/attributes.js';
import { MAX_COMPARED } from '../../web/src/widgets/base/edit-distance.js';
import { widgetSchemas } from '../../web/src/widgets/index.js';

const tables = {
  activations: ['step', 'sigmoid', 'tanh', 'relu', 'linear'].map((name) => ({ name })),
};

test('finding 2: 200,000 digits then "x" as a number is refused by its length', () => {
  const raw = `${'1'.repeat(200000)}x`;
  const result = parseAttribute('bias', { type: 'number', min: -10, max: 10 }, raw);
  assert.equal(result.ok, false);
  assert.match(
    result.message,
    /^bias="1{39}…": expected at most 64 characters \(this has 200001\)$/,
  );
  assert.ok(Number.isNaN(parseNumber(raw)));
});

test('finding 3: a 1 MB activation name is refused by its length, with no suggestion', () => {
  const raw = 'x'.repeat(1 << 20);
  const result = parseAttribute('activation', { type: 'name', table: 'activations' }, raw, tables);
  assert.equal(result.ok, false);
  assert.match(result.message, /expected at most 64 characters \(this has 1048576\)$/);
  assert.equal(closest(raw, ['sigmoid']), '');
});

test('texts at the limit are still read', () => {
  const entry = { type: 'number', min: -10, max: 10 };
  const longest = `0.${'5'.repeat(maxChars(entry) - 2)}`;
  assert.equal(parseAttribute('bias', entry, longest).value, Number(longest));
  const misspelt = parseAttribute(
    'activation',
    { type: 'name', table: 'activations' },
    'sigmod',
    tables,
  );
  assert.match(misspelt.message, /did you mean "sigmoid"/);
  assert.equal(closest('sigmod'.padEnd(MAX_COMPARED, 'd'), ['sigmoid']), '');
});

test('every list in every widget schema states its maxLength, so each text has a finite limit', () => {
  for (const schema of widgetSchemas) {
    for (const [name, entry] of Object.entries(schema.attributes)) {
      const where = `<${schema.tag} ${name}>`;
      if (entry.type === 'numbers' || entry.type === 'shape') {
        assert.ok(Number.isInteger(entry.maxLength), `${where} states no maxLength`);
      }
      assert.ok(Number.isFinite(maxChars(entry)), `${where} has no character limit`);
    }
  }
});
