// A removed <nn-digits> that has loaded its digits becomes garbage (design rule 18): its worker's
// handlers reach the element only weakly (base/weakly.js). A second one is put on the page, its
// digits loaded by a mouse press, then it is removed and dropped; after a forced garbage
// collection a WeakRef to it is empty. Reachability itself is checked, not a timing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addPinned, removedIsCollected } from './collected.mjs';
import { digitsReady } from './digits-widget.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

test('a removed, dropped <nn-digits> with its digits loaded is collected', async () => {
  const { page, watcher } = await openWidget(site, 'nn-digits', '', digitsReady);
  await addPinned(page, 'nn-digits');
  const digits = page.locator('#gone');
  await digitsReady(digits);
  await digits.getByRole('button', { name: /^Load the digits/ }).click();
  await digits.getByRole('button', { name: 'Train' }).waitFor();
  const { collected } = await removedIsCollected(page);
  assert.ok(collected, 'the removed nn-digits is still reachable after a full collection');
  watcher.assertClean();
  await page.close();
});
