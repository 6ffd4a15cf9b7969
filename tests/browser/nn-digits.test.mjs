// <nn-digits> in Chromium, used by mouse as a reader would: the digits load when asked, the
// network trains in its worker until the test accuracy passes 90 %, a digit drawn with the
// mouse gets ten bars that add up to 1, a blank pad is refused by name, a confusion-matrix count
// opens its digits; a cut digits file and a missing one each give their message. Screenshots.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitsReady, loadAndTrain } from './digits-widget.mjs';
import { screenshot } from './harness.mjs';
import { afterFrames, axeProblems, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests({ axe: true });
const ready = digitsReady;
const trainOneEpoch = (widget) => loadAndTrain(widget, 1);

/** The test accuracy the readout shows, as a fraction (NaN before the first epoch). */
const testAccuracy = async (widget) =>
  Number(/test ([\d.]+)%/.exec(await widget.locator('.readout').textContent())?.[1] ?? NaN) / 100;

test('trains past 90 % test accuracy, reads a drawn digit and opens a confusion cell', async () => {
  const { page, watcher, widget } = await openWidget(
    site,
    'nn-digits',
    'shape=784-64-10&epochs=4',
    ready,
  );
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click();
  await page.waitForFunction(
    () =>
      /test (\d+\.?\d*)%/.exec(
        document.querySelector('nn-digits').shadowRoot.querySelector('.readout').textContent,
      )?.[1] > 90,
    null,
    { timeout: 120000 },
  );
  assert.ok((await testAccuracy(widget)) > 0.9);

  // Each count is its own layout root (contain: size layout, a fixed height), so a new count lays out
  // only its button; the fixed box still shows the whole count (three digits on the diagonal).
  const counts = await widget.locator('.confusion button').evaluateAll((buttons) =>
    buttons.map((b) => ({
      text: b.textContent,
      contain: getComputedStyle(b).contain,
      cut: b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight,
    })),
  );
  assert.equal(counts.length, 100);
  assert.ok(counts.some((c) => c.text.length === 3));
  assert.deepEqual(
    counts.filter((c) => c.contain !== 'size layout' || c.cut),
    [],
  );

  // A "1" drawn with the mouse: one vertical stroke down the middle of the pad.
  const pad = widget.locator('canvas.pad');
  const box = await pad.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * (0.15 + 0.07 * i));
  await page.mouse.up();
  await widget
    .locator('.verdict')
    .filter({ hasText: /reads a \d|^Unsure: \d/ })
    .waitFor();
  const values = await widget
    .locator('.bar-list meter')
    .evaluateAll((meters) => meters.map((m) => m.value));
  assert.equal(values.length, 10);
  assert.ok(Math.abs(values.reduce((a, b) => a + b, 0) - 1) < 1e-3, `bars add to 1: ${values}`);

  // The 28 x 28 input shows the drawing's ink, and nothing once the pad is cleared.
  const inked = () =>
    widget.locator('canvas.digit.big').evaluate((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, 28, 28);
      return new Set(new Uint32Array(data.buffer)).size > 1;
    });
  assert.equal(await inked(), true);
  await widget.getByRole('button', { name: 'Clear the pad' }).click();
  await widget.locator('.verdict').filter({ hasText: 'Nothing to read yet' }).waitFor();
  assert.equal(await inked(), false, 'the cleared input shows no ink');

  // The count of 0s read as 0: pressing it lists that many digits. While the run trains the
  // matrix is drawn when on screen (off screen, once the run rests): the reader scrolls to it.
  await widget.locator('table.confusion').scrollIntoViewIfNeeded();
  await widget
    .locator('table.confusion caption')
    .filter({ hasText: /after epoch [1-9]/ })
    .waitFor();
  await widget.locator('table.confusion[aria-busy="true"]').waitFor({ state: 'detached' });
  const cell = widget.getByRole('button', { name: /test digits that are 0 read as 0$/ });
  const count = Number(await cell.textContent());
  assert.ok(count > 100, `${count} zeros read right`);
  await cell.click();
  await widget
    .locator('.cell-digits')
    .filter({ hasText: `${count} test digits that are 0, read as 0` })
    .waitFor();
  assert.equal(await widget.locator('.cell-digits .thumb').count(), 20);
  // On a phone-sized window the charts are drawn again at their new width.
  await page.setViewportSize({ width: 375, height: 740 });
  await afterFrames(page, 3);
  const charts = await widget
    .locator('canvas.chart')
    .evaluateAll((list) =>
      list.map((c) => [c.width, Math.round(c.clientWidth * devicePixelRatio)]),
    );
  charts.forEach(([drawn, shown]) => assert.equal(drawn, shown, 'chart drawn at its width'));
  await page.setViewportSize({ width: 1280, height: 800 });
  // The weight pictures are painted once on screen; the full-page picture shows them then.
  await widget.locator('figure.weights').scrollIntoViewIfNeeded();
  await afterFrames(page, 3);
  await screenshot(page, 'nn-digits-trained');
  watcher.assertClean();
  await page.close();
});

test('before the digits load, every confusion-matrix button has a name and the outline skips no level (axe: button-name, heading-order)', async () => {
  const { page, widget } = await openWidget(site, 'nn-digits', '', ready);
  const cell = widget.getByRole('button', {
    name: 'No count yet of test digits that are 4 read as 9',
  });
  assert.equal(await cell.isDisabled(), true);
  const problems = (await axeProblems(page, site)).filter(
    (p) => p.startsWith('button-name') || p.startsWith('heading-order'),
  );
  assert.deepEqual(problems, []);
  await page.close();
});

for (const [what, reply, message, path] of [
  [
    'a cut file',
    async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: body.subarray(0, 100000) });
    },
    /cut short/,
  ],
  ['a missing file', (route) => route.fulfill({ status: 404, body: 'no' }), /answered 404/],
  [
    'no connection',
    (route) => route.abort('internetdisconnected'),
    /the site cannot be reached \(offline\?\)/,
  ],
  [
    'a training worker that cannot start',
    (route) => route.fulfill({ status: 404, body: 'no' }),
    /^The training worker could not start/,
    '**/nl/digits-worker.js',
  ],
]) {
  test(`${what} gives a message and the widget can try again`, async () => {
    const { page, widget } = await openWidget(site, 'nn-digits', 'shape=784-64-10&epochs=1', ready);
    await page.route(path ?? '**/data/digits.bin', reply);
    await widget.getByRole('button', { name: /^Load the digits/ }).click();
    await widget.locator('.status').filter({ hasText: message }).waitFor();
    // Trying again once the trouble is gone trains.
    await page.unrouteAll();
    await trainOneEpoch(widget);
    assert.equal(await widget.locator('.status').textContent(), '');
    await page.close();
  });
}

test('a new try after the worker failed ends that worker', async () => {
  const { page, widget } = await openWidget(site, 'nn-digits', 'shape=784-64-10&epochs=1', ready);
  // The page has its core already; the worker's own load of it fails.
  await page.route('**/nn.wasm', (route) => route.fulfill({ status: 404, body: 'no' }));
  const first = page.waitForEvent('worker');
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  let ended = false;
  (await first).on('close', () => (ended = true));
  await widget.locator('.status').filter({ hasText: /\S/ }).waitFor();
  await page.unrouteAll();
  await trainOneEpoch(widget);
  assert.equal(ended, true, 'the failed worker was ended');
  assert.equal(page.workers().length, 1);
  await page.close();
});

test('mid-epoch, the question on a test digit asks about the reading its bars show', async () => {
  const { page, widget } = await openWidget(site, 'nn-digits', 'epochs=10', ready);
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 1 of 10 / })
    .waitFor({ timeout: 60000 });
  await widget.getByRole('button', { name: 'Pause' }).click();
  await widget.getByRole('button', { name: 'Train' }).waitFor();
  // The gallery lists the digits misread at the end of epoch 1; the network has moved on since.
  // Off screen, it is drawn once the run rests, four pictures a frame.
  await widget
    .locator('.gallery > p')
    .filter({ hasText: /after epoch [1-9]/ })
    .waitFor();
  await widget.locator('.gallery[aria-busy="true"]').waitFor({ state: 'detached' });
  const misread = await widget
    .locator('.gallery .thumb')
    .evaluateAll((list) => list.map((b) => Number(/test digit (\d+)/.exec(b.title)[1])));
  assert.ok(misread.length >= 10, `${misread.length} misread digits listed`);
  const number = widget.getByLabel('Or pick test digit number');
  for (const n of misread.slice(0, 10)) {
    await number.fill(String(n));
    await widget.getByRole('button', { name: 'Read this test digit' }).click();
    const verdict = await widget
      .locator('.verdict')
      .filter({ hasText: new RegExp(`^Test digit ${n} is a `) })
      .textContent();
    const label = Number(/is a (\d)/.exec(verdict)[1]);
    const bars = await widget
      .locator('.bar-list meter')
      .evaluateAll((meters) => meters.map((m) => m.value));
    const reading = bars.indexOf(Math.max(...bars));
    const quiz = widget.locator('.quiz');
    assert.equal(await quiz.isVisible(), reading !== label, `digit ${n}: read ${reading}`);
    if (reading === label) continue;
    await widget.getByLabel('What did it read?').selectOption(String(reading));
    await quiz.getByRole('button', { name: 'Check' }).click();
    await quiz
      .locator('.answer')
      .filter({ hasText: `Yes: it read a ${reading}.` })
      .waitFor();
  }
  await page.close();
});

test('a test digit number out of range, or before the digits load, is named, not ignored', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-digits', 'epochs=1', ready);
  const field = widget.getByLabel('Or pick test digit number');
  const read = widget.getByRole('button', { name: 'Read this test digit' });
  const verdict = widget.locator('.verdict');
  await field.fill('5');
  await read.click();
  await verdict
    .filter({ hasText: 'Load the digits first: the test digits come with them.' })
    .waitFor();
  await trainOneEpoch(widget);
  for (const [typed, said] of [
    ['0', '"0"'],
    ['2001', '"2001"'],
    ['-1', '"-1"'],
    ['1.5', '"1.5"'],
    ['99999999999999999999', '"99999999999999999999"'],
  ]) {
    await field.fill(typed);
    await read.click();
    await verdict
      .filter({
        hasText: `${said} is not a test digit number: expected a whole number from 1 to 2000.`,
      })
      .waitFor();
  }
  // Letters cannot be typed into a number field; set by a script, the field holds no number.
  await field.evaluate((input) => (input.value = 'abc'));
  await read.click();
  await verdict.filter({ hasText: /^That is not a test digit number/ }).waitFor();
  await field.fill('12');
  await read.click();
  await verdict.filter({ hasText: /^Test digit 12 is a \d\./ }).waitFor();
  watcher.assertClean();
  await page.close();
});
