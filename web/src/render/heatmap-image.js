// Draws a grid of values as a picture fast enough to redo on every animation frame: each
// cell is one pixel of a small scratch canvas (colours looked up in a 256-step table, not
// computed per cell), stretched onto the box with smoothing, so the boundary comes out soft.
// One putImageData and one drawImage per map, however many cells. Drawing only.

import { colorScale, parseColor } from './colors.js';

const STEPS = 256;

/**
 * A diverging colour table from theme colour strings: index 0 is colors.neg, the middle
 * colors.bg, the last colors.pos, each mixed toward bg by (1 − intensity).
 * ctx resolves any CSS colour text to a form parseColor reads. Returns Uint8ClampedArray(768).
 */
export function divergingTable(ctx, colors, intensity = 1) {
  const resolve = (text) => {
    ctx.fillStyle = text;
    return parseColor(ctx.fillStyle) ?? [128, 128, 128];
  };
  const scale = colorScale({
    negative: resolve(colors.neg),
    middle: resolve(colors.bg),
    positive: resolve(colors.pos),
  });
  const table = new Uint8ClampedArray(STEPS * 3);
  for (let i = 0; i < STEPS; i++) table.set(scale(((2 * i) / (STEPS - 1) - 1) * intensity), i * 3);
  return table;
}

/** The table index for a value in [-1, 1] (clamped; non-finite values get the middle). */
export function tableIndex(value) {
  if (!Number.isFinite(value)) return STEPS >> 1;
  const t = (Math.min(1, Math.max(-1, value)) + 1) / 2;
  return Math.round(t * (STEPS - 1));
}

/** A reusable painter: paint(ctx, o) with o: { rows, cols, rgb(i, out) fills out[0..2] for
 *  cell i (row-major, row 0 at the top), x, y, width, height }. */
export function heatmapPainter() {
  let scratch = null;
  let image = null;
  const rgb = new Uint8ClampedArray(3);
  return (ctx, o) => {
    if (!scratch || scratch.width !== o.cols || scratch.height !== o.rows) {
      scratch = document.createElement('canvas');
      scratch.width = o.cols;
      scratch.height = o.rows;
      image = scratch.getContext('2d').createImageData(o.cols, o.rows);
    }
    const data = image.data;
    for (let i = 0; i < o.rows * o.cols; i++) {
      o.rgb(i, rgb);
      data[i * 4] = rgb[0];
      data[i * 4 + 1] = rgb[1];
      data[i * 4 + 2] = rgb[2];
      data[i * 4 + 3] = 255;
    }
    scratch.getContext('2d').putImageData(image, 0, 0);
    ctx.save();
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(scratch, o.x ?? 0, o.y ?? 0, o.width, o.height);
    ctx.restore();
  };
}
