// Draws 28 x 28 pictures: a digit's grey levels (ink on paper, in the theme's colours) and a
// neuron's 784 incoming weights (negative to positive on the diverging scale), one canvas pixel
// per image pixel, stretched by CSS. Drawing only.

import { heatmapScale, paintCells, tableIndex } from './heatmap.js';

/** 256 colours from colors.bg (no ink) to colors.fg (full ink): Uint8ClampedArray(256 x 3). */
export function inkTable(ctx, colors) {
  // Over the domain [0, 255] the heatmap's scale runs from its middle (bg) to its positive (fg).
  const scale = heatmapScale(ctx, { neg: colors.bg, bg: colors.bg, pos: colors.fg }, [0, 255]);
  const table = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) table.set(scale(i), i * 3);
  return table;
}

/** A digit: values 0..255 (bytes) or 0..1 (with scale 255), row-major, side x side. */
export function paintDigit(canvas, values, table, { side = 28, scale = 1 } = {}) {
  paintCells(canvas, {
    rows: side,
    cols: side,
    table,
    entry: (i) => Math.max(0, Math.min(255, Math.round(values[i] * scale))),
  });
}

/** One neuron's weights, scaled so the largest magnitude is full colour. */
export function paintWeights(canvas, weights, table, side = 28) {
  let largest = 1e-12;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  paintCells(canvas, {
    rows: side,
    cols: side,
    table,
    entry: (i) => tableIndex(weights[i] / largest),
  });
}

// One canvas, never in the page, on which pictures shown as <img> are painted.
let scratch = null;

/**
 * The address (a PNG data: URL) of a picture painted by paint(canvas) on a canvas of its own
 * that never joins the page, e.g. pictureUrl((c) => paintDigit(c, values, table)).
 */
export function pictureUrl(paint) {
  scratch ??= document.createElement('canvas');
  paint(scratch);
  return scratch.toDataURL();
}
