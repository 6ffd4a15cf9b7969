// Points a reader adds to <nn-trainer> by clicking its map, on lesson 10's first trainer (named
// "trainer-1" in the address): the count says how many were added; Reset keeps them; they live
// in the address and come back on a reload; "Clear added points" removes them, as does choosing
// another data set, and nothing else. A hostile or oversized list from the address is refused
// with a message, and the trainer keeps its own data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const site = siteForTests();
const LESSON = 'lessons/10-train-it-xor-from-scratch/';

/** Opens lesson 10 (with `hash`) and waits for its first trainer to draw epoch 0. */
async function openLesson(page, hash = '') {
  await page.goto(`${site.server.url}${LESSON}${hash}`);
  return firstTrainer(page);
}

/** The lesson's first trainer, once it has drawn. */
async function firstTrainer(page) {
  const trainer = page.locator('nn-trainer').first();
  await trainer.scrollIntoViewIfNeeded();
  await trainer
    .locator('.readout')
    .filter({ hasText: /^Epoch \d+ · loss/ })
    .waitFor();
  return trainer;
}

/** Clicks the decision-boundary map at (fx, fy), fractions of its width and height. */
async function clickMap(page, trainer, fx, fy) {
  const map = trainer.getByRole('application');
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
}

const countIs = (trainer, n) =>
  trainer
    .locator('.count')
    .filter({ hasText: new RegExp(`^${n} training points$`) })
    .waitFor();

test('added points: counted, kept by Reset and a reload, removed by Clear and by a new data set', async () => {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  let trainer = await openLesson(page);
  const added = trainer.locator('.added');
  assert.equal(await added.isVisible(), false, 'no line while none are added');

  await clickMap(page, trainer, 0.25, 0.5);
  await countIs(trainer, 5);
  await clickMap(page, trainer, 0.75, 0.25);
  await countIs(trainer, 6);
  await added.filter({ hasText: /^2 points added by you\.\s*Clear added points$/ }).waitFor();
  const points = await trainer.getAttribute('points');
  assert.equal(points.split(', ').length, 6);
  await page.waitForFunction(() => location.hash.includes('trainer-1.points='));

  // Reset (its title says what it keeps): epoch 0 again, the same data.
  const reset = trainer.getByRole('button', { name: 'Reset weights' });
  assert.match(await reset.getAttribute('title'), /same data; points you added stay/);
  await trainer.getByRole('button', { name: 'Step' }).click();
  await trainer
    .locator('.readout')
    .filter({ hasText: /^Epoch 1 ·/ })
    .waitFor();
  await reset.click();
  await trainer
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 ·/ })
    .waitFor();
  await countIs(trainer, 6);
  assert.equal(await trainer.getAttribute('points'), points);

  // A reload opens the address, hash and all: the points come back.
  await page.reload();
  trainer = await firstTrainer(page);
  await countIs(trainer, 6);
  assert.equal(await trainer.getAttribute('points'), points);
  await trainer.locator('.added').filter({ hasText: '2 points added by you.' }).waitFor();

  // Clear: the data set's own 4 points stay; the address forgets the added ones.
  await trainer.getByRole('button', { name: 'Clear added points' }).click();
  await countIs(trainer, 4);
  assert.equal(await trainer.getAttribute('points'), null);
  assert.equal(await trainer.locator('.added').isVisible(), false);
  await page.waitForFunction(() => !location.hash.includes('points='));

  // A new data set removes them too.
  await clickMap(page, trainer, 0.5, 0.5);
  await countIs(trainer, 5);
  await trainer.getByRole('combobox', { name: 'data set' }).selectOption('or');
  await countIs(trainer, 4);
  assert.equal(await trainer.getAttribute('points'), null);
  assert.equal(await trainer.locator('.added').isVisible(), false);
  watcher.assertClean();
  await page.close();
});

test('hostile or oversized added points from the address are refused with a message', async () => {
  // 501 points: 1,503 numbers, past the 1,500 the attribute takes.
  const many = Array.from({ length: 501 }, (_, i) => `0.1, 0.${i % 10}, 1`).join(', ');
  const cases = [
    [many, /^points="[^"]+…": expected 0 to 1500 numbers separated by commas/],
    ['9'.repeat(100000), /^points="9+…": expected at most \d+ characters \(this has 100000\)/],
    [
      '0.5, 0.5, 7',
      /points="0\.5, 0\.5, 7": expected three numbers per point, x₁, x₂ and a class from 0 to 1/,
    ],
    ['<img src=x onerror=alert(1)>', /points="<img src=x onerror=alert\(1\)>": expected/],
  ];
  for (const [value, message] of cases) {
    const page = await site.browser.context.newPage();
    const watcher = await watchPage(page);
    const hash = `#${new URLSearchParams({ 'trainer-1.points': value })}`;
    const trainer = await openLesson(page, hash);
    await trainer.locator('.alerts p').filter({ hasText: message }).waitFor();
    await countIs(trainer, 4);
    assert.equal(await trainer.locator('.added').isVisible(), false);
    assert.equal(await trainer.locator('.alerts img').count(), 0, 'text, never HTML');
    // The trainer still trains its own data.
    await trainer.getByRole('button', { name: 'Step' }).click();
    await trainer
      .locator('.readout')
      .filter({ hasText: /^Epoch 1 ·/ })
      .waitFor();
    watcher.assertClean();
    await page.close();
  }
});
