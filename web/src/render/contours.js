// Level lines over a grid of values (a loss surface), by marching squares: in each square of
// four neighbouring samples, the line crosses the edges whose ends lie on either side of the
// level, at the linearly interpolated point. Drawn as straight segments. Drawing only.

// A square's corners clockwise from the top left, as (row, col) offsets; edge k joins corner k
// to corner k + 1 (mod 4).
const CORNER_ROW = [0, 0, 1, 1];
const CORNER_COL = [0, 1, 1, 0];

/**
 * o: { values (row-major, rows * cols, row 0 at the top), rows, cols, levels: numbers,
 *   x = 0, y = 0, width, height } — each value sits at the centre of its cell of the box.
 * A 40 × 40 grid with eight levels is 12,000 square-and-level pairs: the loop allocates nothing,
 * and skips a level that lies outside a square's corner values (most do).
 */
export function drawContours(ctx, o) {
  const { values, rows, cols, levels, x = 0, y = 0, width, height } = o;
  const px = (col) => x + ((col + 0.5) * width) / cols;
  const py = (row) => y + ((row + 0.5) * height) / rows;
  const corner = new Float64Array(4); // this square's four values
  const crossing = new Float64Array(8); // up to four crossings, x then y
  ctx.beginPath();
  for (const level of levels) {
    for (let row = 0; row < rows - 1; row++) {
      for (let col = 0; col < cols - 1; col++) {
        let low = Infinity; // the least and greatest finite corner
        let high = -Infinity;
        for (let k = 0; k < 4; k++) {
          const v = values[(row + CORNER_ROW[k]) * cols + col + CORNER_COL[k]];
          corner[k] = v;
          if (!Number.isFinite(v)) continue;
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
        // Every finite corner on one side of the level: no edge crosses it.
        if (!(low < level && high >= level)) continue;
        let n = 0;
        for (let k = 0; k < 4; k++) {
          const j = (k + 1) % 4;
          const v0 = corner[k];
          const v1 = corner[j];
          if (!Number.isFinite(v0) || !Number.isFinite(v1)) continue;
          if (v0 < level === v1 < level) continue;
          const t = (level - v0) / (v1 - v0);
          crossing[n++] = px(col + CORNER_COL[k] + (CORNER_COL[j] - CORNER_COL[k]) * t);
          crossing[n++] = py(row + CORNER_ROW[k] + (CORNER_ROW[j] - CORNER_ROW[k]) * t);
        }
        for (let k = 0; k + 3 < n; k += 4) {
          ctx.moveTo(crossing[k], crossing[k + 1]);
          ctx.lineTo(crossing[k + 2], crossing[k + 3]);
        }
      }
    }
  }
  ctx.stroke();
}
