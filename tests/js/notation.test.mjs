// The one notation (web/src/widgets/shared/notation.js): units, weights and biases named as the
// lessons write them, on screen, for screen readers and in ASCII, and the export comments that
// use it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parameterNames } from '../../web/src/widgets/nn-export/python-format.js';
import {
  biasName,
  parameterName,
  subscript,
  unitName,
  weightName,
} from '../../web/src/widgets/shared/notation.js';

const XOR = [2, 2, 1];

test('units: x for inputs, h g k m for hidden layers, ŷ for the output', () => {
  assert.equal(subscript(12), '₁₂');
  assert.deepEqual(
    [0, 1, 2].map((c) => unitName(XOR, c, 1)),
    ['x₂', 'h₂', 'ŷ'],
  );
  const deep = [2, 4, 4, 4, 4, 4, 3];
  assert.deepEqual(
    [1, 2, 3, 4, 5].map((c) => unitName(deep, c, 0)),
    ['h₁', 'g₁', 'k₁', 'm₁', 'h₁⁽⁵⁾'],
  );
  assert.equal(unitName(deep, 5, 0, 'ascii'), 'h1^(5)');
  assert.deepEqual(
    ['text', 'words', 'ascii'].map((form) => unitName(deep, 6, 2, form)),
    ['ŷ₃', 'y-hat 3', 'yhat3'],
  );
  assert.deepEqual(
    ['text', 'words', 'ascii'].map((form) => unitName(XOR, 2, 0, form)),
    ['ŷ', 'y-hat', 'yhat'],
  );
});

test('weights and biases: w(from→to) and b(unit) in three forms', () => {
  assert.deepEqual(
    ['text', 'words', 'ascii'].map((form) => weightName(XOR, 1, 0, 0, form)),
    ['w(h₁→ŷ)', 'weight from h1 to y-hat', 'w(h1->yhat)'],
  );
  assert.deepEqual(
    ['text', 'words', 'ascii'].map((form) => biasName(XOR, 0, 1, form)),
    ['b(h₂)', 'bias of h2', 'b(h2)'],
  );
});

test('parameter "layer:index" follows the weights attribute: W row by row, then b', () => {
  // Layer 0 of 2,2,1: w(x₁→h₁), w(x₁→h₂), w(x₂→h₁), w(x₂→h₂), b(h₁), b(h₂).
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5].map((i) => parameterName(XOR, 0, i)),
    ['w(x₁→h₁)', 'w(x₁→h₂)', 'w(x₂→h₁)', 'w(x₂→h₂)', 'b(h₁)', 'b(h₂)'],
  );
  assert.deepEqual(
    [0, 1, 2].map((i) => parameterName(XOR, 1, i, 'words')),
    ['weight from h1 to y-hat', 'weight from h2 to y-hat', 'bias of y-hat'],
  );
});

test('export comments name the first and last weight and bias of each layer', () => {
  const model = { inputs: 2, layers: [{ units: 3 }, { units: 1 }] };
  assert.equal(
    parameterNames(model, 0),
    'W1[0, 0] = w(x1->h1), ..., W1[1, 2] = w(x2->h3); b1[0] = b(h1), ..., b1[2] = b(h3)',
  );
  assert.equal(
    parameterNames(model, 1),
    'W2[0, 0] = w(h1->yhat), ..., W2[2, 0] = w(h3->yhat); b2[0] = b(yhat)',
  );
  assert.equal(
    parameterNames({ inputs: 1, layers: [{ units: 1 }] }, 0),
    'W1[0, 0] = w(x1->yhat); b1[0] = b(yhat)',
  );
});
