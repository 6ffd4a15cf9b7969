// Issue 15, finding 5: an exercise is what the page says. A lesson link's hash cannot set or
// clear `goal`, `locked` or any attribute its widget's schema marks `exercise`; the note says
// which were left alone; and progress records a solve only while those attributes are the
// page's own, whatever route changed them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchPage } from './harness.mjs';
import { afterFrames, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const EXERCISE = 'nn-neuron[data-exercise="say-no"]';

/** Lesson 1 at `hash`, its exercise built and drawn; { page, watcher, exercise }. */
async function openLesson(hash) {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  await page.goto(`${site.server.url}lessons/01-one-neuron/${hash}`);
  const exercise = page.locator(EXERCISE);
  await exercise.scrollIntoViewIfNeeded();
  await exercise.getByRole('textbox', { name: /bias/ }).waitFor();
  await afterFrames(page, 2);
  return { page, watcher, exercise };
}

const solvedStored = (page) =>
  page.evaluate(() => localStorage.getItem('neuronlab.progress.v1')?.includes('say-no') ?? false);

test('#say-no.goal=output>0 neither changes the goal nor records a solve', async () => {
  const { page, watcher, exercise } = await openLesson('#say-no.goal=output%3E0');
  assert.equal(await exercise.getAttribute('goal'), 'output<0.5');
  assert.doesNotMatch(await exercise.locator('.goal').textContent(), /solved/i);
  assert.equal(await solvedStored(page), false);
  assert.match(
    await page.locator('.state-note').textContent(),
    /“say-no\.goal” \(the page sets the exercise\)/,
  );
  watcher.assertClean();
  await page.close();
});

test('#say-no.goal=output>2&say-no.locked= neither makes it impossible nor locks it', async () => {
  const { page, watcher, exercise } = await openLesson(
    '#say-no.goal=output%3E2&say-no.locked=&say-no.bias=-0.5',
  );
  assert.equal(await exercise.getAttribute('goal'), 'output<0.5');
  assert.equal(await exercise.getAttribute('locked'), null);
  assert.equal(await exercise.getAttribute('bias'), '-0.5', 'the other settings are taken');
  const bias = exercise.getByRole('textbox', { name: /bias/ });
  assert.equal(await bias.isEditable(), true);
  const note = await page.locator('.state-note').textContent();
  assert.match(note, /“say-no\.goal”/);
  assert.match(note, /“say-no\.locked”/);
  watcher.assertClean();
  await page.close();
});

test('a solve under a goal the page did not set is not recorded; under the page’s goal it is', async () => {
  const { page, watcher, exercise } = await openLesson('');
  // Any other route (a script, an extension) that rewrites the goal to one already met.
  await exercise.evaluate((element) => element.setAttribute('goal', 'output>0'));
  await exercise
    .locator('.goal')
    .filter({ hasText: /solved/i })
    .waitFor();
  assert.equal(await solvedStored(page), false);
  // setState (a page restoring a saved state) leaves the exercise's attributes alone too.
  await exercise.evaluate((element) => element.setAttribute('goal', 'output<0.5'));
  await exercise
    .locator('.goal')
    .filter({ hasNotText: /solved/i })
    .waitFor();
  await exercise.evaluate((element) =>
    element.setState({ goal: 'output>0', locked: '', bias: '-3' }),
  );
  assert.equal(await exercise.getAttribute('goal'), 'output<0.5');
  assert.equal(await exercise.getAttribute('locked'), null);
  await exercise
    .locator('.goal')
    .filter({ hasText: /solved/i })
    .waitFor();
  await page.waitForFunction(() =>
    localStorage.getItem('neuronlab.progress.v1')?.includes('say-no'),
  );
  watcher.assertClean();
  await page.close();
});
