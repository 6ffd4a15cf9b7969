// Lessons 2 to 6 in Chromium, read and done as the text tells the reader to: every number the
// text says a widget will show is checked on the page, each exercise is solved the way its hint
// says (by keyboard where the hint gives keys), a wrong try gets the hint, and a solved exercise
// shows on the home page. Numbers the text takes from longer runs are checked against the core.
// Needs a built site (npm run build:site). Screenshots go to build/screenshots/lesson-NN-*.png.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PerceptronSession } from '../../web/src/widgets/nn-perceptron/session.js';
import { truthTable } from '../../web/src/widgets/shared/truth-table.js';
import { core } from './core-network.mjs';
import { screenshot, watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const SLUGS = [
  '02-activation-functions',
  '03-the-perceptron-learns',
  '04-the-xor-wall',
  '05-two-layers-solve-xor',
  '06-batches-are-matrices',
];

const site = siteForTests();

/** Opens a lesson, watched for errors, with its widgets defined. */
async function openLesson(slug) {
  const page = await site.browser.context.newPage();
  const watch = await watchPage(page);
  await page.goto(`${site.server.url}lessons/${slug}/`, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    const tags = new Set([...document.querySelectorAll('*')].map((e) => e.localName));
    await Promise.all(
      [...tags].filter((t) => t.startsWith('nn-')).map((t) => customElements.whenDefined(t)),
    );
  });
  return { page, watch };
}

/** The widget at `selector`, scrolled on screen (widgets compute only while visible). */
async function widgetAt(page, selector) {
  const widget = page.locator(selector);
  await widget.scrollIntoViewIfNeeded();
  return widget;
}

/** Replaces a text field's value by typing, then Enter, as a reader would. */
async function typeInto(page, field, value) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(value));
  await page.keyboard.press('Enter');
}

/** Epochs until an epoch with no mistakes (null within max), as the widget's session counts. */
function epochsToConverge(dataset, lr, weights, bias, max = 1000) {
  const p = core.createPerceptron({ inputs: 2, learningRate: lr });
  try {
    p.setWeights(weights, bias);
    const session = new PerceptronSession(p, truthTable(core, dataset));
    while (session.convergedAt === null && session.epoch < max) session.stepEpoch();
    return session.convergedAt;
  } finally {
    p.dispose();
  }
}

describe('lesson 2: activation functions', () => {
  test('the slopes the text quotes, and the tanh exercise solved as the hint says', async () => {
    const { page, watch } = await openLesson(SLUGS[0]);
    const compare = await widgetAt(page, 'nn-activation[compare]');
    const numbers = compare.locator('.numbers');
    await numbers.nth(4).filter({ hasText: 'value' }).waitFor();
    const panel = async (i) => (await numbers.nth(i).textContent()).replace(/\s+/g, ' ');
    assert.equal(await panel(1), 'value 0.7311 slope 0.1966'); // sigmoid at z = 1
    assert.equal(await panel(2), 'value 0.7616 slope 0.4200'); // tanh at z = 1

    // By order: picking tanh below changes its activation attribute.
    const single = await widgetAt(page, 'nn-activation >> nth=1');
    const said = single.locator('.numbers');
    await said
      .filter({ hasText: 'sigmoid(2) = 0.8808' })
      .filter({ hasText: 'slope 0.1050' })
      .waitFor();
    await single.getByRole('slider', { name: 'z' }).focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await said
      .filter({ hasText: 'sigmoid(0) = 0.5000' })
      .filter({ hasText: 'slope 0.2500' })
      .waitFor();
    await page.keyboard.press('End');
    await said
      .filter({ hasText: 'sigmoid(6) = 0.9975' })
      .filter({ hasText: 'slope 0.0025' })
      .waitFor();
    await page.keyboard.press('Home');
    await said
      .filter({ hasText: 'sigmoid(−6) = 0.0025' })
      .filter({ hasText: 'slope 0.0025' })
      .waitFor();
    // The hint's crossing: tanh passes 0.9 between z = 1.47 and z = 1.48.
    await single.getByText('tanh', { exact: true }).click();
    for (const [z, value] of [
      ['1.47', '0.8996'],
      ['1.48', '0.9015'],
    ]) {
      await single.evaluate((element, v) => element.setAttribute('z', v), z);
      await said.filter({ hasText: `tanh(${z}) = ${value}` }).waitFor();
    }

    const neuron = await widgetAt(page, '[data-exercise="tanh-above-0-9"]');
    await neuron.locator('.output-value').filter({ hasText: '0.7616' }).waitFor();
    await neuron
      .locator('.goal')
      .filter({ hasText: 'Goal: make the output greater than 0.9.' })
      .waitFor();
    await typeInto(page, neuron.getByRole('textbox', { name: 'bias b' }), '0.5');
    await neuron.locator('.output-value').filter({ hasText: '0.9051' }).waitFor();
    await neuron.locator('.goal.solved').filter({ hasText: '✓ Solved' }).waitFor();
    await screenshot(page, 'lesson-02');
    watch.assertClean();
    await page.close();
  });
});

describe('lesson 3: the perceptron learns', () => {
  test('the first epoch as walked through, AND after 6 epochs, OR after 4', async () => {
    const { page, watch } = await openLesson(SLUGS[1]);
    // By order: switching to OR below changes its dataset attribute.
    const widget = await widgetAt(page, 'nn-perceptron >> nth=0');
    const line = widget.locator('.line-text');
    const sample = widget.getByRole('button', { name: 'Step: one sample' });
    await widget.locator('.rule-sample').filter({ hasText: 'Next: sample 1 of 4' }).waitFor();
    await sample.click();
    await widget.locator('.rule-bias').filter({ hasText: '= 0 + 0.5·(0 − 1) = −0.5' }).waitFor();
    for (let i = 0; i < 3; i++) await sample.click();
    await widget.locator('.rule-weights').filter({ hasText: '= (0.5, 0.5)' }).waitFor();
    await line.filter({ hasText: 'w = (0.5, 0.5), b = 0' }).waitFor();
    assert.equal(await widget.locator('.status').textContent(), 'The last epoch had 2 mistakes.');

    const epoch = widget.getByRole('button', { name: 'Step: one epoch' });
    for (let e = 2; e <= 6; e++) {
      assert.doesNotMatch(await widget.locator('.status').textContent(), /^Converged/);
      await epoch.click();
      await widget
        .locator('.counter')
        .filter({ hasText: `Epoch ${e} ·` })
        .waitFor();
    }
    assert.match(await widget.locator('.status').textContent(), /^Converged after 6 epochs/);
    await line.filter({ hasText: 'w = (1, 0.5), b = −1.5' }).waitFor();
    const lastRow = await widget.locator('tbody tr').nth(3).locator('td').allTextContents();
    assert.deepEqual(lastRow.slice(3), ['0', '1', '✓ right']); // (1, 1): z = 0, y = 1

    await widget.getByText('OR', { exact: true }).click();
    await widget.locator('.counter').filter({ hasText: 'Epoch 0 ·' }).waitFor();
    for (let e = 1; e <= 4; e++) await epoch.click();
    await widget
      .locator('.status')
      .filter({ hasText: /^Converged after 4 epochs/ })
      .waitFor();
    await line.filter({ hasText: 'w = (0.5, 0.5), b = −0.5' }).waitFor();
    watch.assertClean();
    await page.close();
  });

  test('the exercise: 100 epochs at 0.01 are not enough, 0.6 converges after 5', async () => {
    // The hint's counts, from the core with the widget's own epoch counting.
    const start = [[-1, -1], 0.5];
    assert.equal(epochsToConverge('or', 0.01, ...start), 164);
    assert.equal(epochsToConverge('or', 0.1, ...start), 23);
    assert.equal(epochsToConverge('or', 0.6, ...start), 5);
    for (const lr of [1, 2, 5, 10]) assert.equal(epochsToConverge('or', lr, ...start), 6);

    const { page, watch } = await openLesson(SLUGS[1]);
    const widget = await widgetAt(page, '[data-exercise="or-fast"]');
    const epoch = widget.getByRole('button', { name: 'Step: one epoch' });
    await widget.locator('.goal').filter({ hasText: 'Goal: train the perceptron' }).waitFor();
    for (let e = 0; e < 100; e++) await epoch.click();
    await widget.locator('.counter').filter({ hasText: 'Epoch 100 ·' }).waitFor();
    assert.match(await widget.locator('.status').textContent(), /^Not converged after 100 epochs/);
    assert.equal(await widget.locator('.goal.solved').count(), 0);

    await widget.getByRole('button', { name: 'Reset' }).click();
    await typeInto(page, widget.getByRole('textbox', { name: 'learning rate' }), '0.6');
    await widget.locator('.rule-weights').filter({ hasText: 'lr = 0.6' }).waitFor();
    for (let e = 1; e <= 4; e++) await epoch.click();
    await widget.locator('.counter').filter({ hasText: 'Epoch 4 ·' }).waitFor();
    assert.equal(await widget.locator('.goal.solved').count(), 0);
    await epoch.click();
    await widget.locator('.goal.solved').filter({ hasText: 'converged after 5 epochs.' }).waitFor();
    await screenshot(page, 'lesson-03');
    watch.assertClean();
    await page.close();
  });
});

describe('lesson 4: the XOR wall', () => {
  test('the rule goes round in circles; AND placed by keyboard as the hint says', async () => {
    const { page, watch } = await openLesson(SLUGS[2]);
    const train = await widgetAt(page, 'nn-perceptron[dataset="xor"]:not([mode])');
    const epoch = train.getByRole('button', { name: 'Step: one epoch' });
    const line = train.locator('.line-text');
    for (let e = 1; e <= 6; e++) {
      await epoch.click();
      await train
        .locator('.counter')
        .filter({ hasText: `Epoch ${e} ·` })
        .waitFor();
      if (e >= 2) await line.filter({ hasText: 'w = (−0.5, 0), b = 0' }).waitFor();
      if (e >= 3) {
        assert.equal(
          await train.locator('.status').textContent(),
          'The last epoch had 4 mistakes.',
        );
      }
    }

    const and = await widgetAt(page, '[data-exercise="separate-and"]');
    await and.locator('.status').filter({ hasText: '2 points of 4 on the wrong side.' }).waitFor();
    for (const name of ['Line handle 1', 'Line handle 2']) {
      await and.getByRole('slider', { name }).focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowUp'])
        await page.keyboard.press(`Shift+${key}`);
    }
    await and
      .locator('.goal.solved')
      .filter({ hasText: 'every point is on its own side.' })
      .waitFor();
    await and.locator('.line-text').filter({ hasText: 'w = (0.707, 0.707), b = −1.061' }).waitFor();

    const xor = await widgetAt(page, 'nn-perceptron[dataset="xor"][mode="drag"]');
    await xor.locator('.status').filter({ hasText: '1 point of 4 on the wrong side.' }).waitFor();
    await screenshot(page, 'lesson-04');
    watch.assertClean();
    await page.close();
  });
});

describe('lesson 5: two layers solve XOR', () => {
  test('a wrong check gives the hint, the hint typed in by keyboard solves it, home shows it', async () => {
    const { page, watch } = await openLesson(SLUGS[3]);
    const widget = await widgetAt(page, '[data-exercise="xor-by-hand"]');
    const rows = widget.locator('table.readout tbody tr');
    await rows.nth(3).waitFor();
    const column = async (n) => rows.locator(`td:nth-child(${n})`).allTextContents();
    assert.deepEqual(await column(7), ['✗ wrong', '✓ right', '✓ right', '✗ wrong']);
    await widget.getByRole('button', { name: 'Check my network' }).click();
    await widget.locator('.hint').filter({ hasText: 'Not yet: 2 of 4 points right.' }).waitFor();

    // Tab on from the link to lesson 4 in the first paragraph until the diagram has focus.
    const focused = () =>
      widget.evaluate(
        (element) => element.shadowRoot.activeElement?.getAttribute('aria-label') ?? '',
      );
    await page.locator('.prose a[href="../04-the-xor-wall/"]').focus();
    for (let i = 0; i < 40 && !(await focused()).startsWith('weight from x1 to h1'); i++) {
      await page.keyboard.press('Tab');
    }
    assert.match(await focused(), /^weight from x1 to h1/);
    const steps = [
      [[], 20],
      [['ArrowDown'], 20],
      [['ArrowDown'], 20],
      [['ArrowDown'], 20],
      [['ArrowRight'], -30],
      [['ArrowUp'], -10],
      [['ArrowRight'], 20],
      [['ArrowDown'], -20],
      [['ArrowRight'], -10],
    ];
    for (const [keys, value] of steps) {
      for (const key of keys) await page.keyboard.press(key);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(String(value));
      await page.keyboard.press('Escape');
    }
    assert.equal(await widget.getAttribute('weights'), '20, 20, 20, 20, -10, -30, 20, -20, -10');
    await widget.locator('.goal.solved').filter({ hasText: 'the network computes XOR.' }).waitFor();
    assert.equal(await widget.locator('.hint').textContent(), '');
    // The table of the text: h₁ is OR and h₂ is AND, to four decimals.
    assert.deepEqual(await column(3), ['0.0000', '1.0000', '1.0000', '1.0000']);
    assert.deepEqual(await column(4), ['0.0000', '0.0000', '0.0000', '1.0000']);
    await widget.screenshot({ path: 'build/screenshots/lesson-05-solved-network.png' });
    // Smaller weights for h₁ (6, 6, −3): still XOR, h₁ less sure at (0, 0).
    await widget.evaluate((element) =>
      element.setAttribute('weights', '6, 20, 6, 20, -3, -30, 20, -20, -10'),
    );
    await rows.nth(0).locator('td:nth-child(3)').filter({ hasText: '0.0474' }).waitFor();
    assert.deepEqual(await column(7), ['✓ right', '✓ right', '✓ right', '✓ right']);
    await widget.screenshot({ path: 'build/screenshots/lesson-05-softer-network.png' });

    // With linear hidden neurons every output is σ(390) = 1.0000, so (0, 0) and (1, 1) are wrong.
    const linear = await widgetAt(page, 'nn-network[hidden-activation="linear"]');
    const linearRows = linear.locator('table.readout tbody tr');
    await linearRows.nth(3).waitFor();
    assert.deepEqual(await linearRows.locator('td:nth-child(5)').allTextContents(), [
      '1.0000',
      '1.0000',
      '1.0000',
      '1.0000',
    ]);
    await screenshot(page, 'lesson-05');
    watch.assertClean();

    await page.goto(site.server.url, { waitUntil: 'networkidle' });
    const card = page.locator(`.lesson-card[data-lesson="${SLUGS[3]}"]`);
    assert.equal(await card.getAttribute('data-state'), 'done');
    assert.equal((await card.locator('[data-progress]').textContent()).trim(), 'Done');
    await page.close();
  });
});

describe('lesson 6: batches are matrices', () => {
  test('the cells the text points at, and W and b recovered from the target Z', async () => {
    const { page, watch } = await openLesson(SLUGS[4]);
    // Located by order: the first widget gains a weights attribute when the reader edits it.
    const widget = await widgetAt(page, 'nn-matrix >> nth=0');
    const sum = widget.locator('.sum');
    const cell = (r, c) => widget.locator(`.matrix-box.z td[data-row="${r}"][data-col="${c}"]`);
    await cell(3, 1).hover();
    await sum.filter({ hasText: 'z₄₂ = 1·0.4 + 1·0.6 + (−0.2) = 0.8' }).waitFor();
    await cell(0, 0).hover();
    await sum.filter({ hasText: '= 0.1' }).waitFor();
    await cell(0, 1).hover();
    await sum.filter({ hasText: '= −0.2' }).waitFor();

    const zOf = async (w) => {
      const texts = await w.locator('.matrix-box.z td').allTextContents();
      return texts.map((t) => Number(t.replace('−', '-')));
    };
    const before = await zOf(widget);
    await typeInto(page, widget.getByRole('textbox', { name: 'W row 1, column 2' }), '1');
    await cell(3, 1).filter({ hasText: '1.4' }).waitFor();
    // Only column 2, and only the rows where x₁ is 1 (rows 3 and 4), changed.
    const moved = (await zOf(widget)).map((v, i) => v !== before[i]);
    assert.deepEqual(moved, [false, false, false, false, false, true, false, true]);

    await widget.getByRole('checkbox', { name: 'Show the four one-sample passes' }).check();
    // The passes are written at the next drawing, not at the click.
    await widget.locator('.passes li').nth(3).waitFor();
    const passes = await widget.locator('.passes li').allTextContents();
    assert.equal(passes.length, 4);
    assert.ok(
      passes.every((p, r) => p.endsWith(`= row ${r + 1} of Z ✓`)),
      passes.join('\n'),
    );

    const exercise = await widgetAt(page, 'nn-matrix >> nth=1');
    const fields = [
      ['W row 1, column 1', 2],
      ['W row 1, column 2', 1],
      ['W row 2, column 1', -1],
      ['W row 2, column 2', 3],
      ['b, column 1', 1],
      ['b, column 2', -1],
    ];
    for (const [name, value] of fields) {
      await typeInto(page, exercise.getByRole('textbox', { name }), value);
    }
    await exercise.locator('.matrix-box.z td').nth(7).filter({ hasText: /^3$/ }).waitFor();
    assert.deepEqual(await zOf(exercise), [1, -1, 0, 2, 3, 0, 2, 3]);
    await screenshot(page, 'lesson-06');
    watch.assertClean();
    await page.close();
  });
});
