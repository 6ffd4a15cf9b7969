// The pure parts of the rendering modules: scales and ticks (web/src/render/scale.js) and the
// palette's colour scale (web/src/render/colors.js). No canvas needed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colorScale, parseColor, rgbString } from '../../web/src/render/colors.js';
import {
  formatTick,
  linearScale,
  logScale,
  paddedExtent,
  ticks,
} from '../../web/src/render/scale.js';

test('ticks are round numbers inside the domain', () => {
  assert.deepEqual(ticks(-6, 6, 6), [-6, -4, -2, 0, 2, 4, 6]);
  assert.deepEqual(ticks(0, 1, 5), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(ticks(-0.015, 0.265, 3), [0, 0.1, 0.2]);
  assert.deepEqual(logScale([1e-3, 1], [0, 100]).ticks(), [1e-3, 1e-2, 1e-1, 1]);
});

test('linear scales map and invert', () => {
  const x = linearScale([-6, 6], [44, 644]);
  assert.equal(x(0), 344);
  assert.equal(x.invert(344), 0);
  assert.equal(x.invert(x(2.5)), 2.5);
});

test('padded extents leave headroom and survive flat or empty data', () => {
  assert.deepEqual(paddedExtent([0, NaN, 1]), [-0.06, 1.06]);
  assert.deepEqual(paddedExtent([0, 0, 0]), [-1, 1]);
  assert.deepEqual(paddedExtent([]), [-1, 1]);
});

test('tick labels use a true minus sign and exponents for tiny values', () => {
  assert.equal(formatTick(-2), '−2');
  assert.equal(formatTick(0.25), '0.25');
  assert.equal(formatTick(1e-4), '1e-4');
});

test('the colour scale diverges through the middle colour and clamps', () => {
  const stops = { negative: [230, 159, 0], middle: [255, 255, 255], positive: [0, 114, 178] };
  const diverging = colorScale(stops);
  assert.deepEqual(diverging(-1), stops.negative);
  assert.deepEqual(diverging(0), stops.middle);
  assert.deepEqual(diverging(5), stops.positive);
  assert.deepEqual(diverging(NaN), stops.middle);
  assert.deepEqual(colorScale(stops, [0, 1])(0.5), [127.5, 184.5, 216.5]);
  assert.deepEqual(parseColor('#E69F00'), [230, 159, 0]);
  assert.deepEqual(parseColor('#09c'), [0, 153, 204]);
  assert.deepEqual(parseColor('rgb(1, 2, 3)'), [1, 2, 3]);
  assert.equal(parseColor('teal'), null);
  assert.equal(rgbString([0.4, 114, 178.6]), 'rgb(0 114 179)');
});
