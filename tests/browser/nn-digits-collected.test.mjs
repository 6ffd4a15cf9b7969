// A removed <nn-digits> that has loaded its digits becomes garbage (design rule 18): its worker's
// handlers reach the element only weakly (base/weakly.js). A second one is put on the page, its
// digits loaded by a mouse press, then it is removed and dropped; after a forced garbage
// collection a WeakRef to it is empty. Reachability itself is checked, not a timing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitsReady } from './digits-widget.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

test('a removed, dropped <nn-digits> with its digits loaded is collected', async () => {
  const { page, watcher } = await openWidget(site, 'nn-digits', '', digitsReady);
  await page.evaluate(() => {
    const digits = document.createElement('nn-digits');
    digits.id = 'gone';
    // Pinned over the first, so it is on screen (a widget draws when it is seen).
    Object.assign(digits.style, { position: 'fixed', inset: '0', background: 'Canvas' });
    document.body.append(digits);
  });
  const digits = page.locator('#gone');
  await digitsReady(digits);
  await digits.getByRole('button', { name: /^Load the digits/ }).click();
  await digits.getByRole('button', { name: 'Train' }).waitFor();
  await page.evaluate(() => {
    const gone = document.getElementById('gone');
    window.goneRef = new WeakRef(gone);
    gone.remove();
  });
  await afterFrames(page, 2);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  const collected = await page.evaluate(() => window.goneRef.deref() === undefined);
  assert.ok(collected, 'the removed nn-digits is still reachable after a full collection');
  watcher.assertClean();
  await page.close();
});
