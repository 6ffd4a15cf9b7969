// <nn-trainer>'s timeline and training health, used by mouse and keyboard: the timeline scrubbed
// back shows that epoch's numbers (the core's, redone in node) and the same boundary and weights
// as a second page stepped straight to it; "Train on from here" goes on with the numbers of an
// uninterrupted run; a deep sigmoid network shows its gradient vanishing in the bars; Reset
// keeps the ended run as a ghost curve; a ReLU network whose biases a learning rate of 3 drives
// below what its inputs reach shows its dead units. Screenshots at 1280 and 375 px of the
// timeline and of the health advice. (A learning rate of 100 explained with its numbers is in
// nn-trainer.test.mjs.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { showSignificant } from '../../web/src/widgets/shared/significant.js';
import { core, coreNetwork } from './core-network.mjs';
import { screenshot, watchPage } from './harness.mjs';
import { epochOf, readout, untilEpoch } from './trainer-readout.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

// Minibatches of 10 with Adam: the next epoch reads the moments, the step count and the order.
const RUN = { samples: 100, noise: 0.1, hidden: [6], rate: 0.03, batch: 10 };
const QUERY =
  `dataset=circle&samples=${RUN.samples}&noise=${RUN.noise}&hidden-layers=${RUN.hidden}` +
  `&activation=tanh&optimizer=adam&learning-rate=${RUN.rate}&batch-size=${RUN.batch}&speed=slow`;

const open = (query) =>
  openWidget(site, 'nn-trainer', query, (w) =>
    w
      .locator('.readout')
      .filter({ hasText: /^Epoch 0 · loss/ })
      .waitFor(),
  );

/** The readout the core gives after `epochs` uninterrupted epochs of RUN, seed 1. */
function expected(epochs) {
  const { net, data } = coreNetwork(core, {
    shape: [2, ...RUN.hidden, 1],
    hidden: 'tanh',
    loss: 'bce',
    seed: 1,
    dataset: 'circle',
    data: { samples: RUN.samples, noise: RUN.noise, testFraction: 0, seed: 1 },
  });
  const options = { optimizer: 'adam', learningRate: RUN.rate, l2: 0, batchSize: RUN.batch };
  const trainer = core.createTrainer(net, data, { ...options, seed: 1 });
  if (epochs > 0) trainer.train(epochs);
  const { loss } = trainer.evaluate();
  trainer.dispose();
  net.dispose();
  return `Epoch ${epochs} · loss ${showSignificant(loss, 3)}`;
}

/** What the page shows of the weights: the boundary's pixels and the weights table. */
async function picture(widget) {
  const details = widget.locator('details.weights');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await afterFrames(widget.page(), 8);
  return widget.evaluate((element) => ({
    boundary: element.shadowRoot.querySelector('.boundary canvas').toDataURL(),
    weights: element.shadowRoot.querySelector('details.weights tbody').textContent,
  }));
}

async function pauseAfter(widget, epoch) {
  await untilEpoch(widget, epoch);
  await widget.getByRole('button', { name: 'Pause' }).click();
  return readout(widget);
}

test('the timeline goes back to epoch 5 and trains on as an uninterrupted run', async () => {
  const { page, watcher, widget } = await open(QUERY);
  await widget.getByRole('button', { name: 'Play' }).click();
  const stopped = await pauseAfter(widget, 12);
  const latest = epochOf(stopped);
  assert.ok(stopped.startsWith(expected(latest)), `${stopped} against ${expected(latest)}`);
  const atLatest = await picture(widget);

  // Keyboard: Home goes to epoch 0, five right arrows to epoch 5 (every epoch is kept so far).
  const timeline = widget.getByRole('slider', { name: 'timeline' });
  await timeline.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await widget
    .locator('.timeline output')
    .filter({ hasText: `epoch 5 of ${latest}` })
    .waitFor();
  assert.equal(await timeline.getAttribute('aria-valuetext'), `epoch 5 of ${latest}`);
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 5 · / })
    .waitFor();
  assert.ok((await readout(widget)).startsWith(expected(5)), await readout(widget));
  const back = await picture(widget);
  assert.notEqual(back.boundary, atLatest.boundary, 'the boundary did not go back');
  assert.notEqual(back.weights, atLatest.weights, 'the weights did not go back');

  // A second page stepped straight to epoch 5 shows the same boundary and weights.
  const second = await open(QUERY);
  for (let e = 1; e <= 5; e++) {
    await second.widget.getByRole('button', { name: 'Step' }).click();
    await second.widget
      .locator('.readout')
      .filter({ hasText: new RegExp(`^Epoch ${e} · `) })
      .waitFor();
  }
  const straight = await picture(second.widget);
  assert.equal(straight.weights, back.weights);
  assert.equal(straight.boundary, back.boundary);
  await second.page.close();

  // Forward again by mouse: the End of the range is the latest epoch, as it was.
  await timeline.focus();
  await page.keyboard.press('End');
  await widget
    .locator('.readout')
    .filter({ hasText: new RegExp(`^Epoch ${latest} · `) })
    .waitFor();
  assert.equal((await picture(widget)).boundary, atLatest.boundary);

  // Back to 5, then "Train on from here": the numbers of an uninterrupted run at each epoch.
  await timeline.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await widget.getByRole('button', { name: 'Train on from here' }).click();
  const after = await pauseAfter(widget, 9);
  assert.ok(after.startsWith(expected(epochOf(after))), `${after}`);
  assert.ok(await widget.getByRole('button', { name: 'Train on from here' }).isDisabled());
  await screenshot(page, 'nn-trainer-timeline');
  watcher.assertClean();
  await page.close();
});

/** The health panel's bar widths (percent) and unit words, layer by layer. */
async function bars(widget) {
  await widget.locator('.health-layers li').first().waitFor();
  return widget.evaluate((element) =>
    [...element.shadowRoot.querySelectorAll('.health-layers li')].map((li) => ({
      width: parseFloat(li.querySelector('.bar').style.getPropertyValue('--share')),
      units: li.querySelector('.units').textContent,
    })),
  );
}

test('a deep sigmoid network shows its gradient vanishing in the bars (lesson 11)', async () => {
  // Lesson 11's trainer: its prose quotes 0.00081 for layer 1 and 0.12 for the output layer.
  const { page, watcher, widget } = await open(
    'dataset=circle&samples=200&hidden-layers=8,8,8,8&activation=sigmoid&learning-rate=0.3',
  );
  const advice = widget.locator('.health .advice');
  await advice.filter({ hasText: 'The gradient vanishes on its way back' }).waitFor();
  assert.match(
    await advice.textContent(),
    /at layer 1 it is 0\.00081, more than 10² times smaller than the output layer's 0\.12/,
  );
  assert.match(await advice.textContent(), /Why: Lesson 11, Modern tools\./);
  const shown = await bars(widget);
  assert.equal(shown.length, 5);
  for (let l = 0; l + 2 < shown.length; l++) assert.ok(shown[l].width < shown[l + 1].width);
  const values = await widget.locator('.health-layers .value').allTextContents();
  assert.deepEqual([values[0], values[4]], ['0.00081', '0.12']);
  await screenshot(page, 'nn-trainer-health');
  watcher.assertClean();
  await page.close();
});

test('Reset keeps the run that ended as a dashed ghost, its settings named', async () => {
  const { page, watcher, widget } = await open(QUERY);
  assert.equal(await widget.locator('.compare').textContent(), '');
  const lossChart = () =>
    widget.evaluate((e) => e.shadowRoot.querySelector('canvas.chart').toDataURL());
  await afterFrames(page, 8);
  const fresh = await lossChart(); // epoch 0, no ghost
  for (let e = 1; e <= 3; e++) {
    await widget.getByRole('button', { name: 'Step' }).click();
    await widget
      .locator('.readout')
      .filter({ hasText: new RegExp(`^Epoch ${e} · `) })
      .waitFor();
  }
  const loss = /loss (\S+)/.exec(await readout(widget))[1];
  await widget.getByRole('button', { name: 'Reset' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 · / })
    .waitFor();
  const caption = widget.locator('.compare');
  await caption.filter({ hasText: 'the previous run' }).waitFor();
  assert.equal(
    await caption.textContent(),
    `Dashed in the loss chart: the previous run (adam, learning rate ${RUN.rate}, tanh 6, seed 1), 3 epochs, loss ${loss} at its end.`,
  );
  // The same epoch 0 as on the fresh page: what the chart draws besides is the ghost.
  await afterFrames(page, 8);
  assert.notEqual(await lossChart(), fresh);
  watcher.assertClean();
  await page.close();
});

test('a ReLU network whose biases a large rate drives below its inputs shows its dead units', async () => {
  // A learning rate of 3 in steps of 10 samples pushes every ReLU's bias below what x W reaches.
  const { page, watcher, widget } = await open(
    'dataset=xor&samples=200&noise=0.1&activation=relu&hidden-layers=8&learning-rate=3&batch-size=10',
  );
  await widget.getByRole('button', { name: 'Play' }).click();
  const advice = widget.locator('.health .advice');
  await advice.filter({ hasText: /\d+ of \d+ hidden units are dead/ }).waitFor({ timeout: 60000 });
  const shown = await bars(widget);
  assert.match(shown[0].units, /^\d+ of \d+ dead$/);
  watcher.assertClean();
  await page.close();
});

test("on lesson 11's page the health advice links the lesson that explains it", async () => {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.url}lessons/11-modern-tools/`);
  const trainer = page.locator(
    'nn-trainer[hidden-layers="8,8,8,8"][activation="sigmoid"][dataset="circle"]',
  );
  await trainer.scrollIntoViewIfNeeded();
  const link = trainer.locator('.health .advice a');
  await link.filter({ hasText: 'Why: Lesson 11, Modern tools.' }).waitFor();
  assert.equal(await link.getAttribute('href'), '../11-modern-tools/');
  assert.equal(await link.evaluate((a) => a.href), `${site.server.url}lessons/11-modern-tools/`);
  await page.close();
});

test("lesson 11's deep sigmoid trainer: advice that goes while it plays stays, greyed, in its place", async () => {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const watcher = await watchPage(page);
  await page.goto(`${site.server.url}lessons/11-modern-tools/`);
  const trainer = page.locator('nn-trainer').first();
  await trainer.scrollIntoViewIfNeeded();
  const advice = trainer.locator('.health .advice');
  // At its first weights the gradient vanishes; a few steps in, the readings show it no more.
  await advice.filter({ hasText: 'The gradient vanishes on its way back' }).waitFor();
  assert.equal(await advice.getAttribute('class'), 'advice');
  const height = () => trainer.evaluate((t) => t.getBoundingClientRect().height);
  const before = await height();
  await trainer.getByRole('button', { name: 'Play' }).click();
  const gone = trainer.locator('.health .advice.gone');
  await gone.waitFor({ timeout: 60000 });
  assert.match(
    await gone.textContent(),
    /^Not in the latest reading: The gradient vanishes on its way back: .* Why: Lesson 11, Modern tools\.$/,
  );
  // The page below stays where it was (the code before hid the paragraph: 85 px less).
  assert.equal(await height(), before);
  await trainer.getByRole('button', { name: 'Pause' }).click();
  assert.equal(await height(), before);
  // Reset: the first weights again, and the advice is about them.
  await trainer.getByRole('button', { name: 'Reset' }).click();
  await trainer
    .locator('.health .advice:not(.gone)')
    .filter({ hasText: /vanishes/ })
    .waitFor();
  watcher.assertClean();
  await page.close();
});

test('past the thinning, the end of the timeline names the live epoch, not the last kept one', async () => {
  const { page, watcher, widget } = await open(QUERY.replace('speed=slow', 'speed=fast'));
  await widget.getByRole('button', { name: 'Play' }).click();
  // Past 64 epochs only every 2nd, 4th, ... epoch is kept, so an odd live epoch never is.
  let live = epochOf(await pauseAfter(widget, 70));
  if (live % 2 === 0) {
    await widget.getByRole('button', { name: 'Step' }).click();
    live += 1;
    await widget
      .locator('.readout')
      .filter({ hasText: new RegExp(`^Epoch ${live} ·`) })
      .waitFor();
  }
  const timeline = widget.getByRole('slider', { name: 'timeline' });
  const label = (text) =>
    widget
      .locator('.timeline output')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .waitFor();
  await label(`epoch ${live}`);
  assert.equal(await timeline.getAttribute('aria-valuetext'), `epoch ${live}`);
  // One kept checkpoint back, then to the end again: the live epoch, where training stopped.
  await timeline.press('ArrowLeft');
  await label(`epoch \\d+ of ${live}`);
  await timeline.press('End');
  await label(`epoch ${live}`);
  assert.equal(await timeline.getAttribute('aria-valuetext'), `epoch ${live}`);
  assert.match(await readout(widget), new RegExp(`^Epoch ${live} ·`));
  watcher.assertClean();
  await page.close();
});
