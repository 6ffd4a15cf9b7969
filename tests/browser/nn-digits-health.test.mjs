// <nn-digits>' training health and divergence, driven through its controls with the real core
// in its worker: from the first weights on the panel shows one gradient bar per layer and the
// dead units of each hidden layer, with no advice for a healthy network; Adam at learning rate 1 kills the ReLUs and the advice says so with its
// lesson; plain SGD at learning rate 31.4 makes the 784-256-128-10 network diverge within its
// first steps (as 30 does in lesson 13, with the same losses), and the widget says so with the
// rate and a tenth of it as the field writes them, stops, and reads digits with the last finite
// weights; and a new reading repaints the bars without Chrome deciding the page's layers again
// (on the code before, each epoch's reading did: a fill box growing inside the bar's clip).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitsReady, loadAndTrain } from './digits-widget.mjs';
import { TIMELINE, traceWhile } from './trace.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const ready = digitsReady;

/** Sets the optimizer and the learning rate as a reader does: the select, then the typed rate. */
async function chooseTraining(widget, optimizer, rate) {
  await widget.getByLabel('Optimizer').selectOption(optimizer);
  const field = widget.getByLabel('Learning rate');
  await field.fill(String(rate));
  await field.press('Enter');
}

/** The panel's rows: [name, bar width in percent, value text, units text]. */
const healthRows = (widget) =>
  widget
    .locator('.health-layers li')
    .evaluateAll((items) =>
      items.map((li) => [
        li.querySelector('.name').textContent,
        parseFloat(li.querySelector('.bar').style.getPropertyValue('--share')),
        li.querySelector('.value').textContent,
        li.querySelector('.units').textContent,
      ]),
    );

test('the health panel: a bar per layer from the first weights on, advice only for a problem', async () => {
  const { page, watcher, widget } = await openWidget(
    site,
    'nn-digits',
    'shape=784-256-128-10&epochs=1',
    ready,
  );
  // Before a reading: a row for each layer, its bar empty and its numbers dashes.
  assert.deepEqual(await healthRows(widget), [
    ['layer 1', 0, '–', '– of 256 dead'],
    ['layer 2', 0, '–', '– of 128 dead'],
    ['output', 0, '–', ''],
  ]);
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.locator('.health-layers .value').filter({ hasNotText: '–' }).nth(2).waitFor();
  // Fresh, about half the ReLUs rest at 0 on most digits: that is no problem, and no advice.
  assert.equal(await widget.locator('.health .advice').isHidden(), true);
  await widget.getByRole('button', { name: 'Train' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 1 of 1 / })
    .waitFor({ timeout: 60000 });
  const rows = await healthRows(widget);
  assert.deepEqual(
    rows.map((r) => r[0]),
    ['layer 1', 'layer 2', 'output'],
  );
  for (const [name, width, value] of rows) {
    assert.ok(width > 0 && width < 100, `${name}: bar ${width} %`);
    assert.match(value, /^\d/, `${name}: ${value}`);
  }
  assert.match(rows[0][3], /^\d+ of 256 dead$/);
  assert.match(rows[1][3], /^\d+ of 128 dead$/);
  assert.equal(await widget.locator('.health .advice').isHidden(), true);
  watcher.assertClean();
  await page.close();
});

test('Adam at learning rate 1 kills the ReLUs: the advice says so and links its lesson', async () => {
  const { page, watcher, widget } = await openWidget(
    site,
    'nn-digits',
    'shape=784-64-10&epochs=1',
    ready,
  );
  await chooseTraining(widget, 'adam', 1);
  await loadAndTrain(widget, 1);
  const advice = widget.locator('.health .advice');
  await advice.filter({ hasText: /of 64 hidden units are dead/ }).waitFor();
  const dead = Number(/(\d+) of 64 hidden units are dead/.exec(await advice.textContent())[1]);
  assert.ok(dead > 32, `${dead} dead`);
  assert.match(await advice.textContent(), /Why: Lesson 11, Modern tools\.$/);
  const rows = await healthRows(widget);
  assert.equal(rows[0][3], `${dead} of 64 dead`);
  watcher.assertClean();
  await page.close();
});

test('SGD at learning rate 31.4 diverges: said with its numbers, stopped, last finite weights kept', async () => {
  const { page, watcher, widget } = await openWidget(
    site,
    'nn-digits',
    'shape=784-256-128-10&epochs=1',
    ready,
  );
  await chooseTraining(widget, 'sgd', 31.4);
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click();
  const status = widget.locator('.status');
  await status.filter({ hasText: /too large/ }).waitFor({ timeout: 60000 });
  const words = await status.textContent();
  // The rate as its field writes it, and a tenth of it: every digit, not 31 and 3.1.
  assert.equal(await widget.getByLabel('Learning rate').inputValue(), '31.4');
  assert.match(words, /^The learning rate 31\.4 is too large for this loss: /);
  assert.match(words, /try 3\.14 \(a new network starts with it\)\.$/);
  // The panel says the same and links the lesson on learning rates.
  const advice = widget.locator('.health .advice');
  await advice.filter({ hasText: words }).waitFor();
  assert.match(await advice.textContent(), /Why: Lesson 8, Gradient descent\.$/);
  // Stopped: the button offers to train again, and the readout still shows numbers.
  await widget.getByRole('button', { name: 'Train' }).waitFor();
  assert.doesNotMatch(await widget.locator('.readout').textContent(), /NaN|—/);
  // The network reads with the weights the core kept: ten finite outputs adding to 1.
  await widget.getByRole('button', { name: 'Read this test digit' }).click();
  await widget
    .locator('.verdict')
    .filter({ hasText: /^Test digit 1 is a / })
    .waitFor();
  const outputs = await widget
    .locator('.bar-list meter')
    .evaluateAll((meters) => meters.map((m) => m.value));
  assert.ok(outputs.every(Number.isFinite), `${outputs}`);
  assert.ok(Math.abs(outputs.reduce((a, b) => a + b, 0) - 1) < 1e-3, `${outputs}`);
  assert.doesNotMatch(await widget.locator('.bar-list').textContent(), /NaN/);
  // Reset starts over from the first weights: the words go.
  await widget.getByRole('button', { name: 'Reset' }).click();
  await widget.locator('.status:empty').waitFor({ state: 'attached' });
  await advice.waitFor({ state: 'hidden' });
  watcher.assertClean();
  await page.close();
});

test("a new reading repaints the panel's bars and leaves the page's layers as they were", async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-digits', 'epochs=8', ready);
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click();
  const readout = widget.locator('.readout');
  await readout.filter({ hasText: /^Epoch 2 of 8 / }).waitFor({ timeout: 120000 });
  const bars = () => healthRows(widget).then((rows) => rows.map((r) => r[1]).join());
  const before = await bars();
  // Chrome's full compositing update (PaintArtifactCompositor::Update: every paint chunk of the
  // page put into layers again), against the fast path that copies a repainted box over.
  const events = await traceWhile(page, [...TIMELINE, 'blink'], () =>
    readout.filter({ hasText: /^Epoch 5 of 8 / }).waitFor({ timeout: 120000 }),
  );
  assert.notEqual(await bars(), before, 'the bars changed with the epochs');
  const full = events.filter((e) => e.name === 'PaintArtifactCompositor::Update').length;
  // Three epochs' ends, each a new reading (on the code before, each a full update).
  assert.ok(full <= 1, `${full} full layer updates in three epochs`);
  watcher.assertClean();
  await page.close();
});
