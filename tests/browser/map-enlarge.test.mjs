// A neuron's map enlarges, by mouse and by keyboard: in <nn-network> a click on h₂'s map, or
// Enter on it, opens a dialog with h₂'s map, its axes and colour scale; Escape or Close shuts
// it and the focus returns to the map. In <nn-trainer> a click on a tile opens that tile's
// neuron, Enter on a layer's picture its first, and Next steps to the following neuron.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** The open dialog's title, axis names and scale name; null when no dialog is open. */
function dialogView(widget) {
  return widget.evaluate((element) => {
    const dialog = element.shadowRoot.querySelector('dialog[open]');
    if (!dialog) return null;
    const text = (selector) => dialog.querySelector(selector).textContent;
    const map = dialog.querySelector('canvas').getBoundingClientRect();
    return {
      title: text('.viewer-title'),
      names: [text('.x-name'), text('.y-name'), text('.scale-name')],
      ticks: dialog.querySelectorAll('.x-ticks .tick').length,
      width: map.width,
    };
  });
}

/** The aria-label of what has the focus inside the widget. */
const focused = (widget) =>
  widget.evaluate((element) => element.shadowRoot.activeElement?.getAttribute('aria-label'));

test('nn-network: a hidden map opens large by click and by Enter, closes by Escape and Close', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-network', '', (w) =>
    w.locator('.map-button').nth(1).waitFor(),
  );
  const h2 = widget.getByRole('button', { name: /^What h2 computes over the input plane/ });
  await h2.click();
  await widget.locator('dialog[open] .x-ticks .tick').first().waitFor();
  const view = await dialogView(widget);
  assert.equal(view.title, 'What h₂ computes over the input plane');
  assert.deepEqual(view.names, ['x₁', 'x₂', 'h₂']);
  assert.ok(view.ticks >= 3, `${view.ticks} ticks`);
  const small = await widget.locator('.maps canvas').nth(1).boundingBox();
  assert.ok(view.width > 2.5 * small.width, `shown at ${view.width} px, the map is ${small.width}`);
  await page.keyboard.press('Escape');
  await widget
    .locator('dialog[open]')
    .waitFor({ state: 'detached' })
    .catch(() => {});
  assert.equal(await dialogView(widget), null);
  assert.match(await focused(widget), /^What h2 computes/);

  // Keyboard: Enter on the focused map opens it; Tab reaches Close (it has the focus first).
  await h2.focus();
  await page.keyboard.press('Enter');
  await widget.locator('dialog[open]').waitFor();
  assert.equal((await dialogView(widget)).title, 'What h₂ computes over the input plane');
  assert.equal(await focused(widget), 'Close the enlarged map');
  await page.keyboard.press('Enter');
  assert.equal(await dialogView(widget), null);
  assert.match(await focused(widget), /^What h2 computes/);
  watcher.assertClean();
  await page.close();
});

test("nn-trainer: a click on a tile opens that neuron; Enter opens the layer's first, Next the following", async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-trainer', 'hidden-layers=4', (w) =>
    w.locator('.tiles .map-button').first().waitFor(),
  );
  const picture = widget.locator('.tiles .map-button').first();
  await page.waitForFunction(() => {
    const canvas = document.querySelector('nn-trainer').shadowRoot.querySelector('.tiles canvas');
    return canvas.width > 1;
  });
  // Four tiles in one row: the third is at 5/8 of the picture's width.
  const box = await widget.locator('.tiles canvas').first().boundingBox();
  await page.mouse.click(box.x + box.width * 0.625, box.y + box.height / 2);
  await widget.locator('dialog[open]').waitFor();
  const view = await dialogView(widget);
  assert.equal(view.title, 'What h₃ computes over the input plane');
  assert.deepEqual(view.names, ['x₁', 'x₂', 'h₃']);
  assert.ok(view.ticks >= 3);
  await widget.getByRole('button', { name: 'Close the enlarged map' }).click();
  assert.equal(await dialogView(widget), null);
  assert.match(await focused(widget), /^What each of the 4 neurons of hidden layer 1/);

  await picture.focus();
  await page.keyboard.press('Enter');
  await widget.locator('dialog[open]').waitFor();
  assert.equal((await dialogView(widget)).title, 'What h₁ computes over the input plane');
  await widget.getByRole('button', { name: 'Next map' }).focus();
  await page.keyboard.press('Enter');
  assert.equal((await dialogView(widget)).title, 'What h₂ computes over the input plane');
  await page.keyboard.press('Escape');
  assert.equal(await dialogView(widget), null);
  assert.match(await focused(widget), /^What each of the 4 neurons of hidden layer 1/);
  watcher.assertClean();
  await page.close();
});
