// The settings of every <nn-trainer> on lessons 10, 11 and 12 at 1280, 768 and 375 px: each
// control (label, field, menu, slider, its ends, button) lies inside the box of its group, and
// each menu shows its whole selected text (nothing cut, as "automatic (bo" was).
// Does not: judge how the layout looks (the screenshots are for people).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const site = siteForTests();
const LESSONS = ['10-train-it-xor-from-scratch', '11-modern-tools', '12-to-the-frameworks'];
const WIDTHS = [1280, 768, 375];

/**
 * In the page: for each trainer's settings, the controls that leave their group's box and the
 * menus whose selected text is wider than the menu. Returns readable lines ([] when all fit).
 */
function misfits() {
  const lines = [];
  const within = (inner, outer) =>
    inner.left >= outer.left - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.bottom <= outer.bottom + 0.5;
  document.querySelectorAll('nn-trainer').forEach((trainer, t) => {
    const root = trainer.shadowRoot;
    const groups = root.querySelectorAll('.settings fieldset');
    if (groups.length === 0) lines.push(`trainer ${t + 1}: no settings drawn`);
    for (const group of groups) {
      const box = group.getBoundingClientRect();
      const name = group.querySelector('legend').textContent;
      for (const part of group.querySelectorAll('label, input, select, button, .ends')) {
        const rect = part.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue; // not shown at this width
        const what = part.id || part.getAttribute('aria-label') || part.textContent;
        if (!within(rect, box)) {
          lines.push(
            `trainer ${t + 1}, ${name}: ${part.localName} "${what}" at ${Math.round(rect.left)}-${Math.round(rect.right)} px leaves its box ${Math.round(box.left)}-${Math.round(box.right)}`,
          );
        }
        if (part.localName === 'select') {
          // The width the menu takes when left to fit its selected text alone (a copy with only
          // that option, in the same styles, nothing stretching or squeezing it) is the least
          // it needs to show that text whole.
          const copy = document.createElement('select');
          copy.append(part.selectedOptions[0].cloneNode(true));
          copy.style.cssText = 'position:absolute;width:auto;min-width:0;max-width:none;flex:none';
          part.parentNode.append(copy);
          const needed = copy.getBoundingClientRect().width;
          copy.remove();
          if (part.scrollWidth > part.clientWidth || rect.width < needed - 0.5) {
            lines.push(
              `trainer ${t + 1}, ${name}: menu ${part.id} shows "${part.selectedOptions[0].textContent}" in ${Math.round(rect.width)} px of the ${Math.round(needed)} it needs`,
            );
          }
        }
      }
    }
  });
  return lines;
}

for (const lesson of LESSONS) {
  test(`lesson ${lesson.slice(0, 2)}: every trainer's controls fit their boxes at ${WIDTHS.join(', ')} px`, async () => {
    const page = await site.browser.context.newPage();
    const watcher = await watchPage(page);
    await page.goto(`${site.server.url}lessons/${lesson}/`);
    const trainers = page.locator('nn-trainer');
    const count = await trainers.count();
    assert.ok(count > 0);
    // Each trainer drawn once (its loss menu names the automatic loss from the first render).
    for (let i = 0; i < count; i++) {
      const trainer = trainers.nth(i);
      await trainer.scrollIntoViewIfNeeded();
      await trainer
        .locator('.readout')
        .filter({ hasText: /^Epoch 0 · loss/ })
        .waitFor();
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      assert.deepEqual(await page.evaluate(misfits), [], `at ${width} px`);
    }
    if (lesson.startsWith('11')) {
      await trainers.first().locator('.settings').scrollIntoViewIfNeeded();
      await screenshot(page, 'trainer-settings-lesson-11');
    }
    watcher.assertClean();
    await page.close();
  });
}
