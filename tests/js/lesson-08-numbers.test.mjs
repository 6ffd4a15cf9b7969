// Lesson 8's prose quotes runs of its <nn-descent> widgets: every count of steps, weight and
// loss it names is computed here with the core (the same runs the widget makes, by the same
// rule) and must appear in the lesson as written, so a change to a problem or to the text that
// makes them disagree fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PROBLEMS, scaledProblem } from '../../web/src/widgets/nn-descent/problems.js';
import { descend } from '../browser/descent-run.mjs';

const lesson = readFileSync(
  new URL('../../lessons/08-gradient-descent/index.md', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');

/** A number as the lesson writes it: `digits` decimals, a real minus sign. */
const written = (value, digits) => value.toFixed(digits).replace('-', '−');

function assertSays(...phrases) {
  for (const phrase of phrases) assert.ok(lesson.includes(phrase), `lesson 8 says "${phrase}"`);
}

test('the sigmoid model: its start, its best weight and the steps at two rates', () => {
  const { sigmoid } = PROBLEMS;
  const slow = descend(sigmoid, [-3], 0.1);
  const fast = descend(sigmoid, [-3], 10);
  const [start] = slow.history;
  assertSays(
    `the loss is ${written(start.loss, 4)} and the slope only ${written(start.grad[0], 4)}`,
    `needs ${slow.settled} steps to settle`,
    `it settles in ${fast.settled}.`,
    `$w \\approx ${written(fast.history.at(-1).w[0], 2)}$, with a loss of ${written(fast.history.at(-1).loss, 4)}`,
  );
});

test('the valley of two weights: its bottom and its three rates', () => {
  const { plane } = PROBLEMS;
  const bottom = plane.X.map(([x1, x2]) => x1 - x2);
  assert.deepEqual(bottom, plane.Y.flat()); // (1, −1) fits every point: the loss there is 0
  assertSays(`settles after ${descend(plane, [-3, 2.5], 0.1).settled} steps`);
  assertSays(`before settling in ${descend(plane, [-3, 2.5], 1).settled}`);
  assert.ok(descend(plane, [-3, 2.5], 1.5).diverged);
});

test('inputs on one scale land in one step; a scale of 3 diverges, then zig-zags', () => {
  const round = descend(scaledProblem(1), [-3, 2.5], 0.5);
  assert.deepEqual(round.history[1].w, [1, -1]);
  assert.equal(round.settled, 2);
  const steep = descend(scaledProblem(3), [-3, 2.5], 0.5);
  assertSays(`diverges within ${steep.history.length} steps`);
  const zigzag = descend(scaledProblem(3), [-3, 2.5], 0.1);
  const w2 = zigzag.history.slice(0, 4).map((h) => h.w[1]);
  assertSays(
    `settles, but after ${zigzag.settled} steps`,
    `$w_2$ jumps from ${w2[0]} to ${written(w2[1], 1)}, then ${w2[2].toFixed(2)}, then ${written(w2[3], 2)}`,
  );
});

test('a schedule: decay 0.1 settles the bouncing and the diverging rate', () => {
  const { linear } = PROBLEMS;
  const bouncing = descend(linear, [-1], 0.8);
  const decayed = descend(linear, [-1], 0.8, 1000, 0.1);
  assertSays(`settles after ${decayed.settled} steps instead of ${bouncing.settled}`);
  assert.ok(descend(linear, [-1], 1).diverged);
  const rescued = descend(linear, [-1], 1, 1000, 0.1);
  const w = rescued.history.map((h) => h.w[0]);
  assertSays(
    `goes to ${w[1]}, then ${written(w[2], 2)}`,
    `the run settles after ${rescued.settled} steps instead of diverging`,
  );
});

test('at η = 6/7 the parabola swings between two points at one loss, and never settles', () => {
  const swing = descend(PROBLEMS.linear, [-1], 6 / 7, 1000);
  assert.equal(swing.settled, undefined);
  const [a, b] = swing.history;
  assert.equal(a.loss, b.loss);
  assertSays(
    `swings between $w = ${a.w[0]}$ and $w = ${b.w[0]}$ for ever, at the same loss of ${a.loss}`,
    `gives up after ${swing.history.length - 1} steps`,
  );
});
