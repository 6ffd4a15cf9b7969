// <nn-digits> keeps its height from before the digits are loaded to the end of a run: the health
// panel holds a row for each layer from the start, the misread gallery its twenty cells (blank
// and out of reach until a reading fills them), and the changing panels' heights are whole
// pixels, and the runs table says no run has finished until the first one takes that row's place,
// so loading, training and a first run's end never move the page below the widget (each move
// makes the browser place everything below it again).
// The gallery's pictures are images, not canvases (Chrome makes each painted canvas a layer of
// its own). Checked by sizes and structure, not time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessibleNames } from './accessibility-tree.mjs';
import { digitsReady } from './digits-widget.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** The widget's height and its islands' written heights, as the page lays them out now. */
const sizes = (widget) =>
  widget.evaluate((element) => ({
    height: element.getBoundingClientRect().height,
    islands: [...element.shadowRoot.querySelectorAll('.island')].map((i) => i.style.height),
  }));

test('nn-digits: loading, training and a first run keep its height; the gallery waits in twenty blank cells', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-digits', 'epochs=2', digitsReady);
  await afterFrames(page, 3);
  const before = await sizes(widget);

  // Before any reading: a row for each layer, with dashes; twenty cells no one can reach.
  const rows = widget.locator('.health-layers li');
  assert.deepEqual(await rows.locator('.name').allTextContents(), ['layer 1', 'layer 2', 'output']);
  assert.deepEqual(await rows.locator('.value').allTextContents(), ['–', '–', '–']);
  const cells = widget.locator('.gallery .thumbs > li:not(.more)');
  assert.equal(await cells.count(), 20);
  assert.equal(await cells.evaluateAll((list) => list.filter((li) => li.inert).length), 20);
  const buttons = await accessibleNames(page, 'button');
  assert.deepEqual(
    buttons.filter((name) => /test digit \d/.test(name ?? '') || name === ''),
    [],
    'a blank cell reaches the accessibility tree',
  );

  // Once the digits are in and their first readings drawn: the same height, the cells filled.
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.locator('.gallery button[aria-label^="a "]').nth(19).waitFor({ timeout: 120000 });
  await widget.locator('.gallery[aria-busy="true"]').waitFor({ state: 'detached' });
  const loaded = await sizes(widget);
  assert.equal(loaded.height, before.height, 'the widget grew or shrank as the digits came');
  assert.deepEqual(loaded.islands, before.islands);
  for (const height of loaded.islands)
    assert.match(height, /^\d+px$/, `an island's height in whole pixels: ${height}`);
  assert.equal(await widget.locator('.gallery canvas').count(), 0, 'the gallery paints canvases');
  assert.equal(await widget.locator('.gallery img[src^="data:image/png"]').count(), 20);

  // Training, after an epoch: still the same.
  await widget.getByRole('button', { name: 'Train' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 1 of 2 / })
    .waitFor({ timeout: 120000 });
  assert.deepEqual(await sizes(widget), loaded, 'the widget changed height while training');

  // The run ends: its row takes the place of the runs table's "none yet" row.
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 2 of 2 / })
    .waitFor({ timeout: 120000 });
  await widget.getByRole('button', { name: 'Train' }).waitFor();
  await widget.locator('.gallery[aria-busy="true"]').waitFor({ state: 'detached' });
  await afterFrames(page, 3);
  assert.deepEqual(await sizes(widget), loaded, 'the end of the run changed its height');
  const runs = widget.locator('table.runs tbody tr');
  assert.equal(await runs.count(), 1);
  assert.match(await runs.textContent(), /^784-256-128-10/);
  watcher.assertClean();
  await page.close();
});
