// Draws a grid of values as a picture fast enough to redo on every animation frame: each
// cell is one pixel of a small canvas (the page's CSS stretches it, smoothly, so the boundary
// comes out soft and no resampling runs in script or in the canvas), its colour copied from a
// precomputed table: no colour computed and no object made per cell. Drawing only.

import { colorScale, resolveColor } from './colors.js';

/** Entries in a colour table made by divergingTable. */
export const TABLE_STEPS = 256;

/**
 * A diverging colour table from theme colour strings: entry 0 is colors.neg, the middle
 * colors.bg, the last colors.pos, each mixed toward bg by (1 − intensity). ctx resolves any
 * CSS colour text to a form parseColor reads. Returns Uint8ClampedArray(TABLE_STEPS × 3).
 */
export function divergingTable(ctx, colors, intensity = 1) {
  const resolve = (text) => resolveColor(ctx, text);
  const scale = colorScale({
    negative: resolve(colors.neg),
    middle: resolve(colors.bg),
    positive: resolve(colors.pos),
  });
  const table = new Uint8ClampedArray(TABLE_STEPS * 3);
  for (let i = 0; i < TABLE_STEPS; i++) {
    table.set(scale(((2 * i) / (TABLE_STEPS - 1) - 1) * intensity), i * 3);
  }
  return table;
}

/** The table entry for a value in [-1, 1] (clamped; non-finite values get the middle). */
export function tableIndex(value) {
  if (!Number.isFinite(value)) return TABLE_STEPS >> 1;
  const t = (Math.min(1, Math.max(-1, value)) + 1) / 2;
  return Math.round(t * (TABLE_STEPS - 1));
}

/**
 * Fills canvas with one pixel per cell: o: { rows, cols, table (r, g, b per entry), entry(i) ->
 * the table entry of cell i (row-major, row 0 at the top) }. Style the canvas to its size.
 */
export function paintCells(canvas, o) {
  if (canvas.width !== o.cols) canvas.width = o.cols;
  if (canvas.height !== o.rows) canvas.height = o.rows;
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(o.cols, o.rows);
  const { data } = image;
  const { table } = o;
  for (let i = 0; i < o.rows * o.cols; i++) {
    const k = o.entry(i) * 3;
    data[i * 4] = table[k];
    data[i * 4 + 1] = table[k + 1];
    data[i * 4 + 2] = table[k + 2];
    data[i * 4 + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
