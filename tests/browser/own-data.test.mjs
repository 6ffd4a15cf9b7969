// <nn-trainer> with the reader's own data, features and shared weights, used by mouse and
// keyboard: a CSV pasted (and one of 10 MB refused before it lands), a bad CSV named by line
// and column, a file uploaded, a formula that trains and survives a reload of the lesson page, a
// hostile formula refused, features that change the diagram and let one hidden neuron solve the
// circle, and a shared link that opens the same network bit for bit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, watchPage } from './harness.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const LESSON = 'lessons/11-modern-tools/';

/** <nn-trainer> alone on the embed page with `query`, drawn at epoch 0. */
function openTrainer(query = '') {
  return openWidget(site, 'nn-trainer', query, (widget) =>
    widget
      .locator('.readout')
      .filter({ hasText: /^Epoch 0 · loss/ })
      .waitFor(),
  );
}

/** Lesson 11 at `url` (or its plain address) in a new page, its first trainer drawn. */
async function openLesson(url = `${site.server.url}${LESSON}`, { models = false } = {}) {
  const page = await site.browser.context.newPage();
  if (models) await recordModels(page);
  const watcher = await watchPage(page);
  await page.goto(url);
  // The spiral3 trainer, the page's second (trainer-2 in the address; by place, as its data set
  // changes): the first shows the vanishing gradient.
  const widget = page.locator('nn-trainer').nth(1);
  await widget.scrollIntoViewIfNeeded();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch \d+ · loss/ })
    .waitFor();
  return { page, watcher, widget };
}

const readout = (widget) => widget.locator('.readout').textContent();
const accuracyOf = (text) => Number(/accuracy ([\d.]+)%/.exec(text)[1]);

/** Waits until the readout says epoch `epoch` or later (looked at in every frame). */
async function untilEpoch(widget, epoch) {
  await widget.page().waitForFunction(
    ([element, least]) => {
      const text = element.shadowRoot.querySelector('.readout').textContent;
      return Number(/^Epoch (\d+)/.exec(text)?.[1] ?? -1) >= least;
    },
    [await widget.elementHandle(), epoch],
    { polling: 'raf', timeout: 90000 },
  );
}

/** Plays until the readout's accuracy reaches `least` percent (looked at in every frame). */
async function playUntilAccuracy(widget, least, timeout = 90000) {
  await widget.getByRole('button', { name: 'Play' }).click();
  await widget.page().waitForFunction(
    ([element, percent]) => {
      const text = element.shadowRoot.querySelector('.readout').textContent;
      return Number(/accuracy ([\d.]+)%/.exec(text)?.[1] ?? -1) >= percent;
    },
    [await widget.elementHandle(), least],
    { polling: 'raf', timeout },
  );
  await widget.getByRole('button', { name: 'Pause' }).click();
}

/** A separable CSV: x₁ + x₂ > 0 is class 1, on a 10 × 5 grid, with a header and semicolons. */
function gridCsv() {
  const lines = ['x1;x2;class'];
  for (let i = 0; i < 50; i++) {
    const [a, b] = [(i % 10) / 5 - 0.9, Math.floor(i / 10) / 2.5 - 0.8];
    lines.push(`${a.toFixed(2)};${b.toFixed(2)};${a + b > 0 ? 1 : 0}`);
  }
  return lines.join('\n');
}

/** Puts text on the clipboard and pastes it into the CSV box with the keyboard. */
async function pasteCsv(page, widget, text) {
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url,
  });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await widget.locator('#csv').click();
  await page.keyboard.press('ControlOrMeta+V');
}

test('a pasted CSV trains; a bad one is named by line and column and the data stays', async () => {
  const { page, watcher, widget } = await openTrainer();
  await pasteCsv(page, widget, gridCsv());
  await widget.getByRole('button', { name: 'Use this CSV' }).click();
  await widget
    .locator('#csv-message')
    .filter({ hasText: 'Training on 50 rows, 2 classes.' })
    .waitFor();
  assert.equal(await widget.getAttribute('dataset'), 'csv');
  assert.match(await widget.getAttribute('csv'), /^-0\.9 -0\.8 0 -0\.7 -0\.8 0 /);
  await widget.locator('.count').filter({ hasText: '50 training points' }).waitFor();
  await playUntilAccuracy(widget, 100);

  // A bad CSV, typed: line 3 has text where x₂ goes. The 50 rows stay.
  const box = widget.locator('#csv');
  await box.fill('');
  await box.pressSequentially('1,2,0\n0,1,1\n3,abc,1\n');
  await widget.getByRole('button', { name: 'Use this CSV' }).click();
  const message = widget.locator('#csv-message');
  await message.filter({ hasText: 'line 3, column 2 (x₂): "abc" is not a number' }).waitFor();
  assert.match(await message.textContent(), /The data set stays as it was\.$/);
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  await afterFrames(page, 2);
  assert.equal(await widget.locator('.count').textContent(), '50 training points');
  assert.match(await widget.getAttribute('csv'), /^-0\.9 -0\.8 0 /);

  // One class only, then 10 MB pasted: refused before it lands in the box.
  await box.fill('1,2,1\n3,4,1\n');
  await widget.getByRole('button', { name: 'Use this CSV' }).click();
  await message.filter({ hasText: 'Every row is class 1: a data set needs two classes' }).waitFor();
  await box.fill('');
  await pasteCsv(page, widget, '0.5,0.5,1\n'.repeat(1_000_000));
  await message
    .filter({ hasText: 'The pasted text not used: it has 10,000,000 characters' })
    .waitFor();
  assert.equal(await box.inputValue(), '');
  // Under the characters, over the lines: a million blank lines would freeze the page's layout.
  await pasteCsv(page, widget, `0,0,1\n1,1,0\n${'\n'.repeat(900_000)}`);
  await message.filter({ hasText: 'The pasted text not used: it has 900,003 lines;' }).waitFor();
  assert.equal(await box.inputValue(), '');
  watcher.assertClean();
  await page.close();
});

test('an uploaded CSV file is used; one too long for a link is kept and offered as a file', async () => {
  const { page, watcher, widget } = await openTrainer();
  const upload = async (name, text) => {
    const chooser = page.waitForEvent('filechooser');
    await widget.locator('#csv-file').click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  };
  await upload('grid.csv', gridCsv().replace(/;/g, '\t'));
  await widget.locator('#csv-message').filter({ hasText: 'Training on 50 rows' }).waitFor();
  assert.equal(await widget.getAttribute('dataset'), 'csv');
  await widget.locator('.count').filter({ hasText: '50 training points' }).waitFor();

  // 3,000 rows of long numbers: more than a link carries.
  const rows = Array.from({ length: 3000 }, (_, i) => {
    const [a, b] = [Math.sin(i) * 0.987654321, Math.cos(i * 1.3) * 0.123456789];
    return `${a},${b},${a > b ? 1 : 0}`;
  });
  await upload('long.csv', rows.join('\n'));
  const message = widget.locator('#csv-message');
  await message.filter({ hasText: 'Too long for a link or embed code' }).waitFor();
  assert.match(await message.textContent(), /^Training on 3,000 rows, 2 classes\./);
  assert.equal(await widget.getAttribute('csv'), null);
  await widget.locator('.count').filter({ hasText: '3000 training points' }).waitFor();
  const download = page.waitForEvent('download');
  await widget.getByRole('link', { name: 'Download the data as a CSV file' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  assert.equal(lines.length, 3001);
  assert.equal(lines[1], rows[0]);

  // Shared now, the network goes without its data: the reader is told so.
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url,
  });
  await widget.getByRole('button', { name: 'Share this model' }).click();
  await widget
    .locator('.share .message')
    .filter({ hasText: /The data is not in it \(too long for a link\): download it above/ })
    .waitFor();

  // Two rows and 490,000 line breaks: refused, and not written into the box either.
  const shown = await widget.locator('#csv').inputValue();
  await upload('blank.csv', `0,0,1\r\n1,1,0\r\n${'\r\n'.repeat(490_000)}`);
  await message
    .filter({ hasText: /^The file blank\.csv not used: it has 490,003 lines; at most/ })
    .waitFor();
  assert.equal(await widget.locator('#csv').inputValue(), shown);
  await widget.locator('.count').filter({ hasText: '3000 training points' }).waitFor();
  watcher.assertClean();
  await page.close();
});

test('a formula data set trains, survives a reload, and a hostile formula is refused', async () => {
  const { page, watcher, widget } = await openLesson();
  const field = widget.locator('#formula');
  await field.fill('x2 > sin(3*x1)');
  await field.press('Enter');
  await page.waitForFunction(() =>
    location.hash.includes('trainer-2.formula=x2+%3E+sin%283*x1%29'),
  );
  assert.match(decodeURIComponent(new URL(page.url()).hash), /trainer-2\.dataset=formula/);
  await widget.locator('.count').filter({ hasText: '300 training points' }).waitFor();
  const before = await readout(widget);
  assert.match(before, /^Epoch 0 · loss/);
  await playUntilAccuracy(widget, 90);

  await page.reload();
  await widget.scrollIntoViewIfNeeded();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 · loss/ })
    .waitFor();
  assert.equal(await readout(widget), before, 'the same points and first weights after a reload');
  assert.equal(await widget.locator('#formula').inputValue(), 'x2 > sin(3*x1)');
  assert.equal(await widget.locator('#dataset').inputValue(), 'formula');

  for (const [hostile, words] of [
    ['constructor > 0', 'column 1: unknown name "constructor"'],
    ['x1 > __proto__', 'column 6: unknown name "__proto__"'],
    ['x1 > (x2', 'column 9: expected ")" but found the end'],
    ['sqrt(-1 - x1*x1)', 'NaN (not a number) almost everywhere'],
    ['x1 > 5', 'false (class 0) at all 300 points'],
  ]) {
    await field.fill(hostile);
    await field.press('Enter');
    await widget.locator('#formula-message').filter({ hasText: words }).waitFor();
    assert.equal(await widget.getAttribute('formula'), 'x2 > sin(3*x1)', hostile);
  }
  await afterFrames(page, 2);
  assert.equal(await readout(widget), before, 'the data set stayed');
  watcher.assertClean();
  await page.close();
});

test('features change the diagram, and x₁², x₂² let one hidden neuron solve the circle', async () => {
  const { page, watcher, widget } = await openTrainer(
    'dataset=formula&samples=200&hidden-layers=1&learning-rate=1&speed=fast',
  );
  const labels = () =>
    widget.evaluate((element) =>
      [...element.shadowRoot.querySelectorAll('.diagram text')]
        .map((t) => t.textContent)
        .filter(Boolean)
        .join(' '),
    );
  assert.equal(await labels(), 'x₁ x₂ ŷ');
  // On x₁ and x₂, one hidden neuron draws one straight line: 300 epochs leave it far from 100%.
  await widget.getByRole('button', { name: 'Play' }).click();
  await untilEpoch(widget, 300);
  await widget.getByRole('button', { name: 'Pause' }).click();
  const straight = accuracyOf(await readout(widget));
  assert.ok(straight < 80, `one line on x₁, x₂: ${straight}%`);
  await widget.getByRole('checkbox', { name: 'x₁²' }).check();
  await widget.getByRole('checkbox', { name: 'x₂²' }).check();
  await widget.getByRole('checkbox', { name: 'x₁', exact: true }).uncheck();
  await widget.getByRole('checkbox', { name: 'x₂', exact: true }).uncheck();
  assert.equal(await widget.getAttribute('features'), 'x1^2 x2^2');
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 · loss/ })
    .waitFor();
  assert.equal(await labels(), 'x₁² x₂² ŷ');
  await playUntilAccuracy(widget, 100);
  await screenshot(page, 'nn-trainer-features');
  watcher.assertClean();
  await page.close();
});

/** Keeps the last 'nn-model' of the page's second trainer in window.lastModel, from the start. */
async function recordModels(page) {
  await page.addInitScript(() => {
    document.addEventListener('nn-model', (event) => {
      if (event.target === document.querySelectorAll('nn-trainer')[1])
        window.lastModel = event.detail.model;
    });
  });
}

/** The boundary's cells as drawn (RGBA bytes), once two reads 5 frames apart agree. */
async function boundaryCells(widget) {
  const read = () =>
    widget.evaluate((element) => {
      const canvas = element.shadowRoot.querySelector('canvas.cells');
      const ctx = canvas.getContext('2d');
      return Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data).join();
    });
  let [before, now] = ['', await read()];
  while (now !== before) {
    await afterFrames(widget.page(), 5);
    [before, now] = [now, await read()];
  }
  return now;
}

test('a shared link opens the trained network bit for bit; a cut one is refused', async () => {
  const { page, watcher, widget } = await openLesson(undefined, { models: true });
  await widget.getByRole('button', { name: 'Play' }).click();
  await untilEpoch(widget, 30);
  await widget.getByRole('button', { name: 'Pause' }).click();
  const trained = await readout(widget);
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url,
  });
  await widget.getByRole('button', { name: 'Share this model' }).click();
  const status = widget.locator('.share .message');
  await status.filter({ hasText: /^Link with the weights copied \(\d+ characters\)\.$/ }).waitFor();
  assert.equal(await readout(widget), trained, 'sharing changes nothing in the run');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  const weights = new URLSearchParams(new URL(link).hash.slice(1)).get('trainer-2.weights');
  // 2 inputs, 16, 16, 3 outputs: 2·16+16 + 16·16+16 + 16·3+3 = 371 float64s in base64url.
  assert.equal(weights.length, '2x16x16x3.'.length + Math.ceil((371 * 8 * 4) / 3));
  const model = await page.evaluate(() => JSON.stringify(window.lastModel));
  const cells = await boundaryCells(widget);

  const shared = await openLesson(link, { models: true });
  const [other, opened] = [shared.page, shared.widget];
  await other.waitForFunction(() => window.lastModel);
  assert.equal(await other.evaluate(() => JSON.stringify(window.lastModel)), model, 'bit for bit');
  // (Not the readouts: with batches of 10, a pause mid-epoch leaves the weights some steps past
  // the epoch the first page's readout measured; the link's page measures them as they are.)
  assert.equal(await boundaryCells(opened), cells, 'the same boundary');

  // A link whose weights lost characters: named, and the seeded weights are used.
  const cut = link.replace(/(trainer-2\.weights=[^&]*)[A-Za-z0-9_-]{4}/, '$1');
  await other.goto('about:blank');
  await other.goto(cut); // a new document: the widget starts from the link
  const refused = other.locator('nn-trainer').nth(1);
  await refused.scrollIntoViewIfNeeded();
  await refused
    .locator('.alerts')
    .filter({
      hasText:
        /weights="2x16x16x3\.[^"]*": shape 2, 16, 16, 3 has 371 parameters, 3958 characters after the "\."; this has 3954/,
    })
    .waitFor();
  // A new seed draws new first weights: the shared ones are dropped from the attributes.
  await widget.getByRole('button', { name: 'Next seed' }).click();
  assert.equal(await widget.getAttribute('weights'), null);
  assert.equal(await widget.getAttribute('seed'), '2');
  watcher.assertClean();
  shared.watcher.assertClean();
  await page.close();
  await other.close();
});

test("lesson 11's features section: on x₁², x₂² one hidden neuron reaches 100% at epoch 27", async () => {
  const { page, watcher } = await openLesson();
  const widget = page.locator('nn-trainer[dataset="circle"][hidden-layers="1"]');
  await widget.scrollIntoViewIfNeeded();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 · loss/ })
    .waitFor();
  await widget.getByRole('checkbox', { name: 'x₁²' }).check();
  await widget.getByRole('checkbox', { name: 'x₂²' }).check();
  await widget.getByRole('checkbox', { name: 'x₁', exact: true }).uncheck();
  await widget.getByRole('checkbox', { name: 'x₂', exact: true }).uncheck();
  const step = widget.getByRole('button', { name: 'Step' });
  const accuracies = [];
  for (let epoch = 1; epoch <= 27; epoch++) {
    await step.click();
    await widget
      .locator('.readout')
      .filter({ hasText: new RegExp(`^Epoch ${epoch} · `) })
      .waitFor();
    accuracies.push(accuracyOf(await readout(widget)));
  }
  assert.equal(accuracies[26], 100);
  assert.ok(
    accuracies.slice(0, 26).every((a) => a < 100),
    accuracies.join(),
  );
  watcher.assertClean();
  await page.close();
});
