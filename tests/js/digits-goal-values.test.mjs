// What nn-digits' goal is checked against (goal-values.js): the test accuracy at the last
// epoch, the train-minus-test gap only for a finished run with dropout that reads 95 % of the
// test digits (else Infinity, which no gap<x goal meets), and the count of digits opened.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitsGoalValues } from '../../web/src/widgets/nn-digits/goal-values.js';

const run = (epoch, accuracy, testAccuracy) => ({ epoch, history: { accuracy, testAccuracy } });
const values = { epochs: 2, dropout: 0.2 };

test('before any run: no accuracy, no gap, the found count as given', () => {
  const v = digitsGoalValues(values, null, 3);
  assert.ok(Number.isNaN(v.accuracy));
  assert.equal(v.gap, Infinity);
  assert.equal(v.found, 3);
});

test('a finished run with dropout at 95 % or more: the gap is train minus test', () => {
  const v = digitsGoalValues(values, run(2, [0, 0.9, 0.99], [0, 0.9, 0.96]), 0);
  assert.equal(v.accuracy, 0.96);
  assert.equal(v.gap, 0.99 - 0.96);
});

test('no gap for an unfinished run, a run without dropout, or one below 95 %', () => {
  assert.equal(digitsGoalValues(values, run(1, [0, 0.99], [0, 0.96]), 0).gap, Infinity);
  const still = { ...values, dropout: 0 };
  assert.equal(digitsGoalValues(still, run(2, [0, 0, 0.99], [0, 0, 0.96]), 0).gap, Infinity);
  assert.equal(digitsGoalValues(values, run(2, [0, 0, 0.99], [0, 0, 0.94]), 0).gap, Infinity);
});
