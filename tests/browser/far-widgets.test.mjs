// A widget drawn once and then more than a screen away lets the browser skip its contents
// (widget.css :state(far), set by base-widget.js): on lesson 11 (a backprop stepper, five
// trainers and the race) a reader who scrolls down to the race leaves the first widgets skipped.
// A skipped widget keeps its height, stays in the accessibility tree a screen reader is given
// (Chromium started as with a screen reader running), and is laid out and painted again when
// the reader scrolls back. A widget on screen is never skipped.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibleNames } from './accessibility-tree.mjs';
import { launchBrowser, SCREEN_READER, serveSite, watchPage } from './harness.mjs';
import { afterFrames } from './widget-page.mjs';

let server;
let browser;
before(async () => {
  server = await serveSite();
  browser = await launchBrowser({ args: [SCREEN_READER] });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const WIDGETS = 'nn-backprop, nn-trainer, nn-race';

/** Whether the browser skips the widget's contents (its first button stands for them). */
const skipped = (widget) =>
  widget.evaluate(
    (w) => !w.shadowRoot.querySelector('button').checkVisibility({ contentVisibilityAuto: true }),
  );
const height = (widget) => widget.evaluate((w) => w.getBoundingClientRect().height);

/** Scrolls `widget` into view as a reader would reach it, and lets it draw. */
async function scrollTo(page, widget) {
  await widget.scrollIntoViewIfNeeded();
  await afterFrames(page, 6);
}

test('lesson 11: widgets far above the race are skipped, keep their height and their names, and come back', async () => {
  const page = await browser.context.newPage();
  const watcher = await watchPage(page);
  await page.goto(`${server.url}lessons/11-modern-tools/`);
  const widgets = page.locator(WIDGETS);
  await widgets.last().waitFor({ state: 'attached' });
  const count = await widgets.count();
  assert.ok(count >= 7, `lesson 11 has its seven widgets (found ${count})`);
  const race = page.locator('nn-race');
  await race.locator('output.steps').waitFor();
  for (let i = 0; i < count; i += 1) await scrollTo(page, widgets.nth(i)); // each one drawn
  await scrollTo(page, race);

  const first = widgets.first();
  assert.equal(await skipped(first), true, 'the backprop stepper, far above, is skipped');
  assert.equal(await skipped(race), false, 'the race on screen is not');
  assert.equal(await race.evaluate((w) => w.matches(':state(far)')), false);

  // Every Play button of the page is named in the accessibility tree, skipped or not.
  const plays = await widgets.evaluateAll(
    (all) =>
      all.flatMap((w) =>
        [...w.shadowRoot.querySelectorAll('button')].filter((b) => b.textContent.trim() === 'Play'),
      ).length,
  );
  const skippedPlays = await widgets.evaluateAll(
    (all) =>
      all.filter(
        (w) =>
          w.localName === 'nn-trainer' &&
          !w.shadowRoot.querySelector('button').checkVisibility({ contentVisibilityAuto: true }),
      ).length,
  );
  assert.ok(skippedPlays >= 1, 'at least one trainer with a Play button is skipped');
  const named = (await accessibleNames(page, 'button')).filter((name) => name === 'Play');
  assert.equal(named.length, plays, `${plays} Play buttons in the page, ${named.length} named`);

  // Back at the top: the stepper is laid out again at the height it was skipped with.
  const whileSkipped = await height(first);
  await scrollTo(page, first);
  assert.equal(await skipped(first), false);
  assert.ok(
    Math.abs((await height(first)) - whileSkipped) < 0.5,
    `height ${whileSkipped} px while skipped, ${await height(first)} px drawn again`,
  );
  assert.equal(await skipped(race), true, 'the race, drawn and now far below, is skipped');
  watcher.assertClean();
  await page.close();
});
