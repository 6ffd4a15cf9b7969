// <nn-backprop> in Chromium, used as a reader would: Next by mouse, then n, p and the arrow
// keys; the gradients read off the page against the core's backward() and gradientCheck(),
// computed in the page through the facade; the update against the core's trainer; stepping
// back; the next training step and back again; a bad shape; screenshots.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { showSignificant } from '../../web/src/widgets/shared/significant.js';
import { core, coreNetwork } from './core-network.mjs';
import { screenshot } from './harness.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const LABELS = [
  'w(x₁→h₁)',
  'w(x₁→h₂)',
  'w(x₂→h₁)',
  'w(x₂→h₂)',
  'b(h₁)',
  'b(h₂)',
  'w(h₁→ŷ)',
  'w(h₂→ŷ)',
  'b(ŷ)',
];

const site = siteForTests();

async function openBackprop(query = '') {
  const { page, watcher, widget } = await openWidget(site, 'nn-backprop', query, (widget) =>
    widget.locator('.title').filter({ hasText: /\w/ }).waitFor(),
  );
  return { page, watcher, widget };
}

/**
 * The core's numbers for one step of the default 2-2-1 network (seed 1): gradients, their
 * estimates, the weights after one SGD step of the core's trainer. Lists in the order of the
 * weights attribute.
 */
function coreStep({ sample, loss, learningRate }) {
  const { net, data: xor } = coreNetwork(core, { loss, seed: 1 });
  const rows = sample === 'batch' ? [0, 1, 2, 3] : [Number(sample) - 1];
  const X = rows.map((r) => [xor.X.data[2 * r], xor.X.data[2 * r + 1]]);
  const labels = rows.map((r) => xor.labels[r]);
  const Y = core.targets(labels, { classes: 2, activation: 'sigmoid' });
  const flat = (list, W, b) => list.flatMap((layer) => [...layer[W].data, ...layer[b]]);
  const forward = net.forward(X).layers.map(({ z, a }) => ({ z: [...z.data], a: [...a.data] }));
  const backward = net.backward(X, Y);
  const check = net.gradientCheck(X, Y);
  const data = { X, labels, classes: 2 };
  const options = { optimizer: 'sgd', learningRate, batchSize: 0 };
  const trainer = core.createTrainer(net, data, options);
  trainer.step();
  const result = {
    gradients: flat(backward.layers, 'dW', 'db'),
    numeric: flat(check.layers, 'dWNumeric', 'dbNumeric'),
    after: flat(net.getParameters(), 'W', 'b'),
    largest: check.maxRelativeError,
    forward,
  };
  trainer.dispose();
  net.dispose();
  return result;
}

/** The gradient table as the reader sees it: label -> [backprop, estimate, relative]. */
async function gradientRows(widget) {
  const rows = await widget.locator('table.gradients tbody tr').all();
  const read = await Promise.all(rows.map((row) => row.locator('th, td').allTextContents()));
  return new Map(read.map(([label, ...cells]) => [label, cells]));
}

async function stepIs(widget, number) {
  await widget.locator(`input[type=range][aria-valuetext^="Step ${number} of 12:"]`).waitFor();
}

/** Everything the stage and the check table show, to compare views. */
function viewText(widget) {
  return widget.evaluate((element) => {
    const root = element.shadowRoot;
    const nodes = [...root.querySelectorAll('.node')].map((n) => n.textContent).join('|');
    const current = root.querySelector('.node.current')?.textContent ?? '';
    return `${root.querySelector('.explain').textContent}#${nodes}#${current}#${root.querySelector('.check').textContent}`;
  });
}

for (const settings of [
  // Not the default rate (0.5): typing the rate a field already holds commits no change.
  { sample: '3', loss: 'mse', learningRate: 0.8 },
  { sample: 'batch', loss: 'bce', learningRate: 2 },
]) {
  test(`sample ${settings.sample}, ${settings.loss}: the gradients shown are the core's and agree with the estimates`, async () => {
    const { page, watcher, widget } = await openBackprop();
    // The settings are chosen as a reader would: two menus and a typed learning rate.
    await widget.getByRole('combobox', { name: 'sample' }).selectOption(settings.sample);
    await widget.getByRole('combobox', { name: 'loss' }).selectOption(settings.loss);
    const rate = widget.getByRole('textbox', { name: 'learning rate' });
    await rate.fill(String(settings.learningRate));
    await rate.press('Enter');
    const core = await coreStep(settings);

    // Mouse: Next through the forward pass, the loss and the output's δ to its gradients.
    const next = widget.getByRole('button', { name: 'Next →' });
    for (let i = 0; i < 6; i++) await next.click();
    await stepIs(widget, 7);
    let rows = await gradientRows(widget);
    assert.deepEqual([...rows.keys()], LABELS.slice(6));
    if (settings.sample !== 'batch') {
      // The diagram carries each neuron's z and a (and the output's δ) from the core.
      const nodes = await widget.locator('.node').allTextContents();
      const [h1, y] = [core.forward[0], core.forward[1]];
      assert.ok(
        nodes[2].includes(`z = ${showSignificant(h1.z[0])}a = ${showSignificant(h1.a[0])}`),
      );
      assert.ok(nodes[4].includes(`z = ${showSignificant(y.z[0])}a = ${showSignificant(y.a[0])}`));
    }

    // Keyboard: n and the right arrow on the focused stage, to the last gradients.
    await widget.getByRole('group', { name: /Backpropagation, step by step/ }).focus();
    await page.keyboard.press('n');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('n');
    await page.keyboard.press('ArrowRight');
    await stepIs(widget, 11);
    rows = await gradientRows(widget);
    assert.equal(rows.size, 9);
    LABELS.forEach((label, i) => {
      const [shown, estimate, relative] = rows.get(label);
      assert.equal(shown, showSignificant(core.gradients[i]), `${label} backprop`);
      assert.equal(estimate, showSignificant(core.numeric[i]), `${label} estimate`);
      assert.equal(shown, estimate, `${label}: backprop and the estimate agree to 4 digits`);
      const difference =
        Math.abs(core.gradients[i] - core.numeric[i]) /
        Math.max(Math.abs(core.gradients[i]) + Math.abs(core.numeric[i]), 1e-12);
      assert.ok(difference < 1e-6, `${label}: relative difference ${difference}`);
      assert.equal(relative, showSignificant(difference, 2));
    });
    const summary = await widget.locator('.summary').textContent();
    assert.match(summary, new RegExp(`check: ${showSignificant(core.largest, 2)}\\.`));

    // The update: each new weight is the one the core's trainer computed.
    await page.keyboard.press('n');
    await stepIs(widget, 12);
    const update = await widget.locator('table.update tbody tr').all();
    const shownAfter = await Promise.all(
      update.map((row) => row.locator('td').last().textContent()),
    );
    assert.deepEqual(
      shownAfter,
      core.after.map((w) => showSignificant(w)),
    );
    const embed = await widget.evaluate((element) => element.embedCode());
    const attributes = `sample="${settings.sample}" loss="${settings.loss}" learning-rate="${settings.learningRate}" step="11"`;
    assert.ok(embed.includes(attributes), embed);
    watcher.assertClean();
    await page.close();
  });
}

test('stepping back restores the previous view exactly', async () => {
  const { page, watcher, widget } = await openBackprop('step=7');
  await stepIs(widget, 8);
  const before = await viewText(widget);
  assert.match(before, /Backward: δ of h₁/);
  await widget.getByRole('button', { name: 'Next →' }).click();
  await stepIs(widget, 9);
  const later = await viewText(widget);
  assert.notEqual(later, before);
  await widget.getByRole('button', { name: '← Back' }).click();
  await stepIs(widget, 8);
  assert.equal(await viewText(widget), before);
  // The same by keyboard: p and the left arrow step back, Home and End jump to the ends.
  await widget.getByRole('button', { name: 'Next →' }).focus();
  await page.keyboard.press('n');
  await page.keyboard.press('p');
  await stepIs(widget, 8);
  assert.equal(await viewText(widget), before);
  await page.keyboard.press('ArrowLeft');
  await stepIs(widget, 7);
  const slider = widget.getByRole('slider', { name: 'Step' });
  await slider.focus();
  await page.keyboard.press('End');
  await stepIs(widget, 12);
  await page.keyboard.press('Home');
  await stepIs(widget, 1);
  assert.equal(await widget.getByRole('button', { name: '← Back' }).isDisabled(), true);
  watcher.assertClean();
  await page.close();
});

test('the next training step starts from the updated weights, and Back returns', async () => {
  const { page, watcher, widget } = await openBackprop('step=11');
  const core = await coreStep({ sample: '3', loss: 'mse', learningRate: 0.5 });
  await widget.getByRole('button', { name: 'Next training step →' }).click();
  await stepIs(widget, 1);
  const weights = (await widget.getAttribute('weights')).split(', ').map(Number);
  weights.forEach((w, i) => assert.ok(Math.abs(w - core.after[i]) < 1e-11, LABELS[i]));
  // The first forward line now uses the new w(x₁→h₁).
  await widget.getByRole('button', { name: 'Next →' }).click();
  const forward = new RegExp(`^z = ${showSignificant(core.after[0])} × 1 \\+`);
  await widget.locator('.line').first().filter({ hasText: forward }).waitFor();
  await widget.getByRole('button', { name: '← Back' }).click();
  await widget.getByRole('button', { name: '← Previous training step' }).click();
  await stepIs(widget, 12);
  assert.equal(await widget.getAttribute('weights'), null);
  watcher.assertClean();
  await page.close();
});

test('Next in the same frame as a new sample or learning rate steps through the new run', async () => {
  const { page, watcher, widget } = await openBackprop('step=11');
  await stepIs(widget, 12);
  const weightsAre = async (want) => {
    const weights = (await widget.getAttribute('weights')).split(', ').map(Number);
    weights.forEach((w, i) => assert.ok(Math.abs(w - want[i]) < 1e-11, `${LABELS[i]}: ${w}`));
  };
  // A reader quicker than the next frame (a busy machine): a sample picked in the menu, then
  // "Next training step" clicked before the widget draws again. The next training step must
  // start from the weights the update for sample 1 gives, not the update the drawing showed.
  await widget.evaluate((element) => {
    const menu = element.shadowRoot.querySelector('select#sample');
    menu.value = '1';
    menu.dispatchEvent(new Event('change'));
    element.shadowRoot.querySelector('button.next').click();
  });
  await stepIs(widget, 1);
  await weightsAre((await coreStep({ sample: '1', loss: 'mse', learningRate: 0.5 })).after);

  // The same by keyboard: back to the update, a learning rate typed, and n in the same frame.
  await widget.getByRole('button', { name: '← Previous training step' }).click();
  await stepIs(widget, 12);
  await widget.evaluate((element) => {
    const rate = element.shadowRoot.querySelector('input#rate');
    rate.value = '2';
    rate.dispatchEvent(new Event('change'));
    const stage = element.shadowRoot.querySelector('.stage');
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
  });
  await stepIs(widget, 1);
  await weightsAre((await coreStep({ sample: '1', loss: 'mse', learningRate: 2 })).after);
  watcher.assertClean();
  await page.close();
});

test('a bad shape or learning rate is named, and the last good network stays', async () => {
  const { page, watcher, widget } = await openBackprop('step=3');
  const before = await viewText(widget);
  await widget.evaluate((element) => element.setAttribute('shape', '3,2,1'));
  const alert = widget.getByRole('alert');
  await alert
    .filter({ hasText: 'shape="3,2,1": expected 2 inputs first and 1 output last' })
    .waitFor();
  await afterFrames(page); // the alert comes at once, the drawing after: the view stays
  assert.equal(await viewText(widget), before);
  const rate = widget.getByRole('textbox', { name: 'learning rate' });
  await rate.fill('abc');
  await widget.locator('#rate-message').filter({ hasText: '"abc" is not accepted' }).waitFor();
  assert.equal(await widget.getAttribute('learning-rate'), null);
  assert.equal(await viewText(widget), before);
  watcher.assertClean();
  await page.close();
});

test('screenshots: a backward step on a desktop and a 375 px phone', async () => {
  const { page, watcher, widget } = await openBackprop('step=8');
  await stepIs(widget, 9);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  await screenshot(page, 'nn-backprop');
  await widget.evaluate((element) => element.setAttribute('step', '11'));
  await stepIs(widget, 12);
  await screenshot(page, 'nn-backprop-update');
  watcher.assertClean();
  await page.close();
});
