// Lesson 13's digit reader on a 375 px phone, with real counts in its confusion matrix (after an
// epoch): nothing in the widget leaves its box or makes the page scroll sideways, the matrix
// fits its box without scrolling, and no count is cut or wrapped in its button. Then the screenshots the
// lesson is looked at by: mid-training, and after a letter drawn with the mouse.
// Does not: judge how the layout looks (the screenshots are for people).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, watchPage } from './harness.mjs';
import { afterFrames, siteForTests } from './widget-page.mjs';
import { SHAPES, drawStrokes } from './strokes.mjs';

const site = siteForTests();

/** In the page: what of the first nn-digits overflows, as readable lines ([] when all fits). */
function overflows() {
  const lines = [];
  const widget = document.querySelector('nn-digits');
  const box = widget.getBoundingClientRect();
  if (document.documentElement.scrollWidth > innerWidth)
    lines.push(`the page is ${document.documentElement.scrollWidth} px wide in ${innerWidth}`);
  for (const part of widget.shadowRoot.querySelectorAll('*')) {
    const rect = part.getBoundingClientRect();
    if (rect.width === 0) continue; // not shown
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
      lines.push(`${part.localName}.${part.className} at ${rect.left}-${rect.right} px`);
  }
  const matrix = widget.shadowRoot.querySelector('.confusion-box');
  if (matrix.scrollWidth > matrix.clientWidth)
    lines.push(`the matrix needs ${matrix.scrollWidth} px of ${matrix.clientWidth}`);
  for (const cell of widget.shadowRoot.querySelectorAll('.confusion button')) {
    const text = document.createRange();
    text.selectNodeContents(cell); // one line box unless the count wraps
    if (cell.scrollWidth > cell.clientWidth || text.getClientRects().length > 1)
      lines.push(`count ${cell.textContent} is cut or wrapped`);
  }
  return lines;
}

test('at 375 px the digit reader, its trained matrix included, fits; screenshots', async () => {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${site.server.url}lessons/13-handwritten-digits/`);
  const widget = page.locator('nn-digits').first();
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch [1-9] of 10 / })
    .waitFor({ timeout: 120000 });
  await widget.locator('table.confusion').scrollIntoViewIfNeeded();
  await afterFrames(page, 5);
  const counts = await widget.locator('.confusion button').allTextContents();
  assert.ok(
    counts.some((c) => c.length === 3),
    `three-digit counts shown: ${counts}`,
  );
  assert.deepEqual(await page.evaluate(overflows), []);
  await widget.locator('.health').scrollIntoViewIfNeeded();
  await screenshot(page, 'lesson-13-training');

  await widget.getByRole('button', { name: 'Pause' }).click();
  await widget.getByRole('button', { name: 'Train' }).waitFor();
  const pad = widget.locator('canvas.pad');
  await pad.scrollIntoViewIfNeeded();
  await drawStrokes(page, pad, SHAPES.get('A'));
  await widget
    .locator('.verdict')
    .filter({ hasText: /^(Unsure|It reads)/ })
    .waitFor();
  await afterFrames(page, 3);
  assert.deepEqual(await page.evaluate(overflows), []);
  await screenshot(page, 'lesson-13-letter');
  watcher.assertClean();
  await page.close();
});
