// nn-digits' frame scheduler (web/src/widgets/nn-digits/redraw.js), without a browser: one stale
// part a frame, taking turns, so a part that is stale every frame (the weight pictures while
// training) cannot keep the parts after it (the matrix, the gallery) from being drawn; a part
// that draws a share of itself a frame is called again until it says it is done.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redrawParts } from '../../web/src/widgets/nn-digits/redraw.js';

/** A part whose key is whatever version() returns; draws are logged under its name. */
const part = (name, log, version, draw = () => {}) => ({
  key: () => [version()],
  draw: () => {
    log.push(name);
    return draw();
  },
});

test('a part stale every frame does not starve the parts after it', () => {
  const log = [];
  let slice = 0; // a new copy of the weights every frame
  let epoch = 1;
  const redraw = redrawParts(
    [part('weights', log, () => slice), part('matrix', log, () => epoch)],
    () => {},
  );
  for (let frame = 0; frame < 4; frame++) {
    slice += 1;
    redraw.drawOne();
  }
  assert.deepEqual(log, ['weights', 'matrix', 'weights', 'weights']);
});

test('a part drawn in shares is called again until it is done, then rests', () => {
  const log = [];
  let left = 3;
  const redraw = redrawParts(
    [
      part(
        'gallery',
        log,
        () => 1,
        () => --left > 0,
      ),
      part('chart', log, () => 1),
    ],
    () => {},
  );
  const more = [];
  for (let frame = 0; frame < 6; frame++) more.push(redraw.drawOne());
  assert.deepEqual(log, ['gallery', 'chart', 'gallery', 'gallery']);
  assert.deepEqual(more, [true, true, true, false, false, false]);
});

test('nothing is drawn before a part has something to show', () => {
  const log = [];
  const redraw = redrawParts([part('chart', log, () => null)], () => {});
  assert.equal(redraw.drawOne(), false);
  assert.deepEqual(log, []);
});

test('a part drawn only on screen waits while the run trains, and is drawn at rest if its words are for screen readers', () => {
  const log = [];
  const offScreen = {}; // an element never reported on screen (watch() is not called here)
  const redraw = redrawParts(
    [
      { ...part('matrix', log, () => 1), seen: offScreen, atRest: true },
      { ...part('weights', log, () => 1), seen: offScreen },
    ],
    () => {},
  );
  assert.equal(redraw.drawOne(false), false, 'training: nothing off screen is drawn');
  assert.deepEqual(log, []);
  assert.equal(redraw.drawOne(true), false);
  assert.equal(redraw.drawOne(true), false);
  assert.deepEqual(log, ['matrix'], 'at rest: the matrix, not the pictures');
});
