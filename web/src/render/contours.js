// Level lines over a grid of values (a loss surface), by marching squares: in each square of
// four neighbouring samples, the line crosses the edges whose ends lie on either side of the
// level, at the linearly interpolated point. Drawn as straight segments. Drawing only.

/**
 * o: { values (row-major, rows * cols, row 0 at the top), rows, cols, levels: numbers,
 *   x = 0, y = 0, width, height } — each value sits at the centre of its cell of the box.
 */
export function drawContours(ctx, o) {
  const { values, rows, cols, levels, x = 0, y = 0, width, height } = o;
  const px = (col) => x + ((col + 0.5) * width) / cols;
  const py = (row) => y + ((row + 0.5) * height) / rows;
  const at = (row, col) => values[row * cols + col];
  ctx.beginPath();
  for (const level of levels) {
    for (let row = 0; row < rows - 1; row++) {
      for (let col = 0; col < cols - 1; col++) {
        // Corners clockwise from the top left, then the edges between them.
        const corners = [
          [row, col],
          [row, col + 1],
          [row + 1, col + 1],
          [row + 1, col],
        ];
        const points = [];
        for (let k = 0; k < 4; k++) {
          const [r0, c0] = corners[k];
          const [r1, c1] = corners[(k + 1) % 4];
          const [v0, v1] = [at(r0, c0), at(r1, c1)];
          if (!Number.isFinite(v0) || !Number.isFinite(v1)) continue;
          if (v0 < level === v1 < level) continue;
          const t = (level - v0) / (v1 - v0);
          points.push([px(c0 + (c1 - c0) * t), py(r0 + (r1 - r0) * t)]);
        }
        for (let k = 0; k + 1 < points.length; k += 2) {
          ctx.moveTo(...points[k]);
          ctx.lineTo(...points[k + 1]);
        }
      }
    }
  }
  ctx.stroke();
}
