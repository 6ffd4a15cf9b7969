// An attribute name means one thing: where two widgets' schemas have it, they accept the same
// values (type, table, range, lengths, ...), and only its default and description are each
// widget's own. Where they accept different values on purpose, DIFFERENT below says which
// fields differ and why; a difference not declared there, or a declared one that is gone, fails.
// Shared concepts are written once in web/src/widgets/shared/attribute-specs.js.
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { test } from 'node:test';
import { widgetSchemas } from '../../web/src/widgets/index.js';

/** The fields each widget may set for itself: they say nothing about what values it accepts. */
const OWN = new Set(['default', 'description', 'example']);

/** name -> the fields whose values differ between the schemas that have it, and why. */
const DIFFERENT = new Map([
  [
    'activation',
    {
      fields: ['table', 'type', 'values', 'where'],
      why: "nn-descent's one-weight model has linear or sigmoid as its output, not a hidden layer's activation from the core's table",
    },
  ],
  [
    'hidden-layers',
    {
      fields: ['maxLength'],
      why: 'nn-race trains four networks in every frame and allows three hidden layers to nn-trainer’s four',
    },
  ],
  [
    'shape',
    {
      fields: ['max', 'maxLength', 'minLength', 'type', 'values'],
      why: 'each widget draws or computes networks of its own sizes; nn-digits offers two fixed shapes',
    },
  ],
  [
    'weights',
    {
      fields: ['max', 'maxLength', 'min', 'minLength', 'type'],
      why: "each widget's network has its own number of parameters; nn-trainer's are a base64url text",
    },
  ],
  [
    'loss',
    {
      fields: ['table', 'type', 'values', 'where'],
      why: 'nn-backprop derives two losses by hand and nn-loss has a sigmoid output; the others take the whole table',
    },
  ],
  [
    'learning-rate',
    {
      fields: ['max', 'min'],
      why: "each range suits its lesson's model (digits with Adam need 0.00001; a perceptron needs no more than 10)",
    },
  ],
  ['mode', { fields: ['values'], why: 'two widgets, two sets of views' }],
  [
    'goal',
    {
      fields: ['type', 'values'],
      why: 'each widget measures its own things; nn-matrix, nn-network and nn-perceptron name fixed exercises',
    },
  ],
  [
    'batch-size',
    {
      fields: ['max', 'min'],
      why: 'nn-trainer allows 0 for all its points at once; nn-digits trains on mini-batches of its 8,000 digits',
    },
  ],
  [
    'dataset',
    {
      fields: ['also', 'table', 'type', 'values', 'where'],
      why: 'nn-trainer adds formula and csv, nn-loss takes two classes, nn-network and nn-perceptron a truth table',
    },
  ],
  [
    'samples',
    {
      fields: ['max'],
      why: 'nn-loss shows a table row per sample (16), nn-race steps four networks on all its points in every frame (1,000)',
    },
  ],
  [
    'bias',
    {
      fields: ['maxLength', 'type'],
      why: "nn-matrix has a layer's biases; nn-neuron and nn-perceptron one neuron's",
    },
  ],
  ['fixed', { fields: ['values'], why: 'each exercise names the attributes it may fix' }],
]);

/**
 * name -> the fields (other than OWN) whose values are not the same in every entry, sorted.
 * @param {Map<string, object[]>} entriesByName every schema's entry for each name
 */
function differingFields(entriesByName) {
  const found = new Map();
  for (const [name, entries] of entriesByName) {
    const fields = new Set(entries.flatMap(Object.keys).filter((field) => !OWN.has(field)));
    const differ = [...fields].filter(
      (field) => !entries.every((entry) => isDeepStrictEqual(entry[field], entries[0][field])),
    );
    found.set(name, differ.sort());
  }
  return found;
}

/** name -> the entries of the schemas that have it, for names in two schemas or more. */
function sharedNames(schemas) {
  const byName = new Map();
  for (const { attributes } of schemas) {
    for (const [name, entry] of Object.entries(attributes)) {
      byName.set(name, [...(byName.get(name) ?? []), entry]);
    }
  }
  return new Map([...byName].filter(([, entries]) => entries.length > 1));
}

test('an attribute accepts the same values in every schema, unless DIFFERENT says why', () => {
  const found = differingFields(sharedNames(widgetSchemas));
  for (const [name, fields] of found) {
    assert.deepEqual(fields, DIFFERENT.get(name)?.fields ?? [], `"${name}" differs in`);
  }
  for (const name of DIFFERENT.keys()) {
    assert.ok(found.has(name), `DIFFERENT names "${name}", which no two schemas share`);
  }
});

test('the check sees the shared attributes: seed, noise, optimizer and the rest', () => {
  const shared = sharedNames(widgetSchemas);
  for (const name of ['seed', 'noise', 'optimizer', 'hidden-layers', 'activation', 'goal']) {
    assert.ok(shared.get(name)?.length >= 2, `"${name}" is in fewer than two schemas`);
  }
  assert.deepEqual(differingFields(shared).get('seed'), []);
});

test('differingFields finds a range, a type or a field one schema lacks; not a default', () => {
  const seed = { type: 'integer', default: 1, min: 0, max: 9, description: 'a' };
  const entries = new Map([
    ['same', [seed, { ...seed, default: 2, description: 'b' }]],
    ['range', [seed, { ...seed, max: 8 }]],
    ['type', [seed, { ...seed, type: 'number' }]],
    ['lacks', [seed, { ...seed, where: 'hidden' }]],
  ]);
  assert.deepEqual(Object.fromEntries(differingFields(entries)), {
    same: [],
    range: ['max'],
    type: ['type'],
    lacks: ['where'],
  });
});
