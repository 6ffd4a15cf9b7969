// A removed <nn-race> becomes garbage (design rule 18), its race running in the worker or on the
// page's thread: a second race is put on the page, played by a mouse press on Play, removed
// mid-race and dropped; after a forced garbage collection a WeakRef to it is empty and the page
// has no more DOM nodes than before it came. What is checked is reachability itself, so a
// long-lived holder (the worker's handler, the FinalizationRegistry's held disposeables, a
// timer) that reaches the element or its shadow tree fails it whatever the timing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addPinned, collect, removedIsCollected } from './collected.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

for (const [where, prepare] of [
  ['in its worker', async () => {}],
  [
    "on the page's thread (the worker's script does not load)",
    (page) => page.route('**/nl/race-worker.js', (route) => route.fulfill({ status: 404 })),
  ],
]) {
  test(`a removed, dropped <nn-race> racing ${where} is collected`, async () => {
    const { page, watcher } = await openWidget(site, 'nn-race', 'steps=40', async (w) => {
      await w.locator('output.steps').filter({ hasText: 'step 0 of 40' }).waitFor();
    });
    await prepare(page);
    const before = await collect(page);
    await addPinned(page, 'nn-race', { steps: '400' });
    const race = page.locator('#gone');
    await race.locator('output.steps').filter({ hasText: 'step 0 of 400' }).waitFor();
    await race.getByRole('button', { name: 'Play' }).click();
    await race.locator('output.steps').filter({ hasNotText: 'step 0 of' }).waitFor();
    const after = await removedIsCollected(page);
    assert.ok(after.collected, 'the removed race is still reachable after a full collection');
    assert.ok(
      after.nodes <= before.nodes + 10,
      `DOM nodes ${before.nodes} before the race came, ${after.nodes} after`,
    );
    // The only problems: the worker's script refused, when it was.
    const problems = watcher.problems.filter((p) => !p.includes('/nl/race-worker.js'));
    assert.deepEqual(problems, []);
    await page.close();
  });
}
