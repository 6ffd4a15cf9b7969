// What a screen reader is given of <nn-digits> does not depend on where the reader has scrolled:
// after a run, the confusion matrix (its caption, its 100 counts as buttons) and the misread
// gallery are in Chromium's accessibility tree while still below the screen, before the reader
// has ever scrolled to them. Content the browser skips while off screen (content-visibility)
// is left out of that tree until it has been on screen, so a reader listing a page's tables or
// buttons would not find them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessibleNames } from './accessibility-tree.mjs';
import { loadAndTrain } from './digits-widget.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

test('nn-digits: the matrix and the misread gallery reach the accessibility tree off screen', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-digits', 'epochs=1', (w) =>
    w.getByRole('button', { name: /^Load the digits/ }).waitFor(),
  );
  await loadAndTrain(widget, 1, 120000);
  // Every count written (a run's counts are written two rows a frame).
  await widget
    .locator('table.confusion button[aria-label^="No count yet"]')
    .first()
    .waitFor({ state: 'detached' });
  await page.evaluate(() => scrollTo(0, 0));
  const below = await widget
    .locator('table.confusion')
    .evaluate((table) => table.getBoundingClientRect().top - innerHeight);
  assert.ok(below > 0, `the matrix starts below the screen (${below} px)`);

  // The panels are laid out once the widget has drawn what the run ended with (a few frames).
  const countsIn = (names) =>
    names.filter((name) => /^\d+ test digits that are \d read as \d$/.test(name));
  let buttons = [];
  for (let tries = 0; tries < 50 && countsIn(buttons).length < 100; tries++) {
    if (tries > 0) await page.waitForTimeout(100);
    buttons = await accessibleNames(page, 'button');
  }
  const counts = countsIn(buttons);
  assert.equal(counts.length, 100, `the matrix's counts as buttons: ${counts.length} of 100`);
  const misread = buttons.filter((name) => /^a \d \(test digit \d+\)/.test(name));
  assert.ok(misread.length > 0, 'the misread gallery has no buttons in the tree');
  const captions = [...(await accessibleNames(page, 'table'))];
  assert.ok(
    captions.some((name) => name?.startsWith('Test digits by true digit')),
    `the matrix's table is named by its caption: ${captions}`,
  );
  watcher.assertClean();
  await page.close();
});
