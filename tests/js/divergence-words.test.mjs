// The words nn-trainer and nn-digits show when the core stops a diverging run
// (widgets/shared/divergence.js): the rate that diverged and a tenth of it to try, both written
// as the widget's rate field writes a rate (formatNumber), never rounded to two digits; the
// widget's smallest rate when a tenth is below it. The losses' climb is from RecentLosses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber } from '../../web/src/widgets/base/attributes.js';
import {
  RecentLosses,
  explainDivergence,
  rateToTry,
} from '../../web/src/widgets/shared/divergence.js';
import { schema as digits } from '../../web/src/widgets/nn-digits/schema.js';
import { schema as trainer } from '../../web/src/widgets/nn-trainer/schema.js';

globalThis.location ??= { pathname: '/' }; // lessonLink reads the page's path; off the site

const TRAINER_MIN = trainer.attributes['learning-rate'].min; // 0.0001
const DIGITS_MIN = digits.attributes['learning-rate'].min; // 0.00001

test('a tenth of the rate, with every digit the rate field shows', () => {
  assert.equal(rateToTry(30, TRAINER_MIN, 'and press Play'), 'try 3 and press Play');
  assert.equal(rateToTry(123, TRAINER_MIN, 'and press Play'), 'try 12.3 and press Play');
  assert.equal(rateToTry(0.35, TRAINER_MIN, 'and press Play'), 'try 0.035 and press Play');
  // 0.3 / 10 is 0.030000000000000002 in floating point; the field writes 0.03.
  assert.equal(rateToTry(0.3, TRAINER_MIN, 'and press Play'), 'try 0.03 and press Play');
  // Small rates as the field writes them, not as 5 × 10⁻⁵.
  const then = '(a new network starts with it)';
  assert.equal(rateToTry(0.0005, DIGITS_MIN, then), `try 0.00005 ${then}`);
  assert.equal(formatNumber(0.00005), '0.00005');
});

test('the smallest rate the widget takes when a tenth is below it, and at that rate no smaller', () => {
  assert.equal(
    rateToTry(0.0005, TRAINER_MIN, 'and press Play'),
    'try 0.0001 and press Play. It is the smallest rate this widget takes',
  );
  assert.equal(
    rateToTry(TRAINER_MIN, TRAINER_MIN, 'and press Play'),
    '0.0001 is the smallest learning rate this widget takes',
  );
});

test('explainDivergence names the rate as given and the climb of the losses', () => {
  const losses = new RecentLosses();
  [2.4, 2.3, 2.5, 4, 9, 15, 25, Infinity].forEach((loss) => losses.record(loss));
  const { text, link } = explainDivergence(31.4, losses, {
    min: DIGITS_MIN,
    then: '(a new network starts with it)',
  });
  assert.equal(
    text,
    'The learning rate 31.4 is too large for this loss: over the last 5 steps the loss grew ' +
      '10¹ times (from 2.3 to 25), then overflowed. The weights are back to the last finite ' +
      'ones; try 3.14 (a new network starts with it).',
  );
  assert.equal(link.title, 'Lesson 8, Gradient descent');
});

test('without a climb to tell, the last step is named; Play is the default next move', () => {
  const losses = new RecentLosses();
  losses.record(0.7);
  assert.equal(
    explainDivergence(0.123, losses, { min: TRAINER_MIN }).text,
    'The learning rate 0.123 is too large for this loss: the last step took the loss from 0.7 ' +
      'past what a number can hold. The weights are back to the last finite ones; try 0.0123 ' +
      'and press Play.',
  );
});
