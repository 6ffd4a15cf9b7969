// Lessons 10 to 12, the trainer's exercises: each solved as a reader would, the goal line naming
// the exact epoch where the goal was first met at any speed (seed 9 at speed "fast"), and each
// tried by a side door that must not count: another data set, which the exercise keeps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreRun } from './core-network.mjs';
import { exercise, goalLine, onExercise, openLesson, typeInto } from './exercise-page.mjs';
import { afterFrames, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const LESSON_10 = '10-train-it-xor-from-scratch';
const SOLVED_AT = /✓ Solved: .*, first reached at epoch (\d+)\./;

/** Picks `value` in the menu labelled `name`, as a reader would. */
const choose = (widget, name, value) =>
  widget.getByRole('combobox', { name, exact: true }).selectOption(value);

/** Presses Play and waits for the goal line to say solved; returns the epoch it names. */
async function playUntilSolved(widget) {
  await widget.getByRole('button', { name: 'Play' }).click();
  const text = await widget.locator('.goal.solved').filter({ hasText: SOLVED_AT }).textContent();
  await widget.getByRole('button', { name: 'Pause' }).click();
  return Number(SOLVED_AT.exec(text)[1]);
}

/**
 * A side door by the data-set menu: tried only if the menu is enabled. Expects the menu locked
 * with the note, and a script's change named in the goal line.
 */
async function triesAnotherDataset(page, widget, other, given) {
  const menu = widget.getByRole('combobox', { name: 'data set', exact: true });
  if (await menu.isEnabled()) {
    await menu.selectOption(other);
    await widget.getByRole('button', { name: 'Play' }).click();
    await widget
      .locator('.goal.solved')
      .waitFor({ timeout: 20_000 })
      .catch(() => {});
  }
  await afterFrames(page, 2);
  assert.doesNotMatch(await widget.locator('.goal').textContent(), /Solved/);
  assert.equal(await menu.isDisabled(), true);
  assert.match(
    await widget.locator('.fixed-note').textContent(),
    /^This exercise keeps the data set/,
  );
  await widget.evaluate((element, name) => element.setAttribute('dataset', name), other);
  await goalLine(widget, `the data set is ${other}, not ${given}.`);
}

test('lesson 10: seed 9 at speed fast is solved, at the exact epoch the core first meets it', async () => {
  const { losses, net } = coreRun({ hidden: [2], seed: 9, learningRate: 1 }, 1500);
  net.dispose();
  const first = losses.findIndex((loss) => loss < 0.05);
  assert.equal(first, 894, 'the core first reaches a loss under 0.05 at epoch 894');

  await onExercise(site, LESSON_10, 'train-xor', async ({ page, widget }) => {
    await goalLine(widget, 'Goal: reach a training loss below 0.05.');
    await typeInto(page, widget.getByRole('textbox', { name: 'seed' }), '9');
    await choose(widget, 'speed', 'fast');
    await widget
      .locator('.readout')
      .filter({ hasText: /^Epoch 0 / })
      .waitFor();
    assert.equal(await playUntilSolved(widget), first);
  });
});

test('lesson 10: side door: the AND data set is locked, and named when forced', async () => {
  await onExercise(site, LESSON_10, 'train-xor', async ({ page, widget }) => {
    await triesAnotherDataset(page, widget, 'and', 'xor');
  });
});

test('lesson 11: relu with adam at 0.01 passes 95% on the spiral; gaussians are locked', async () => {
  const { page, watcher } = await openLesson(site, '11-modern-tools');
  const widget = await exercise(page, 'deep-spiral');
  await goalLine(widget, 'Goal: reach a training accuracy of at least 95%.');
  await triesAnotherDataset(page, widget, 'gaussians', 'spiral3');
  await widget.evaluate((element) => element.setAttribute('dataset', 'spiral3'));
  await choose(widget, 'activation', 'relu');
  await choose(widget, 'optimizer', 'adam');
  await typeInto(page, widget.getByRole('textbox', { name: 'learning rate' }), '0.01');
  await choose(widget, 'speed', 'fast');
  const epoch = await playUntilSolved(widget);
  assert.ok(epoch <= 150, `about a hundred epochs, as the hint says: ${epoch}`);
  watcher.assertClean();
  await page.close();
});

test('lesson 12: the data set is locked; the XOR net trained below 0.01 solves it', async () => {
  const { page, watcher } = await openLesson(site, '12-to-the-frameworks');
  const widget = await exercise(page, 'export-ready');
  await triesAnotherDataset(page, widget, 'or', 'xor');
  await widget.evaluate((element) => element.setAttribute('dataset', 'xor'));
  await choose(widget, 'speed', 'fast');
  const { losses, net } = coreRun({ hidden: [2], seed: 1, learningRate: 3 }, 3000);
  net.dispose();
  assert.equal(
    await playUntilSolved(widget),
    losses.findIndex((loss) => loss < 0.01),
  );
  watcher.assertClean();
  await page.close();
});
