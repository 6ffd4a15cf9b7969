// Predict-then-run questions (web/src/site/predict.js) on lessons 4 and 10, answered by keyboard
// alone: Tab into the choices, arrows to pick, Space on "Check my guess". A wrong pick names the
// right answer, a right one says so; the explanation shows only after a check.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLesson } from './exercise-page.mjs';
import { siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** The question in `box`, answered with the choice `index` (0-based) by keyboard, checked. */
async function answer(page, box, index) {
  await box.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  return box.getByRole('status').textContent();
}

for (const [slug, right, wrong, words] of [
  ['04-the-xor-wall', 2, 0, 'Never settle: some point is always on the wrong side.'],
  [
    '10-train-it-xor-from-scratch',
    1,
    2,
    'On a flat stretch near 0.35, with half the points wrong.',
  ],
]) {
  test(`lesson ${slug.slice(0, 2)}: a wrong guess names the answer, the right one is confirmed`, async () => {
    const { page, watcher } = await openLesson(site, slug);
    const box = page.locator('.predict').first();
    await box.scrollIntoViewIfNeeded();
    const group = box.getByRole('group');
    assert.match(await group.locator('legend').textContent(), /^Before you/);
    assert.equal(await box.getByRole('radio').count(), 3);
    const why = box.locator(':scope > p:not(.predict-status)');
    assert.equal(await why.first().isHidden(), true, 'the explanation waits for a check');

    await box.getByRole('button', { name: 'Check my guess' }).click();
    assert.equal(await box.getByRole('status').textContent(), 'Pick one answer first.');
    assert.equal(
      await answer(page, box, wrong),
      `Not quite: the answer is “${words}” Run it and see why.`,
    );
    assert.equal(await why.first().isVisible(), true);
    assert.equal(await answer(page, box, right), 'Right. Now run it and see.');
    watcher.assertClean();
    await page.close();
  });
}
