// A lesson's exercise hint opens by itself after a few failed tries, and not before: lesson 1's
// "make the neuron say no", with biases typed that still leave the output above 0.5.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PAUSE_MS } from '../../web/src/site/exercise-hints.js';
import { launchBrowser, watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const site = siteForTests();

test('three wrong tries open the hint with a note; the widget is still unsolved', async (t) => {
  // The page's timers run on a clock the test moves: a try ends when the page's own pause timer
  // fires, which a busy machine may run late (a sleep here could then merge two tries). The
  // clock belongs to the browser context, so the page has a Chromium of its own: no other page
  // of this file runs on a clock that stands still.
  const own = await launchBrowser();
  t.after(() => own.close());
  const page = await own.context.newPage();
  const watcher = await watchPage(page);
  await page.clock.install();
  await page.goto(`${site.server.url}lessons/01-one-neuron/`);
  const exercise = page.locator('nn-neuron[data-exercise="say-no"]');
  await exercise.scrollIntoViewIfNeeded();
  const hint = page.locator('nn-neuron[data-exercise="say-no"] ~ details').first();
  const bias = exercise.getByRole('textbox', { name: /bias/ });
  await bias.waitFor();

  // Each wrong bias is one try once the reader pauses (the products add up to 1.09).
  for (const [i, value] of ['0', '-0.5', '-1'].entries()) {
    assert.equal(await hint.evaluate((d) => d.open), false, `closed before try ${i + 1}`);
    await bias.fill(value);
    await bias.press('Enter');
    await page.clock.runFor(PAUSE_MS);
  }
  await page.locator('.hint-note').waitFor();
  assert.equal(await hint.evaluate((d) => d.open), true);
  assert.match(await exercise.locator('.goal').textContent(), /^Goal/);
  watcher.assertClean();
  await page.close();
});
