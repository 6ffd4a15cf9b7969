// Draws a grid of values (a decision boundary, a weight matrix, a loss surface) as coloured
// cells on a canvas, through a colour scale from colors.js. Pure drawing: the values arrive
// computed; the cells are filled row by row from the top.

import { colorScale, resolveColor, rgbString } from './colors.js';

/**
 * o: { values (row-major, rows * cols), rows, cols, x = 0, y = 0, width, height,
 *   color: value -> [r, g, b] (see heatmapScale), gap = 0 (pixels between cells) }
 */
export function drawHeatmap(ctx, o) {
  const { values, rows, cols, x = 0, y = 0, width, height, color, gap = 0 } = o;
  const cellWidth = width / cols;
  const cellHeight = height / rows;
  // Without a gap, cells overlap by half a pixel so that no seams show between them.
  const overlap = gap === 0 ? 0.5 : -gap;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      ctx.fillStyle = rgbString(color(values[row * cols + col]));
      ctx.fillRect(
        x + col * cellWidth,
        y + row * cellHeight,
        cellWidth + overlap,
        cellHeight + overlap,
      );
    }
  }
}

/**
 * A value -> [r, g, b] scale from theme colour strings ({ neg, bg, pos }, as the widget's
 * themeColors() gives them) over a domain ([-1, 1] diverges; [0, 1] runs from bg to pos).
 * ctx resolves any CSS colour text (names, hsl()) to a form parseColor reads.
 */
export function heatmapScale(ctx, colors, domain = [-1, 1]) {
  const resolve = (text) => resolveColor(ctx, text);
  return colorScale(
    { negative: resolve(colors.neg), middle: resolve(colors.bg), positive: resolve(colors.pos) },
    domain,
  );
}
