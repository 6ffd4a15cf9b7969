// The drawing pad's MNIST preprocessing (web/src/widgets/nn-digits/preprocess.js): a blank pad
// and a dot are refused by name; a stroke's box is scaled to 20 pixels on its longer side and
// its centre of mass lands at the centre of 28 x 28, wherever and however large it was drawn.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toMnist } from '../../web/src/widgets/nn-digits/preprocess.js';

const SIDE = 280;

/** A pad with ink in the rectangle [x0, x1) x [y0, y1). */
function pad(x0, y0, x1, y1) {
  const ink = new Float32Array(SIDE * SIDE);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) ink[y * SIDE + x] = 1;
  return ink;
}

/** Box and centre of mass of a 28 x 28 input. */
function measure(input) {
  let [left, right, top, bottom, mass, mx, my] = [28, -1, 28, -1, 0, 0, 0];
  input.forEach((v, i) => {
    const [x, y] = [i % 28, Math.floor(i / 28)];
    if (v > 0)
      [left, right, top, bottom] = [
        Math.min(left, x),
        Math.max(right, x),
        Math.min(top, y),
        Math.max(bottom, y),
      ];
    mass += v;
    mx += v * x;
    my += v * y;
  });
  return { width: right - left + 1, height: bottom - top + 1, cx: mx / mass, cy: my / mass };
}

test('a blank pad and a single dot cannot be read', () => {
  assert.deepEqual(toMnist(new Float32Array(SIDE * SIDE), SIDE, SIDE), { problem: 'blank' });
  assert.deepEqual(toMnist(pad(100, 100, 103, 103), SIDE, SIDE), { problem: 'dot' });
  // A click on the pad: the pen's round mark, 22 pixels across, and its antialiased edge.
  assert.deepEqual(toMnist(pad(100, 100, 124, 124), SIDE, SIDE), { problem: 'dot' });
});

test('a tall stroke becomes 20 pixels high, in proportion, centred by its mass', () => {
  const { input } = toMnist(pad(30, 10, 60, 250), SIDE, SIDE);
  assert.equal(input.length, 784);
  const m = measure(input);
  assert.equal(m.height, 20);
  assert.equal(m.width, 3); // 30 x (20 / 240) = 2.5, rounded
  assert.ok(Math.abs(m.cx - 13.5) <= 0.5 && Math.abs(m.cy - 13.5) <= 0.5, JSON.stringify(m));
  assert.ok(input.every((v) => v >= 0 && v <= 1));
});

test('where and how large the digit was drawn does not change the input', () => {
  const a = toMnist(pad(20, 40, 80, 120), SIDE, SIDE).input;
  const b = toMnist(pad(150, 120, 270, 280), SIDE, SIDE).input;
  assert.deepEqual(Array.from(a), Array.from(b));
});

test('an L shape is centred by its mass, not its box', () => {
  const ink = pad(40, 40, 60, 240);
  for (let y = 220; y < 240; y++) for (let x = 60; x < 240; x++) ink[y * SIDE + x] = 1;
  const m = measure(toMnist(ink, SIDE, SIDE).input);
  assert.ok(Math.abs(m.cx - 13.5) <= 0.5 && Math.abs(m.cy - 13.5) <= 0.5, JSON.stringify(m));
});
