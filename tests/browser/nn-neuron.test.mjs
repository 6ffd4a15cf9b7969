// <nn-neuron> in Chromium, used as a reader would: the running example typed in with the
// keyboard, a slider moved with the arrow keys, a bad number typed, an exercise solved, and a
// bad attribute. Expected numbers come from tests/golden/neuron.json and from the core itself.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { core } from './core-network.mjs';
import { screenshot } from './harness.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const golden = JSON.parse(await readFile(new URL('../golden/neuron.json', import.meta.url)));
const site = siteForTests();

/** z and the output as the widget prints them (z to at most 4 decimals, the output to 4). */
function printed({ z, output }) {
  return { z: String(Number(z.toFixed(4))), output: output.toFixed(golden.outputDecimals) };
}

/** Waits until the widget shows these numbers, then reads them off the page. */
async function readNumbers(neuron, expected) {
  const z = neuron.locator('.z-value');
  const output = neuron.locator('.output-value');
  await z.filter({ hasText: new RegExp(`^${expected.z}$`) }).waitFor();
  await output.filter({ hasText: new RegExp(`^${expected.output}$`) }).waitFor();
  return { z: await z.textContent(), output: await output.textContent() };
}

/** Selects all the text in a field, types over it and presses Enter, as a person does. */
async function typeInto(page, field, text) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function openNeuron(query) {
  const {
    page,
    watcher,
    widget: neuron,
  } = await openWidget(site, 'nn-neuron', query, (neuron) => neuron.locator('.z-value').waitFor());
  return { page, watcher, neuron };
}

test('the running example, typed in, gives the golden z and output', async () => {
  const { page, watcher, neuron } = await openNeuron('inputs=0,0,0&weights=0,0,0&bias=0');
  for (const [i, x] of golden.inputs.entries()) {
    await typeInto(page, neuron.getByRole('textbox', { name: `input x${i + 1}` }), String(x));
  }
  for (const [i, w] of golden.weights.entries()) {
    await typeInto(page, neuron.getByRole('textbox', { name: `weight w${i + 1}` }), String(w));
  }
  await typeInto(page, neuron.getByRole('textbox', { name: 'bias b' }), String(golden.bias));
  const shown = await readNumbers(neuron, printed(golden));
  assert.deepEqual(shown, { z: String(golden.z), output: golden.output.toFixed(4) });
  assert.equal(
    await neuron.locator('.terms').textContent(),
    '0.8·0.5 + 0.6·0.7 + 0.9·0.3 + 0.1 = 0.4 + 0.42 + 0.27 + 0.1',
  );
  // The attributes are the state: the embed code reproduces what was typed.
  const code = await neuron.evaluate((element) => element.embedCode());
  assert.match(code, /inputs="0.8, 0.6, 0.9"/);
  assert.match(code, /weights="0.5, 0.7, 0.3"/);
  assert.match(code, /bias="0.1"/);
  watcher.assertClean();
  await page.close();
});

test('arrow keys on a slider change the numbers as core.neuron says', async () => {
  const { page, watcher, neuron } = await openNeuron('');
  const slider = neuron.getByRole('slider', { name: 'weight w1 slider' });
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  const weights = [0.55, ...golden.weights.slice(1)];
  const expected = printed(core.neuron({ ...golden, weights }));
  assert.deepEqual(await readNumbers(neuron, expected), expected);
  assert.equal(await neuron.getByRole('textbox', { name: 'weight w1' }).inputValue(), '0.55');
  assert.equal(await neuron.getAttribute('weights'), '0.55, 0.7, 0.3');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  const lower = printed(core.neuron({ ...golden, weights: [0.45, ...golden.weights.slice(1)] }));
  assert.deepEqual(await readNumbers(neuron, lower), lower);
  watcher.assertClean();
  await page.close();
});

test('typing "abc" shows a message and keeps the last good output', async () => {
  const { page, watcher, neuron } = await openNeuron('');
  const shown = await readNumbers(neuron, printed(golden));
  const bias = neuron.getByRole('textbox', { name: 'bias b' });
  await typeInto(page, bias, 'abc');
  const message = neuron.locator('#bias-message');
  await message.filter({ hasText: '"abc" is not accepted' }).waitFor();
  assert.match(await message.textContent(), /expected a number between -10 and 10/);
  assert.equal(await bias.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await readNumbers(neuron, printed(golden)), shown);
  assert.equal(await neuron.getAttribute('bias'), null);
  // Fixing the text clears the message and takes effect.
  await typeInto(page, bias, '0.2');
  const fixed = printed(core.neuron({ ...golden, bias: 0.2 }));
  assert.deepEqual(await readNumbers(neuron, fixed), fixed);
  assert.equal(await message.textContent(), '');
  assert.equal(await bias.getAttribute('aria-invalid'), 'false');
  watcher.assertClean();
  await page.close();
});

test('a goal is checked: nn-solved fires and the solved state shows', async () => {
  const { page, watcher, neuron } = await openNeuron('goal=output>0.9');
  await neuron
    .locator('.goal')
    .filter({ hasText: 'Goal: make the output greater than 0.9.' })
    .waitFor();
  await neuron.evaluate((element) => {
    element.addEventListener('nn-solved', (event) => (window.solved = event.detail.output));
  });
  await typeInto(page, neuron.getByRole('textbox', { name: 'bias b' }), '1.2');
  await neuron.locator('.goal.solved').filter({ hasText: '✓ Solved' }).waitFor();
  const expected = core.neuron({ ...golden, bias: 1.2 }).output;
  assert.equal(await page.evaluate(() => window.solved), expected);
  assert.ok(expected > 0.9);
  watcher.assertClean();
  await page.close();
});

test('a bad attribute is named in an alert and the last good value stays', async () => {
  const { page, watcher, neuron } = await openNeuron('');
  await readNumbers(neuron, printed(golden));
  await neuron.evaluate((element) => element.setAttribute('weights', 'abc'));
  const alert = neuron.getByRole('alert');
  await alert.filter({ hasText: 'weights="abc": expected 1 to 3 numbers' }).waitFor();
  await neuron.evaluate((element) => element.setAttribute('activation', 'sigmod'));
  await alert.filter({ hasText: 'did you mean "sigmoid"?' }).waitFor();
  await afterFrames(page); // the alert comes at once, the drawing after: the numbers stay
  assert.deepEqual(await readNumbers(neuron, printed(golden)), printed(golden));
  watcher.assertClean();
  await page.close();
});

test('"Copy embed code" copies the current tag, or shows it when the clipboard refuses', async () => {
  const { page, watcher, neuron } = await openNeuron('bias=0.3');
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url,
  });
  await typeInto(page, neuron.getByRole('textbox', { name: 'weight w2' }), '-1');
  await neuron.locator('.terms').filter({ hasText: '0.6·(−1)' }).waitFor();
  const tag = '<nn-neuron weights="0.5, -1, 0.3" bias="0.3"></nn-neuron>';
  await neuron.getByRole('button', { name: 'Copy embed code' }).click();
  await neuron.getByRole('status').filter({ hasText: 'Embed code copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), tag);

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));
  });
  await neuron.getByRole('button', { name: 'Copy embed code' }).click();
  const dialog = neuron.getByRole('dialog', { name: 'Embed code' });
  assert.equal(await dialog.getByRole('textbox').inputValue(), tag);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });

  // state() and setState() carry the same attributes, for a page to keep in its URL.
  assert.deepEqual(await neuron.evaluate((element) => element.state()), {
    weights: '0.5, -1, 0.3',
    bias: '0.3',
  });
  await neuron.evaluate((element) => element.setState({ activation: 'tanh' }));
  const expected = printed(core.neuron({ ...golden, activation: 'tanh' }));
  assert.deepEqual(await readNumbers(neuron, expected), expected);
  // What is not an object is refused by name, and a state that cannot be read changes nothing.
  const refused = await neuron.evaluate((element) =>
    [null, undefined, [1], 'bias=1'].map((bad) => {
      try {
        element.setState(bad);
        return 'taken';
      } catch (error) {
        return `${error.name}: ${error.message}`;
      }
    }),
  );
  assert.deepEqual(
    refused.map((m) => m.replace(/such as \{ \w+: '…' \}/, 'such as {…}')),
    ['null', 'undefined', 'an array', 'bias=1'].map(
      (got) =>
        `TypeError: <nn-neuron>.setState expects an object of attribute texts, such as {…}; got ${got}.`,
    ),
  );
  const half = await neuron.evaluate((element) => {
    const before = element.state();
    const state = { bias: '0.9' };
    Object.defineProperty(state, 'weights', {
      enumerable: true,
      get() {
        throw new Error('unreadable');
      },
    });
    try {
      element.setState(state);
    } catch {
      // the widget must be as it was
    }
    return JSON.stringify(element.state()) === JSON.stringify(before);
  });
  assert.equal(half, true, 'a state that throws while read leaves the widget as it was');
  watcher.assertClean();
  await page.close();
});

test('a widget below the fold renders only once it is scrolled into view', async () => {
  const { page, watcher } = await openNeuron('');
  await page.evaluate(() => {
    const spacer = Object.assign(document.createElement('div'), { className: 'spacer' });
    spacer.style.height = '4000px';
    const late = Object.assign(document.createElement('nn-neuron'), { id: 'late' });
    late.setAttribute('bias', '0.5');
    document.body.append(spacer, late);
  });
  const late = page.locator('#late');
  await late.locator('.rows').waitFor({ state: 'attached' });
  // Built: on screen, it would have drawn within these frames (they are counted, not timed).
  await afterFrames(page, 4);
  assert.equal(await late.locator('.z-value').textContent(), '');
  await late.scrollIntoViewIfNeeded();
  const expected = printed(core.neuron({ ...golden, bias: 0.5 }));
  assert.deepEqual(await readNumbers(late, expected), expected);
  watcher.assertClean();
  await page.close();
});

test('screenshots: desktop and a 375 px phone, with nothing wider than the screen', async () => {
  const { page, watcher, neuron } = await openNeuron('labels=weather,energy,time&goal=output>0.9');
  await readNumbers(neuron, printed(golden));
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  await screenshot(page, 'nn-neuron');
  watcher.assertClean();
  await page.close();
});
