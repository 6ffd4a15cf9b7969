// <nn-perceptron> in Chromium, used as a reader would: AND stepped sample by sample and epoch
// by epoch with the mouse until it converges, XOR stepped 100 epochs by keyboard until the
// widget says it is not converging, Play and Pause, the line dragged by keys and by pointer in
// drag mode (XOR never reaches 0 wrong; AND does, and the goal is met), and bad attributes.
// Every expected number comes from the core, through the facade in node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLAY_MS } from '../../web/src/widgets/nn-perceptron/session.js';
import { core } from './core-network.mjs';
import { launchBrowser, screenshot, watchPage } from './harness.mjs';
import {
  afterFrames,
  axeProblems,
  openWidget,
  quietFor,
  recordSolved,
  shown,
  siteForTests,
} from './widget-page.mjs';

const site = siteForTests({ axe: true });

function truthTable(name) {
  const d = core.makeDataset(name, { samples: 4 });
  const rows = [0, 1, 2, 3].map((i) => [d.X.data[2 * i], d.X.data[2 * i + 1]]);
  return { ...d, rows, labels: Array.from(d.labels) };
}

/** Runs fn with a fresh core perceptron (lr 0.1, w and b zero), then frees it. */
function withPerceptron(fn, options = {}) {
  const p = core.createPerceptron({ inputs: 2, learningRate: 0.1, ...options });
  try {
    return fn(p);
  } finally {
    p.dispose();
  }
}

/** The first epoch with no mistakes (null if none within max), and w and b after it. */
function converge(name, max) {
  const d = truthTable(name);
  return withPerceptron((p) => {
    for (let epoch = 1; epoch <= max; epoch++) {
      if (p.trainEpoch(d.X, d.labels).converged) return { epoch, w: p.weights, b: p.bias };
    }
    return { epoch: null, w: p.weights, b: p.bias };
  });
}

/** How many of the four points the line w·x + b = 0 puts on the wrong side, says the core. */
function wrongCount(name, weights, bias) {
  const d = truthTable(name);
  return withPerceptron((p) => {
    p.setWeights(weights, bias);
    return d.rows.filter((x, i) => p.predict(x) !== d.labels[i]).length;
  });
}

/** options: { on: another { server, browser } than the file's, clock (see openWidget) } */
async function openPerceptron(query, { on = site, clock = false } = {}) {
  const { page, watcher, widget } = await openWidget(
    on,
    'nn-perceptron',
    query,
    (widget) => widget.locator('.status').filter({ hasText: /\S/ }).waitFor(),
    { clock },
  );
  await recordSolved(widget);
  return { page, watcher, widget };
}

/** The weights and bias the widget's attributes hold (drag mode stores the placed line). */
async function lineOf(widget) {
  const weights = (await widget.getAttribute('weights')).split(',').map(Number);
  return { weights, bias: Number(await widget.getAttribute('bias')) };
}

/** How the line text writes w and b: "w = (0.707, −0.707), b = 0.1". */
function lineWords(weights, bias) {
  return `w = (${weights.map(shown).join(', ')}), b = ${shown(bias)})`;
}

/** The number of points the status line says are on the wrong side. */
async function shownWrong(widget) {
  const text = await widget.locator('.status').textContent();
  return text.startsWith('Every point') ? 0 : Number(/^(\d+) points? of 4/.exec(text)[1]);
}

test('AND by mouse: samples stepped with the rule written out, then epochs until it converges', async () => {
  const { page, watcher, widget } = await openPerceptron('dataset=and&goal=converge');
  const d = truthTable('and');
  const step = widget.getByRole('button', { name: 'Step: one sample' });
  await widget.locator('.rule-sample').filter({ hasText: 'Next: sample 1 of 4' }).waitFor();
  const p = core.createPerceptron({ inputs: 2, learningRate: 0.1 });
  try {
    for (let i = 0; i < 3; i++) {
      const z = p.weightedSum(d.rows[i]);
      const { output, weights, bias } = p.trainSample(d.rows[i], d.labels[i]);
      await step.click();
      const sample = `Sample ${i + 1} of 4: x = (${d.rows[i].join(', ')}), target t = ${d.labels[i]}`;
      await widget.locator('.rule-sample').filter({ hasText: sample }).waitFor();
      const sum = await widget.locator('.rule-sum').textContent();
      assert.ok(sum.endsWith(`= ${shown(z)}, so y = step(z) = ${output}`), sum);
      const line = await widget.locator('.line-text').textContent();
      if (weights[0] !== 0 || weights[1] !== 0) {
        assert.ok(
          line.includes(`w = (${weights.map(shown).join(', ')}), b = ${shown(bias)}`),
          line,
        );
      }
      // The table's predictions are the core's for the weights now in force.
      const ys = await widget.locator('tbody tr td:nth-child(5)').allTextContents();
      assert.deepEqual(
        ys.map(Number),
        d.rows.map((x) => p.predict(x)),
      );
    }
  } finally {
    p.dispose();
  }
  assert.equal(await widget.locator('.counter').textContent(), 'Epoch 0 · sample 4 of 4 next');

  const expected = converge('and', 20);
  const epochButton = widget.getByRole('button', { name: 'Step: one epoch' });
  for (let e = 1; e <= expected.epoch; e++) {
    await epochButton.click();
    await widget
      .locator('.counter')
      .filter({ hasText: `Epoch ${e} ·` })
      .waitFor();
  }
  const status = await widget.locator('.status').textContent();
  assert.match(status, new RegExp(`^Converged after ${expected.epoch} epochs`));
  const line = await widget.locator('.line-text').textContent();
  assert.ok(line.includes(`w = (${expected.w.map(shown).join(', ')}), b = ${shown(expected.b)}`));
  await widget.locator('.goal.solved').filter({ hasText: '✓ Solved: converged after' }).waitFor();
  assert.equal((await page.evaluate(() => window.solved)).length, 1);

  // Another data set is another start: the epoch count goes back to 0.
  await widget.getByText('OR', { exact: true }).click();
  await widget.locator('.counter').filter({ hasText: 'Epoch 0 · sample 1 of 4 next' }).waitFor();
  assert.equal(await widget.getAttribute('dataset'), 'or');
  watcher.assertClean();
  await page.close();
});

test('XOR by keyboard: 100 epochs without converging, then Play and Pause', async () => {
  const { page, watcher, widget } = await openPerceptron('');
  // The data-set pills are radio buttons: the arrow keys pick XOR.
  await widget.getByRole('radio', { name: 'AND' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await widget.getByRole('img', { name: /^The four XOR points/ }).waitFor();
  assert.equal(await widget.getAttribute('dataset'), 'xor');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(
    () => document.querySelector('nn-perceptron').shadowRoot.activeElement?.textContent,
  );
  assert.equal(focused, 'Step: one epoch');
  for (let i = 0; i < 100; i++) await page.keyboard.press('Enter');
  await widget.locator('.counter').filter({ hasText: 'Epoch 100 ·' }).waitFor();
  const status = await widget.locator('.status').textContent();
  assert.match(status, /^Not converging: no straight line separates these points\./);
  const expected = converge('xor', 100);
  assert.equal(expected.epoch, null);
  const line = await widget.locator('.line-text').textContent();
  const none = expected.w[0] === 0 && expected.w[1] === 0;
  const words = none ? 'No line yet' : `w = (${expected.w.map(shown).join(', ')})`;
  assert.ok(line.includes(words) && line.includes(shown(expected.b)), line);

  await page.keyboard.press('Tab');
  const play = widget.getByRole('button', { name: 'Play' });
  assert.equal(await play.getAttribute('aria-pressed'), 'false');
  await page.keyboard.press('Space');
  const pause = widget.getByRole('button', { name: 'Pause' });
  assert.equal(await pause.getAttribute('aria-pressed'), 'true');
  await widget.locator('.counter').filter({ hasText: 'Epoch 102 ·' }).waitFor();
  await page.keyboard.press('Space');
  await play.waitFor();
  // The last epoch played may still be on its way to the screen: let a frame pass first.
  await afterFrames(page);
  const stopped = await widget.locator('.counter').textContent();
  await quietFor(page, 1200); // playing, two epochs would pass in it
  assert.equal(await widget.locator('.counter').textContent(), stopped);
  watcher.assertClean();
  await page.close();
});

test('a step pressed in the same frame as a data-set change trains the new data set', async () => {
  const { page, watcher, widget } = await openPerceptron('');
  // Both happen before the widget draws again: the epoch must count on OR, not be lost.
  await widget.evaluate((w) => {
    w.setAttribute('dataset', 'or');
    const epoch = [...w.shadowRoot.querySelectorAll('button')].find(
      (b) => b.textContent === 'Step: one epoch',
    );
    epoch.click();
  });
  await widget
    .locator('.counter')
    .filter({ hasText: /^Epoch 1 ·/ })
    .waitFor();
  const expected = withPerceptron((p) => {
    const d = truthTable('or');
    p.trainEpoch(d.X, d.labels);
    return { w: p.weights, b: p.bias };
  });
  const line = await widget.locator('.line-text').textContent();
  assert.ok(line.includes(`w = (${expected.w.map(shown).join(', ')})`), line);
  watcher.assertClean();
  await page.close();
});

test('Play pressed in the same frame as a data-set change plays the new data set', async () => {
  const { page, watcher, widget } = await openPerceptron('');
  // The arrow keys on the data sets, then Tab and Space on Play before the next frame (a busy
  // machine): the play must go on, on OR, not be stopped by the new data set's fresh start.
  await widget.evaluate((w) => {
    w.setAttribute('dataset', 'or');
    [...w.shadowRoot.querySelectorAll('button')].find((b) => b.textContent === 'Play').click();
  });
  const expected = converge('or', 20);
  await widget
    .locator('.status')
    .filter({ hasText: new RegExp(`^Converged after ${expected.epoch} epochs`) })
    .waitFor();
  const line = await widget.locator('.line-text').textContent();
  assert.ok(line.includes(lineWords(expected.w, expected.b)), line);
  watcher.assertClean();
  await page.close();
});

test('Play runs one epoch each PLAY_MS of the page clock and stops when OR converges', async (t) => {
  // Playwright's clock belongs to the browser context, which this file's pages share: the test
  // has a browser of its own, so that no other test runs on a clock that stands still.
  const own = { server: site.server, browser: await launchBrowser() };
  t.after(() => own.browser.close());
  const { page, watcher, widget } = await openPerceptron('dataset=or', { on: own, clock: true });
  const expected = converge('or', 20);
  // The clock stands still unless the test moves it: each epoch is counted against the time the
  // page was given, not against how fast this machine happens to run.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const epochShown = async () =>
    Number(/^Epoch (\d+)/.exec(await widget.locator('.counter').textContent())[1]);
  await widget.getByRole('button', { name: 'Play' }).click();
  // Half an interval after Play, then one interval at a time: epoch k is shown between the
  // k-th and the (k + 1)-th tick.
  await page.clock.runFor(PLAY_MS / 2);
  assert.equal(await epochShown(), 0);
  for (let epoch = 1; epoch <= expected.epoch; epoch++) {
    await page.clock.runFor(PLAY_MS);
    assert.equal(await epochShown(), epoch, `after ${epoch + 0.5} intervals`);
  }
  assert.match(
    await widget.locator('.status').textContent(),
    new RegExp(`^Converged after ${expected.epoch} epochs`),
  );
  // Converged, the play has stopped: more time brings no epoch.
  await page.clock.runFor(PLAY_MS * 3);
  assert.equal(await widget.getByRole('button', { name: 'Play' }).count(), 1);
  assert.equal(
    await widget.locator('.counter').textContent(),
    `Epoch ${expected.epoch} · sample 1 of 4 next`,
  );
  watcher.assertClean();
  await page.close();
});

test('drag mode on XOR: keys and the pointer move the line, the core counts, never 0 wrong', async () => {
  const { page, watcher, widget } = await openPerceptron('dataset=xor&mode=drag');
  const counts = [await shownWrong(widget)];
  const handle = widget.getByRole('slider', { name: 'Line handle 1' });
  await handle.focus();
  const moves = [
    ...Array(8).fill('ArrowUp'),
    ...Array(6).fill('Shift+ArrowRight'),
    ...Array(12).fill('ArrowDown'),
    ...Array(5).fill('Shift+ArrowLeft'),
  ];
  for (const key of moves) {
    // The key stores the line in the attributes at once (clamped at the plot's edge, it may
    // leave it where it was); the words follow at the next drawing, which writes that line.
    await page.keyboard.press(key);
    const { weights, bias } = await lineOf(widget);
    await widget
      .locator('.line-text')
      .filter({ hasText: lineWords(weights, bias) })
      .waitFor();
    const count = wrongCount('xor', weights, bias);
    assert.equal(await shownWrong(widget), count);
    counts.push(count);
  }
  assert.ok(Math.min(...counts) >= 1, `XOR reached ${Math.min(...counts)} wrong`);
  assert.ok(new Set(counts).size >= 2, `the count never changed: ${counts}`);
  assert.match(await handle.getAttribute('aria-valuetext'), /^x₁ [−\d.]+, x₂ [−\d.]+;/);

  // The second handle, dragged with the pointer.
  const before = await widget.getAttribute('weights');
  const box = await widget.getByRole('slider', { name: 'Line handle 2' }).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 40, box.y - 90, { steps: 6 });
  await page.mouse.up();
  assert.notEqual(await widget.getAttribute('weights'), before);
  const { weights, bias } = await lineOf(widget);
  await widget
    .locator('.line-text')
    .filter({ hasText: lineWords(weights, bias) })
    .waitFor();
  const count = wrongCount('xor', weights, bias);
  assert.equal(await shownWrong(widget), count);
  assert.ok(count >= 1);
  watcher.assertClean();
  await page.close();
});

test('drag mode on AND: the reader separates the points by keyboard and the goal is met', async () => {
  const { page, watcher, widget } = await openPerceptron('dataset=and&mode=drag&goal=separate');
  await widget.locator('.goal').filter({ hasText: 'Goal: place the line' }).waitFor();
  await widget.getByRole('slider', { name: 'Line handle 1' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await widget.getByRole('slider', { name: 'Line handle 2' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowUp');
  await widget.locator('.goal.solved').filter({ hasText: '✓ Solved' }).waitFor();
  const { weights, bias } = await lineOf(widget);
  assert.equal(wrongCount('and', weights, bias), 0);
  assert.equal(await shownWrong(widget), 0);
  assert.equal((await page.evaluate(() => window.solved)).length, 1);
  assert.match(await widget.evaluate((element) => element.embedCode()), /mode="drag"/);

  // Swapping the sides keeps the line and gets every point wrong.
  await widget.getByRole('button', { name: 'Swap the sides' }).click();
  await widget.locator('.status').filter({ hasText: '4 points of 4' }).waitFor();
  const swapped = await lineOf(widget);
  assert.deepEqual(
    swapped.weights,
    weights.map((w) => -w || 0),
  );
  assert.equal(wrongCount('and', swapped.weights, swapped.bias), 4);
  watcher.assertClean();
  await page.close();
});

test('drag mode: a swap in the same frame as a key move swaps the line just moved', async () => {
  const { page, watcher, widget } = await openPerceptron('dataset=and&mode=drag');
  // An arrow key on a handle, then Tab and Enter on "Swap the sides" before the next frame (a
  // busy machine): the swap must turn the line the key made, not the one drawn before it.
  const moved = await widget.evaluate((element) => {
    const root = element.shadowRoot;
    const handle = root.querySelector('[aria-label="Line handle 1"]');
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', shiftKey: true }));
    const line = { weights: element.getAttribute('weights'), bias: element.getAttribute('bias') };
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Swap the sides').click();
    return line;
  });
  const swapped = await lineOf(widget);
  assert.deepEqual(
    swapped.weights,
    moved.weights.split(',').map((w) => -Number(w) || 0),
  );
  assert.equal(swapped.bias, -Number(moved.bias) || 0);
  await widget
    .locator('.line-text')
    .filter({ hasText: lineWords(swapped.weights, swapped.bias) })
    .waitFor();
  watcher.assertClean();
  await page.close();
});

test('the line glides between epochs, and jumps when the reader asks for less motion', async () => {
  for (const [motion, duration] of [
    ['no-preference', '0.35s'],
    ['reduce', '0s'],
  ]) {
    const page = await site.browser.context.newPage();
    const watcher = await watchPage(page);
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto(`${site.server.url}embed/?widget=nn-perceptron`);
    const boundary = page.locator('nn-perceptron').locator('.boundary');
    await boundary.waitFor({ state: 'attached' });
    const shown = await boundary.evaluate((node) => getComputedStyle(node).transitionDuration);
    assert.equal(shown, duration, motion);
    watcher.assertClean();
    await page.close();
  }
});

test('bad attributes are named in an alert and the widget keeps working', async () => {
  const { page, watcher, widget } = await openPerceptron('dataset=xr&learning-rate=0');
  const alert = widget.getByRole('alert');
  await alert
    .filter({ hasText: 'dataset="xr": expected one of and, or, xor (did you mean' })
    .waitFor();
  await alert
    .filter({ hasText: 'learning-rate="0": expected a number between 0.001 and 10' })
    .waitFor();
  await widget.getByRole('button', { name: 'Step: one epoch' }).click();
  await widget.locator('.counter').filter({ hasText: 'Epoch 1 ·' }).waitFor();
  watcher.assertClean();
  await page.close();
});

test('axe and screenshots: training and dragging, desktop and a 375 px phone', async () => {
  for (const [name, query, steps] of [
    ['nn-perceptron', 'dataset=and&goal=converge', 6],
    ['nn-perceptron-drag', 'dataset=xor&mode=drag', 0],
  ]) {
    const { page, watcher, widget } = await openPerceptron(query);
    for (let i = 0; i < steps; i++) {
      await widget.getByRole('button', { name: 'Step: one sample' }).click();
    }
    await page.setViewportSize({ width: 375, height: 740 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
    assert.deepEqual(await axeProblems(page, site), [], 'axe');
    // The line glides (a CSS transition): the picture is taken where it ends.
    await widget.evaluate((element) =>
      Promise.all(element.shadowRoot.getAnimations().map((animation) => animation.finished)),
    );
    await screenshot(page, name);
    watcher.assertClean();
    await page.close();
  }
});
