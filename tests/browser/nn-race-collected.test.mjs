// A removed <nn-race> becomes garbage (design rule 18), its race running in the worker or on the
// page's thread: a second race is put on the page, played by a mouse press on Play, removed
// mid-race and dropped; after a forced garbage collection a WeakRef to it is empty and the page
// has no more DOM nodes than before it came. What is checked is reachability itself, so a
// long-lived holder (the worker's handler, the FinalizationRegistry's held disposeables, a
// timer) that reaches the element or its shadow tree fails it whatever the timing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** Forces full collections, letting the FinalizationRegistry's task run between them. */
async function collect(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return nodes;
}

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
    await page.evaluate(() => {
      const race = document.createElement('nn-race');
      race.id = 'gone';
      race.setAttribute('steps', '400');
      // Pinned over the first, so it is on screen (a widget draws when it is seen).
      Object.assign(race.style, { position: 'fixed', inset: '0', background: 'Canvas' });
      document.body.append(race);
    });
    const race = page.locator('#gone');
    await race.locator('output.steps').filter({ hasText: 'step 0 of 400' }).waitFor();
    await race.getByRole('button', { name: 'Play' }).click();
    await race.locator('output.steps').filter({ hasNotText: 'step 0 of' }).waitFor();
    await page.evaluate(() => {
      const gone = document.getElementById('gone');
      window.goneRef = new WeakRef(gone);
      gone.remove();
    });
    await afterFrames(page, 2);
    const after = await collect(page);
    const collected = await page.evaluate(() => window.goneRef.deref() === undefined);
    assert.ok(collected, 'the removed race is still reachable after a full collection');
    assert.ok(after <= before + 10, `DOM nodes ${before} before the race came, ${after} after`);
    // The only problems: the worker's script refused, when it was.
    const problems = watcher.problems.filter((p) => !p.includes('/nl/race-worker.js'));
    assert.deepEqual(problems, []);
    await page.close();
  });
}
