// Lesson 13's three exercises in nn-digits, tried by side doors that need no training: a link
// that rewrites a goal into one already met (found>=0 counted a solve before this change), and
// a full run of fewer epochs than the page gives. Solving each, which trains on the digits for
// minutes, is lesson-13.test.mjs's work.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exercise, goalLine, onExercise } from './exercise-page.mjs';
import { afterFrames, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const SLUG = '13-handwritten-digits';

const solvedStored = (page) =>
  page.evaluate(() => localStorage.getItem('neuronlab.progress.v1')?.includes('find-misread'));

test('side door: a link’s goal (found>=0, met at once) is refused, nothing is solved', async () => {
  const hash = '#find-misread.goal=found%3E%3D0&reach-95.goal=accuracy%3E%3D0.1';
  await onExercise(
    site,
    SLUG,
    'find-misread',
    async ({ page, widget: misread }) => {
      const reach = await exercise(page, 'reach-95');
      assert.equal(await misread.getAttribute('goal'), 'found>=1');
      assert.equal(await reach.getAttribute('goal'), 'accuracy>=0.95');
      const note = await page.locator('.state-note').textContent();
      assert.match(note, /“find-misread\.goal” \(the page sets the exercise\)/);
      assert.match(note, /“reach-95\.goal” \(the page sets the exercise\)/);
      await afterFrames(page, 2);
      assert.match(
        await misread.locator('.goal').textContent(),
        /^Goal: make the found at least 1/,
      );
      assert.equal(await solvedStored(page), false);
    },
    hash,
  );
});

test('side door: a run of one epoch for the dropout gap is refused by link and named', async () => {
  await onExercise(
    site,
    SLUG,
    'dropout-gap',
    async ({ page, widget }) => {
      assert.equal(await widget.getAttribute('epochs'), '10');
      assert.match(await page.locator('.state-note').textContent(), /“dropout-gap\.epochs”/);
      await widget.evaluate((element) => element.setAttribute('epochs', '1'));
      const text = await goalLine(widget, 'the number of epochs is 1, not 10.');
      assert.match(text, /^Goal: .*Not counted: the number of epochs is 1, not 10\./);
    },
    '#dropout-gap.epochs=1',
  );
});
