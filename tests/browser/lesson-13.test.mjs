// Lesson 13 in Chromium, as a reader goes through it: each exercise solved with the mouse and
// the keyboard, and for each one a way around it tried and found not to count (a run whose
// training accuracy passes 95 % while its test accuracy does not; a test digit the network read
// right; the true digit named instead of the reading; a full run without dropout). Every
// number the page shows is checked against the core run the same way in node (the widget's own
// nn-digits/network.js on the digits the site ships). Needs a built site (npm run build:site).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readMnist, splitDigits } from '../../web/site-build/digits-data.mjs';
import { loadCore } from '../../web/src/engine/core.js';
import { PIXELS, decodeDigits } from '../../web/src/widgets/nn-digits/digits-format.js';
import {
  createDigitsNetwork,
  createDigitsTrainer,
  digitsDataset,
} from '../../web/src/widgets/nn-digits/network.js';
import { screenshot, watchPage } from './harness.mjs';
import { recordSolved, siteForTests } from './widget-page.mjs';

const core = await loadCore({ moduleUrl: new URL('../../build/wasm/nn.mjs', import.meta.url) });
const digits = decodeDigits(splitDigits(await readMnist()));
const data = digitsDataset(digits.train, digits.test);
const LESSON = 'lessons/13-handwritten-digits/';
const SETTINGS = { optimizer: 'adam', learningRate: 0.001, batchSize: 64, seed: 1 };
const BIG = [256, 128];
const SMALL = [64];

const site = siteForTests();

/**
 * The widget's network with `hidden` layers and `dropout`, trained `epochs` epochs by the core
 * with the widget's default settings. Returns { net, evals } where evals[e] is the evaluation
 * after e epochs; dispose net.
 */
function coreRun(hidden, dropout, epochs) {
  const spec = { ...SETTINGS, hidden, dropout };
  const net = createDigitsNetwork(core, spec);
  const trainer = createDigitsTrainer(core, net, data, spec);
  const evals = [trainer.evaluate()];
  while (trainer.epoch < epochs) {
    trainer.step();
    if (trainer.epoch === evals.length) evals.push(trainer.evaluate());
  }
  trainer.dispose();
  return { net, evals };
}

/** A fraction as the widget prints it: 0.9575 -> "95.8%". */
const percent = (x) => `${Number((100 * x).toFixed(1))}%`;

/** "Epoch 2 of 2 · 9,000 digits a second · train 95.7% · test 92.8%" -> the parts. */
async function readout(widget) {
  const text = await widget.locator('.readout').textContent();
  const match = /^Epoch (\d+) of (\d+).* · train ([\d.]+%) · test ([\d.]+%)$/.exec(text);
  assert.ok(match, `readout "${text}"`);
  return { epoch: Number(match[1]), of: Number(match[2]), train: match[3], test: match[4] };
}

/** Presses Load, then Train, and waits until the run has made all `epochs` of its epochs. */
async function trainFull(widget, epochs) {
  const train = widget.getByRole('button', { name: 'Train' });
  if (!(await train.isVisible())) await widget.getByRole('button', { name: /^Load/ }).click();
  await train.click();
  await widget
    .locator('.readout')
    .filter({ hasText: new RegExp(`^Epoch ${epochs} of ${epochs} `) })
    .waitFor({ timeout: 120_000 });
  return readout(widget);
}

/** Types `text` into the settings field #nd-NAME as a reader does: select it, type, Tab. */
async function typeSetting(widget, name, text) {
  const field = widget.locator(`#nd-${name}`);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
  await field.press('Tab');
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 / })
    .waitFor();
}

const solvedHere = (page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('neuronlab.progress.v1') ?? '{}').lessons?.[
        '13-handwritten-digits'
      ]?.solved ?? [],
  );

const goalText = (widget) => widget.locator('.goal').textContent();

describe('lesson 13: the exercises, solved and not', () => {
  let page;
  let watch;

  before(async () => {
    page = await site.browser.context.newPage();
    watch = await watchPage(page);
    await page.goto(site.server.url + LESSON, { waitUntil: 'networkidle' });
  });
  after(() => page?.close());

  test('95 %: a run whose training digits pass 95 % but test digits do not is not solved; 15 epochs are', async () => {
    const widget = page.locator('nn-digits[data-exercise="reach-95"]');
    await widget.scrollIntoViewIfNeeded(); // widgets draw only while on screen
    await recordSolved(widget);
    await widget.getByRole('button', { name: /^Load the digits \(7\.9 MB\)$/ }).click();
    await widget.getByRole('button', { name: 'Train' }).waitFor();
    await typeSetting(widget, 'epochs', '2');

    const short = await trainFull(widget, 2);
    const two = coreRun(BIG, 0, 2);
    two.net.dispose();
    assert.equal(short.train, percent(two.evals[2].accuracy));
    assert.equal(short.test, percent(two.evals[2].testAccuracy));
    assert.ok(two.evals[2].accuracy >= 0.95 && two.evals[2].testAccuracy < 0.95, 'the side door');
    assert.match(await goalText(widget), /^Goal: make the accuracy at least 0.95/);
    assert.deepEqual(await page.evaluate(() => window.solved), []);

    await typeSetting(widget, 'epochs', '15');
    await widget.getByRole('button', { name: 'Train' }).click();
    await widget.locator('.goal.solved').waitFor({ timeout: 120_000 });
    await widget.getByRole('button', { name: 'Pause' }).click();
    const [solved] = await page.evaluate(() => window.solved);
    const { net, evals } = coreRun(BIG, 0, 15);
    net.dispose();
    const first = evals.findIndex((e) => e.testAccuracy >= 0.95);
    assert.ok(first > 2, `the core first reads 95 % of the test digits after epoch ${first}`);
    assert.ok(
      evals.slice(first).some((e) => e.testAccuracy === solved.accuracy),
      `solved at a test accuracy the core reaches: ${solved.accuracy}`,
    );
    assert.ok(solved.accuracy >= 0.95);
    await page.waitForFunction(() =>
      localStorage.getItem('neuronlab.progress.v1')?.includes('reach-95'),
    );
    assert.deepEqual(await solvedHere(page), ['reach-95']);
    watch.assertClean();
  });

  test('a misread digit: a digit read right asks nothing, its true label is no answer, the largest bar is', async () => {
    const widget = page.locator('nn-digits[data-exercise="find-misread"]');
    await widget.scrollIntoViewIfNeeded();
    await recordSolved(widget);
    const done = await trainFull(widget, 2);
    const { net, evals } = coreRun(SMALL, 0, 2);
    try {
      assert.equal(done.test, percent(evals[2].testAccuracy));
      const outputs = net.predict(data.Xtest).data; // 2000 x 10
      const reading = (i) => {
        const row = Array.from(outputs.subarray(i * 10, i * 10 + 10));
        return row.indexOf(Math.max(...row));
      };
      const quiz = widget.locator('.quiz');

      // A 0 read as a 0, opened from the confusion matrix: nothing to answer.
      await widget.getByRole('button', { name: /test digits that are 0 read as 0$/ }).click();
      await widget.locator('.cell-digits .thumb').first().click();
      await widget
        .locator('.verdict')
        .filter({ hasText: /^Test digit \d+ is a 0\./ })
        .waitFor();
      assert.equal(await quiz.isHidden(), true);

      // A misread digit from the gallery: its true label is refused.
      const thumb = widget.locator('.gallery .thumb').first();
      const i = Number(/test digit (\d+)\)$/.exec(await thumb.getAttribute('aria-label'))[1]) - 1;
      const label = digits.test.labels[i];
      assert.notEqual(reading(i), label, `the core misreads test digit ${i + 1} too`);
      await thumb.click();
      await quiz.waitFor();
      await widget.locator('#nd-answer').selectOption(String(label));
      await widget.getByRole('button', { name: 'Check' }).click();
      await widget.locator('.answer').filter({ hasText: /^No:/ }).waitFor();
      assert.match(await goalText(widget), /^Goal: /);

      // The bars are the core's outputs; the largest one is the answer.
      const bars = await widget
        .locator('.bar-list meter')
        .evaluateAll((meters) => meters.map((m) => m.value));
      bars.forEach((p, k) => assert.ok(Math.abs(p - outputs[i * 10 + k]) < 1e-6, `bar ${k}`));
      await widget.locator('#nd-answer').selectOption(String(bars.indexOf(Math.max(...bars))));
      await widget.getByRole('button', { name: 'Check' }).click();
      await widget
        .locator('.answer')
        .filter({ hasText: `Yes: it read a ${reading(i)}.` })
        .waitFor();
      await widget.locator('.goal.solved').waitFor();
      assert.deepEqual(
        (await page.evaluate(() => window.solved)).map((s) => s.found),
        [1],
      );
    } finally {
      net.dispose();
    }
  });

  test('the keyboard picker reads a test digit: the same bars as the core', async () => {
    const widget = page.locator('nn-digits[data-exercise="find-misread"]');
    const { net } = coreRun(SMALL, 0, 2);
    const outputs = net.predict({
      rows: 1,
      cols: PIXELS,
      data: data.Xtest.data.subarray(6 * PIXELS, 7 * PIXELS),
    }).data;
    net.dispose();
    const field = widget.locator('#nd-test');
    await field.focus();
    await field.press('ControlOrMeta+a');
    await page.keyboard.type('7');
    await page.keyboard.press('Tab'); // to "Read this test digit"
    await page.keyboard.press('Enter');
    await widget
      .locator('.verdict')
      .filter({ hasText: new RegExp(`^Test digit 7 is a ${digits.test.labels[6]}\\.`) })
      .waitFor();
    const bars = await widget
      .locator('.bar-list meter')
      .evaluateAll((meters) => meters.map((m) => m.value));
    bars.forEach((p, k) => assert.ok(Math.abs(p - outputs[k]) < 1e-6, `bar ${k}`));
    const words = await widget.locator('.bar-list li').allTextContents();
    assert.equal(words.length, 10);
    words.forEach((w, k) => assert.equal(w, `${k}${(100 * outputs[k]).toFixed(1)} %`));
    watch.assertClean();
  });

  test('the gap: a full run without dropout keeps its gap; with dropout 0.3 it closes under 4 points', async () => {
    const widget = page.locator('nn-digits[data-exercise="dropout-gap"]');
    await widget.scrollIntoViewIfNeeded();
    await recordSolved(widget);
    const lastRun = () => widget.locator('.runs tbody tr').last().locator('td').allTextContents();
    const row = (dropout, e) => [
      '784-256-128-10',
      String(dropout),
      '10',
      percent(e.accuracy),
      percent(e.testAccuracy),
      `${(100 * (e.accuracy - e.testAccuracy)).toFixed(1)} points`,
    ];

    const plain = await trainFull(widget, 10);
    const without = coreRun(BIG, 0, 10);
    without.net.dispose();
    const e0 = without.evals[10];
    assert.equal(plain.train, percent(e0.accuracy));
    assert.equal(plain.test, percent(e0.testAccuracy));
    assert.deepEqual(await lastRun(), row(0, e0));
    assert.ok(e0.testAccuracy >= 0.95 && e0.accuracy - e0.testAccuracy >= 0.04, 'the side door');
    assert.match(await goalText(widget), /^Goal: /);
    assert.deepEqual(await page.evaluate(() => window.solved), []);

    await typeSetting(widget, 'dropout', '0.3');
    const dropped = await trainFull(widget, 10);
    const withDropout = coreRun(BIG, 0.3, 10);
    withDropout.net.dispose();
    const e3 = withDropout.evals[10];
    assert.equal(dropped.train, percent(e3.accuracy));
    assert.equal(dropped.test, percent(e3.testAccuracy));
    assert.deepEqual(await lastRun(), row(0.3, e3));
    await widget.locator('.goal.solved').waitFor();
    const [solved] = await page.evaluate(() => window.solved);
    assert.equal(solved.gap, e3.accuracy - e3.testAccuracy);
    assert.ok(solved.gap < 0.04 && e3.testAccuracy >= 0.95);
    await screenshot(page, 'lesson-13');
    watch.assertClean();
  });
});
