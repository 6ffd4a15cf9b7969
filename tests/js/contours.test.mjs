// render/contours.js: the level lines cross each square's edges where the level lies between
// the edge's two values, at the linearly interpolated point; a square with a value that is not
// a number draws only on its finite edges; nothing is drawn where no square spans the level.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawContours } from '../../web/src/render/contours.js';

/** A 2-D context that records the segments drawn (moveTo then lineTo) and the strokes. */
function recorder() {
  const ctx = { segments: [], strokes: 0, from: null };
  ctx.beginPath = () => {};
  ctx.moveTo = (x, y) => (ctx.from = [x, y]);
  ctx.lineTo = (x, y) => ctx.segments.push([...ctx.from, x, y]);
  ctx.stroke = () => (ctx.strokes += 1);
  return ctx;
}

/**
 * One square of four cells 10 px wide (values: top left, top right, bottom left, bottom right)
 * drawn at one level: its recorder.
 */
function oneSquare(values, level) {
  const ctx = recorder();
  drawContours(ctx, { values, rows: 2, cols: 2, levels: [level], width: 20, height: 20 });
  return ctx;
}

test('one square: the level crosses the edges it lies within, halfway here', () => {
  // Row 0 at the top: 0 1 / 1 2; cells of 10 px, so the values sit at 5 and 15.
  const ctx = oneSquare([0, 1, 1, 2], 0.5);
  assert.deepEqual(ctx.segments, [[10, 5, 5, 10]]);
  assert.equal(ctx.strokes, 1, 'all lines in one stroke');
});

test('a bowl: every end of every segment lies on its level', () => {
  const n = 40;
  const centre = (i) => (i - (n - 1) / 2) / (n / 2);
  const f = (row, col) => centre(col) ** 2 + centre(row) ** 2;
  const values = Array.from({ length: n * n }, (_, i) => f(Math.floor(i / n), i % n));
  const levels = [0.1, 0.3, 0.6];
  for (const level of levels) {
    const ctx = recorder();
    drawContours(ctx, { values, rows: n, cols: n, levels: [level], width: n, height: n });
    assert.ok(ctx.segments.length > 20, `level ${level}: a closed line of segments`);
    for (const [x0, y0, x1, y1] of ctx.segments) {
      for (const [x, y] of [
        [x0, y0],
        [x1, y1],
      ]) {
        // Back to grid units: the point lies on an edge, between two values of f.
        const [c, r] = [x - 0.5, y - 0.5];
        const onRow = Number.isInteger(r);
        const [a, b] = onRow
          ? [f(r, Math.floor(c)), f(r, Math.ceil(c))]
          : [f(Math.floor(r), c), f(Math.ceil(r), c)];
        const t = onRow ? c - Math.floor(c) : r - Math.floor(r);
        assert.ok(Math.abs(a + (b - a) * t - level) < 1e-9, `(${x}, ${y}) is on level ${level}`);
      }
    }
  }
});

test('a value that is not a number: its edges are left out, the others drawn', () => {
  // Bottom right missing: the top and left edges still cross 0.5.
  assert.deepEqual(oneSquare([0, 1, 1, NaN], 0.5).segments, [[10, 5, 5, 10]]);
  // Bottom left missing: only the top edge crosses, one point, no segment.
  assert.deepEqual(oneSquare([0, 1, NaN, 2], 0.5).segments, []);
  assert.deepEqual(oneSquare([0, 1, 1, 2], 5).segments, [], 'a level above every value');
});
