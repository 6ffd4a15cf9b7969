// Every map has axes and a colour scale (render/map-axes.js): the trainer's decision boundary
// and nn-network's output map show tick labels at the round values of the data's domain, each
// where that value falls on the map, the names x₁ and x₂, and a colour bar from 0 to 1; a loss
// surface names its two weights as the notation does, ticks its range and has a colour bar.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTick, ticks } from '../../web/src/render/scale.js';
import { drawnOn, recordCanvases } from './canvas-record.mjs';
import { core } from './core-network.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const XOR = core.makeDataset('xor', { samples: 4 }).domain; // [x₁ min, x₁ max, x₂ min, x₂ max]
let recording = null; // recordCanvases, once the browser has started

/**
 * The frame around the map `plot`: names, the ticks' texts and where each sits (its anchor
 * along the axis, as a share of the plot's width or height), and the colour bar's name and ticks.
 */
function readFrame(frame, plot) {
  return frame.evaluate((root, selector) => {
    const map = root.querySelector(selector).getBoundingClientRect();
    const centre = (node, axis) => {
      const r = node.getBoundingClientRect();
      // A label on an edge of x is drawn inside the map: its anchor is its start or end.
      const [start, end] = ['start', 'end'].map((c) => node.classList.contains(c));
      const x = start ? r.left : end ? r.right : r.left + r.width / 2;
      return axis === 'x'
        ? (x - map.left) / map.width
        : (r.top + r.height / 2 - map.top) / map.height;
    };
    const read = (box, axis) =>
      [...root.querySelectorAll(`${box} .tick`)].map((t) => [t.textContent, centre(t, axis)]);
    return {
      xName: root.querySelector('.x-name').textContent,
      yName: root.querySelector('.y-name').textContent,
      x: read('.x-ticks', 'x'),
      y: read('.y-ticks', 'y'),
      scaleName: root.querySelector('.scale-name').textContent,
      scale: read('.scale-ticks', 'x').map(([text]) => text),
    };
  }, plot);
}

/** Ticks at ticks(lo, hi) with their labels, each within 2 % of its place along the axis. */
function assertAxis(read, [lo, hi], flip, name) {
  const values = ticks(lo, hi, 5);
  assert.deepEqual(
    read.map(([text]) => text),
    values.map(formatTick),
    `${name} tick labels`,
  );
  read.forEach(([text, place], i) => {
    const share = (values[i] - lo) / (hi - lo);
    const want = flip ? 1 - share : share;
    assert.ok(Math.abs(place - want) < 0.02, `${name} tick ${text} at ${place}, not ${want}`);
  });
}

test("the trainer's decision boundary: axes x₁, x₂ over the data, a scale from 0 to 1", async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-trainer', 'dataset=xor', (w) =>
    w.locator('.boundary-axes .x-ticks .tick').first().waitFor(),
  );
  const frame = await readFrame(widget.locator('.boundary-axes'), '.boundary');
  assert.equal(frame.xName, 'x₁');
  assert.equal(frame.yName, 'x₂');
  assertAxis(frame.x, XOR.slice(0, 2), false, 'x₁');
  assertAxis(frame.y, XOR.slice(2), true, 'x₂');
  assert.equal(frame.scaleName, 'output');
  assert.deepEqual(frame.scale, ['0', '0.2', '0.4', '0.6', '0.8', '1']);
  watcher.assertClean();
  await page.close();
});

test("nn-network's output map: axes x₁, x₂ and a scale for ŷ", async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-network', '', (w) =>
    w.locator('.output .x-ticks .tick').first().waitFor(),
  );
  const frame = await readFrame(widget.locator('.output .map-axes'), '.output-map');
  assert.deepEqual([frame.xName, frame.yName, frame.scaleName], ['x₁', 'x₂', 'ŷ']);
  assertAxis(frame.x, XOR.slice(0, 2), false, 'x₁');
  assertAxis(frame.y, XOR.slice(2), true, 'x₂');
  assert.deepEqual(frame.scale, ['0', '0.2', '0.4', '0.6', '0.8', '1']); // a sigmoid: 0 to 1
  watcher.assertClean();
  await page.close();
});

test('a loss surface names its weights, ticks its range and has a colour bar', async () => {
  recording ??= recordCanvases(site.browser.context);
  await recording;
  const { page, watcher, widget } = await openWidget(
    site,
    'nn-loss',
    'surface=1:0,1:1&range=8',
    (w) => w.locator('.readout').filter({ hasText: /\w/ }).waitFor(),
  );
  const { drawn } = await drawnOn(widget.locator('.surface-canvas'));
  const texts = drawn.filter((d) => d.kind === 'text').map((d) => d.text);
  assert.ok(texts.includes('w(h₁→ŷ)') && texts.includes('w(h₂→ŷ)'), texts.join(' | '));
  for (const tick of ['−5', '0', '5']) assert.ok(texts.includes(tick), `tick ${tick}`);
  const bar = widget.locator('.color-scale');
  assert.equal(await bar.locator('.scale-name').textContent(), 'colour: √mse');
  const marks = await bar.locator('.tick').allTextContents();
  assert.ok(marks.length >= 2, marks.join(' '));
  watcher.assertClean();
  await page.close();
});
