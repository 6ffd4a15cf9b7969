// How <nn-race> keeps its frames light while it plays, checked by structure, not by time: the
// update rules' elements exist before the first step, so the first words after Play change
// text only (on the old code they were made then: 66 new boxes to lay out in one frame).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

function openRace() {
  return openWidget(site, 'nn-race', 'steps=2000', (w) =>
    w.locator('output.steps').filter({ hasText: 'step 0 of' }).waitFor(),
  );
}

test("the rules' terms are the same elements before the first step and after it", async () => {
  const { page, watcher, widget } = await openRace();
  const adam = widget.locator('.rule[data-optimizer="adam"]');
  const terms = adam.locator('dd');
  assert.equal(await terms.count(), 6, 'g, m, v, m̂, v̂ and Δw, before any step');
  assert.deepEqual(await terms.allTextContents(), Array(6).fill('—'), 'no numbers yet');
  await terms.evaluateAll((list) => list.forEach((dd) => (dd.dataset.before = 'yes')));
  await widget.getByRole('button', { name: 'Step' }).click();
  await widget.locator('output.steps').filter({ hasText: 'step 1 of' }).waitFor();
  assert.deepEqual(
    await terms.evaluateAll((list) => list.map((dd) => dd.dataset.before)),
    Array(6).fill('yes'),
  );
  assert.equal((await terms.allTextContents()).includes('—'), false, 'the numbers of step 1');
  watcher.assertClean();
  await page.close();
});
