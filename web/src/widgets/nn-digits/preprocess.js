// A drawn digit made into the network's input the way MNIST's digits were made: grey levels,
// the ink's bounding box scaled (keeping its proportions) so its longer side is 20 pixels, then
// placed in 28 x 28 so its centre of mass is the centre. Pure: ink in, 784 numbers out.

import { SIDE } from './digits-format.js';

const BOX = 20;
const INK = 0.05; // a pixel with less ink than this is paper
// Ink narrower and lower than this share of the pad is a dot, not a digit: the pad's pen alone
// makes a mark 22 of 280 pixels wide (0.08), so a click is a dot, and so is a jab of 12 more.
const MIN_SIDE = 0.12;

/**
 * ink: Float32Array(width x height), row-major, 0 = paper, 1 = full ink.
 * Returns { input: Float64Array(784) in [0, 1] } or { problem: 'blank' | 'dot' }.
 */
export function toMnist(ink, width, height) {
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (ink[y * width + x] > INK) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
  if (right < 0) return { problem: 'blank' };
  const [w, h] = [right - left + 1, bottom - top + 1];
  if (Math.max(w, h) < MIN_SIDE * Math.max(width, height)) return { problem: 'dot' };
  // Scale the box into BOX x BOX: each target cell is the mean ink of the source pixels in it.
  const scale = BOX / Math.max(w, h);
  const [cw, ch] = [Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))];
  const sum = new Float64Array(cw * ch);
  const count = new Float64Array(cw * ch);
  for (let y = top; y <= bottom; y++)
    for (let x = left; x <= right; x++) {
      const tx = Math.min(cw - 1, Math.floor((x - left) * scale));
      const ty = Math.min(ch - 1, Math.floor((y - top) * scale));
      sum[ty * cw + tx] += ink[y * width + x];
      count[ty * cw + tx] += 1;
    }
  let [mass, mx, my] = [0, 0, 0];
  for (let i = 0; i < sum.length; i++) {
    sum[i] = count[i] > 0 ? Math.min(1, sum[i] / count[i]) : 0;
    mass += sum[i];
    mx += sum[i] * (i % cw);
    my += sum[i] * Math.floor(i / cw);
  }
  // Shift so the centre of mass (of pixel centres) lands on the centre of 28 x 28, kept inside.
  const dx = clamp(Math.round(SIDE / 2 - 0.5 - mx / mass), 0, SIDE - cw);
  const dy = clamp(Math.round(SIDE / 2 - 0.5 - my / mass), 0, SIDE - ch);
  const input = new Float64Array(SIDE * SIDE);
  for (let y = 0; y < ch; y++)
    for (let x = 0; x < cw; x++) input[(y + dy) * SIDE + x + dx] = sum[y * cw + x];
  return { input };
}

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
