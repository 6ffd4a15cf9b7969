// A button pressed from the keyboard that then becomes unusable hands the focus on instead of
// dropping it on the page's body (render/dom.js setDisabled): the race's Play at its last step
// (to Reset), the digits' Load while they download (to the progress bar, then back to Train) and
// Train at the end of a run (to Reset), the trainer's "Train on from here" (to the timeline). And
// a race whose `steps` is lowered below the step it has reached while playing ends there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitsReady } from './digits-widget.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** The focused element inside the widget's shadow root, as tag and text ('' when none). */
const focused = (widget) =>
  widget.evaluate((w) => {
    const at = w.shadowRoot.activeElement;
    return at ? `${at.localName} ${at.textContent.trim()}`.trim() : '';
  });

const raceReady = (w) =>
  w
    .locator('output.steps')
    .filter({ hasText: /^step 0 of/ })
    .waitFor();

test('the race: Play pressed by keyboard hands the focus to Reset when the race ends', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-race', 'steps=20', raceReady);
  await widget.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Enter');
  await widget.locator('output.steps').filter({ hasText: 'step 20 of 20' }).waitFor();
  await widget.getByRole('button', { name: 'Play' }).and(widget.locator(':disabled')).waitFor();
  assert.equal(await focused(widget), 'button Reset');
  await page.keyboard.press('Enter'); // Reset, from where the focus went
  await widget.locator('output.steps').filter({ hasText: 'step 0 of 20' }).waitFor();
  watcher.assertClean();
  await page.close();
});

test('the race: steps lowered below the step reached while playing ends the race there', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-race', 'steps=300', raceReady);
  await widget.getByRole('button', { name: 'Play' }).click();
  await widget
    .locator('output.steps')
    .filter({ hasText: /^step ([3-9]\d|\d{3}) of 300$/ })
    .waitFor();
  await widget.evaluate((w) => w.setAttribute('steps', '20'));
  await widget
    .locator('p[aria-live="polite"]')
    .filter({ hasText: /^The race is over\./ })
    .waitFor();
  const play = widget.getByRole('button', { name: 'Play' });
  assert.equal(await play.getAttribute('aria-pressed'), 'false');
  assert.equal(await play.isDisabled(), true);
  watcher.assertClean();
  await page.close();
});

test('the digits: the focus follows Load to the download and back to Train, then to Reset', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-digits', 'epochs=1', digitsReady);
  await widget.getByRole('button', { name: /^Load the digits/ }).focus();
  await page.keyboard.press('Enter');
  await widget.getByRole('button', { name: 'Train' }).waitFor({ timeout: 60000 });
  assert.equal(await focused(widget), 'button Train');
  await page.keyboard.press('Enter');
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 1 of 1 / })
    .waitFor({ timeout: 60000 });
  await widget.getByRole('button', { name: 'Train' }).and(widget.locator(':disabled')).waitFor();
  assert.equal(await focused(widget), 'button Reset');
  watcher.assertClean();
  await page.close();
});

test('the trainer: "Train on from here" pressed by keyboard hands the focus to the timeline', async () => {
  const ready = (w) =>
    w
      .locator('.readout')
      .filter({ hasText: /^Epoch 0 · loss/ })
      .waitFor();
  const { page, watcher, widget } = await openWidget(site, 'nn-trainer', 'speed=slow', ready);
  await widget.getByRole('button', { name: 'Play' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch ([3-9]|\d\d+) · / })
    .waitFor();
  await widget.getByRole('button', { name: 'Pause' }).click();
  const timeline = widget.locator('input.timeline-range');
  await timeline.focus();
  await page.keyboard.press('Home');
  const trainOn = widget.getByRole('button', { name: 'Train on from here' });
  await trainOn.and(widget.locator(':enabled')).waitFor(); // back in time: it may train on
  await trainOn.focus();
  await page.keyboard.press('Enter');
  await trainOn.and(widget.locator(':disabled')).waitFor();
  assert.equal(await focused(widget), 'input');
  assert.equal(await timeline.evaluate((r) => r.getRootNode().activeElement === r), true);
  await widget.getByRole('button', { name: 'Pause' }).click();
  watcher.assertClean();
  await page.close();
});
