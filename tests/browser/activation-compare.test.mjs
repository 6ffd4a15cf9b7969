// <nn-activation compare>: each panel's y-range holds its curves and its marker (ReLU's and
// linear's markers at z = 6 stayed outside a fixed −1..1 range), the slope curve is drawn as
// the legend shows it (solid, in its own colour; only the tangent is dashed), and the five
// panels share the whole width at 1280 px (they used 60 % of it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawnOn, recordCanvases } from './canvas-record.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
let recording = null; // recordCanvases, once the browser has started

/** 'rgb(5, 150, 105)' -> '#059669', as a canvas gives strokeStyle back. */
const hex = (rgb) =>
  `#${rgb
    .match(/\d+/g)
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

async function openCompare() {
  recording ??= recordCanvases(site.browser.context);
  await recording;
  const { page, watcher, widget } = await openWidget(site, 'nn-activation', 'compare&z=0', (w) =>
    w.locator('canvas.small').nth(4).waitFor(),
  );
  // To the right end by keyboard: z = 6, where ReLU and linear are 6.
  await widget.getByRole('slider', { name: 'z' }).focus();
  await page.keyboard.press('End');
  await widget.locator('[role="slider"][aria-valuenow="6"]').waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  return { page, watcher, widget };
}

test('every panel holds its marker, on a y axis of its own', async () => {
  const { page, watcher, widget } = await openCompare();
  const names = await widget.locator('figcaption').allTextContents();
  for (const [i, name] of names.entries()) {
    const { width, height, drawn } = await drawnOn(widget.locator('canvas.small').nth(i));
    const arcs = drawn.filter((d) => d.kind === 'arc');
    assert.ok(arcs.length > 0, `${name}: a marker is drawn`);
    for (const { x, y } of arcs) {
      assert.ok(x >= 0 && x <= width && y >= 0 && y <= height, `${name}: marker at ${x}, ${y}`);
    }
    const value = Number((await widget.locator('.numbers').nth(i).textContent()).split(/\s/)[1]);
    const ticks = drawn
      .filter((d) => d.kind === 'text' && /^[−\d.]+$/.test(d.text))
      .map((d) => Number(d.text.replace('−', '-')));
    // The axis is the panel's own: its top tick is at least half the value (not a fixed 1).
    assert.ok(Math.max(...ticks) >= value / 2, `${name}: ticks ${ticks} for ${value}`);
  }
  watcher.assertClean();
  await page.close();
});

test('the slope is solid in the plot as in the legend; only the tangent is dashed', async () => {
  const { page, watcher, widget } = await openCompare();
  const key = (kind) =>
    widget.locator(`.legend .key.${kind}`).evaluate((node) => {
      const style = getComputedStyle(node, '::before');
      return { style: style.borderTopStyle, color: style.borderTopColor };
    });
  const [slope, tangent] = [await key('slope'), await key('tangent')];
  assert.equal(slope.style, 'solid');
  assert.equal(tangent.style, 'dashed');
  const { drawn } = await drawnOn(widget.locator('canvas.small').nth(1)); // sigmoid
  const strokes = drawn.filter((d) => d.kind === 'stroke');
  const slopeStrokes = strokes.filter((d) => d.color === hex(slope.color));
  assert.ok(slopeStrokes.length > 0, 'the slope curve is drawn in the legend colour');
  assert.ok(
    slopeStrokes.every((d) => d.dash.length === 0),
    'the slope curve is solid',
  );
  assert.ok(
    strokes.some((d) => d.color === hex(tangent.color) && d.dash.length > 0),
    'the tangent is dashed',
  );
  watcher.assertClean();
  await page.close();
});

test('at 1280 px the five panels use the whole width', async () => {
  const { page, watcher, widget } = await openCompare();
  const plots = await widget.locator('.plots').boundingBox();
  const figures = await widget
    .locator('.plots figure')
    .evaluateAll((nodes) =>
      nodes
        .map((node) => node.getBoundingClientRect())
        .map((r) => ({ top: r.top, width: r.width })),
    );
  assert.ok(
    figures.every((f) => f.top === figures[0].top),
    'one row',
  );
  const used = figures.reduce((sum, f) => sum + f.width, 0);
  assert.ok(used >= 0.9 * plots.width, `panels ${used} px of ${plots.width} px`);
  watcher.assertClean();
  await page.close();
});
