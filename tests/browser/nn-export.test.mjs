// <nn-export> in Chromium, used as a reader would: a model given as JSON shown in three tabs
// switched by the arrow keys and by the mouse, the code copied, a malformed model answered
// with the core's own message while the last good code stays, a sibling's 'nn-model'
// event followed, and a model stored by a trainer shown and kept. The expected code is what the generators make of the core's toJSON().
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kerasCode } from '../../web/src/widgets/nn-export/keras.js';
import { numpyCode } from '../../web/src/widgets/nn-export/numpy.js';
import { pytorchCode } from '../../web/src/widgets/nn-export/pytorch.js';
import { core } from './core-network.mjs';
import { screenshot } from './harness.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** A trained-looking model from the core: seeded weights and some biases set. */
function model(seed, layers = [3, 'tanh', 1, 'sigmoid'], loss = 'bce') {
  const spec = [];
  for (let i = 0; i < layers.length; i += 2)
    spec.push({ units: layers[i], activation: layers[i + 1] });
  const net = core.createNetwork({ inputs: 2, layers: spec, loss, seed });
  try {
    net.setBias(0, 0, 0.25);
    net.setBias(spec.length - 1, 0, -0.5);
    return net.toJSON();
  } finally {
    net.dispose();
  }
}

async function openExport(query) {
  const { page, watcher, widget } = await openWidget(site, 'nn-export', query, (widget) =>
    widget.getByRole('tabpanel').waitFor(),
  );
  return { page, watcher, widget };
}

/** Waits until the panel shows `code` under the tab named `name`; returns the selected tab. */
async function showing(widget, name, code) {
  await widget.getByRole('tab', { name, selected: true }).waitFor();
  await widget
    .locator('[role="tabpanel"] code')
    .filter({ hasText: code.split('\n')[0] })
    .waitFor();
  assert.equal(await widget.locator('[role="tabpanel"] code').textContent(), code);
  return widget.getByRole('tab', { selected: true });
}

test('a model given as JSON shows in three tabs; arrow keys and clicks switch them', async () => {
  const json = model(5);
  const { page, watcher, widget } = await openExport(
    new URLSearchParams({ model: JSON.stringify(json) }).toString(),
  );
  assert.deepEqual(await widget.getByRole('tab').allTextContents(), ['NumPy', 'PyTorch', 'Keras']);
  assert.equal(await widget.getByRole('tablist').getAttribute('aria-label'), 'Framework');
  const numpy = await showing(widget, 'NumPy', numpyCode(json));
  assert.equal(await numpy.getAttribute('tabindex'), '0');
  await numpy.focus();
  await page.keyboard.press('ArrowRight');
  const torch = await showing(widget, 'PyTorch', pytorchCode(json));
  assert.ok(await torch.evaluate((tab) => tab.matches(':focus')));
  assert.equal(await widget.getAttribute('tab'), 'pytorch');
  // nn.Linear's weight is W transposed: the first row holds every input's weight to unit 1.
  const W = json.layers[0].weights;
  assert.match(pytorchCode(json), new RegExp(`\\[${W[0][0]}, ${W[1][0]}\\],`));
  await page.keyboard.press('End');
  await showing(widget, 'Keras', kerasCode(json));
  await page.keyboard.press('ArrowRight');
  await showing(widget, 'NumPy', numpyCode(json));
  await page.keyboard.press('ArrowLeft');
  await showing(widget, 'Keras', kerasCode(json));
  await page.keyboard.press('Home');
  await showing(widget, 'NumPy', numpyCode(json));
  await widget.getByRole('tab', { name: 'PyTorch' }).click();
  await showing(widget, 'PyTorch', pytorchCode(json));
  // The glossary speaks of the tab shown, and of this model's activations and loss.
  const glossary = widget.getByRole('table');
  await glossary.getByRole('columnheader', { name: 'In PyTorch' }).waitFor();
  const rows = await glossary.locator('tbody tr').allTextContents();
  assert.ok(
    rows.includes(
      'Dense layer = matrix multiply + bias + activationnn.Linear(inputs, units), then an activation module',
    ),
  );
  assert.ok(rows.includes('tanh activationnn.Tanh()'));
  assert.ok(rows.includes('Loss: bce (lesson 7)nn.BCELoss()'));
  watcher.assertClean();
  await page.close();
});

test('Copy pressed in the same frame as another tab copies that tab’s code', async () => {
  const json = model(6);
  const { page, watcher, widget } = await openExport(
    new URLSearchParams({ model: JSON.stringify(json) }).toString(),
  );
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url,
  });
  await showing(widget, 'NumPy', numpyCode(json));
  // End on the tabs, then Tab and Enter on Copy before the next frame (a busy machine).
  await widget.evaluate((element) => {
    element.setAttribute('tab', 'keras');
    [...element.shadowRoot.querySelectorAll('button')]
      .find((b) => b.textContent === 'Copy code')
      .click();
  });
  await widget.getByRole('status').filter({ hasText: 'Keras code copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), kerasCode(json));
  watcher.assertClean();
  await page.close();
});

test('Copy code puts the shown code on the clipboard', async () => {
  const json = model(6, [2, 'step', 3, 'softmax'], 'softmax_ce');
  const { page, watcher, widget } = await openExport(
    new URLSearchParams({ model: JSON.stringify(json), tab: 'keras' }).toString(),
  );
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url,
  });
  const code = kerasCode(json);
  await showing(widget, 'Keras', code);
  assert.match(code, /activation=step\)/);
  const copy = widget.getByRole('button', { name: 'Copy code' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await widget.getByRole('status').filter({ hasText: 'Keras code copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  watcher.assertClean();
  await page.close();
});

test('a malformed model gets the core’s message; the last good code stays', async () => {
  const json = model(7);
  const { page, watcher, widget } = await openExport(
    new URLSearchParams({ model: JSON.stringify(json) }).toString(),
  );
  await showing(widget, 'NumPy', numpyCode(json));
  for (const bad of ['{"format":"neuronlab.model"', JSON.stringify({ ...json, version: 9 })]) {
    let message = '';
    try {
      core.networkFromJSON(bad);
    } catch (error) {
      message = error.message;
    }
    assert.ok(message.startsWith('model JSON'), message);
    await widget.evaluate((element, text) => element.setAttribute('model', text), bad);
    const alert = widget.getByRole('alert');
    await alert.filter({ hasText: message }).waitFor();
    assert.match(await alert.textContent(), /^model="\{"format/);
    assert.match(await alert.textContent(), /The code shown is still the last good model’s\.$/);
    await showing(widget, 'NumPy', numpyCode(json));
  }
  watcher.assertClean();
  await page.close();
});

test('shape and weights, then the model a sibling sends in an nn-model event', async () => {
  const weights = [1, -2, 0.5, 3, 0.1, -0.2, 2, -1, 0.3];
  const { page, watcher, widget } = await openExport(
    `shape=2,2,1&weights=${weights.join(',')}&activation=relu&source=trainer`,
  );
  const net = core.createNetwork({
    inputs: 2,
    layers: [
      { units: 2, activation: 'relu' },
      { units: 1, activation: 'sigmoid' },
    ],
  });
  net.setParameters([
    {
      W: [
        [1, -2],
        [0.5, 3],
      ],
      b: [0.1, -0.2],
    },
    { W: [[2], [-1]], b: [0.3] },
  ]);
  const given = net.toJSON();
  net.dispose();
  await showing(widget, 'NumPy', numpyCode(given));
  await widget.evaluate((element) => element.setAttribute('weights', '1, 2'));
  const alert = widget.getByRole('alert');
  await alert.filter({ hasText: 'weights="1, 2": expected 9 numbers' }).waitFor();
  await showing(widget, 'NumPy', numpyCode(given));

  const sent = model(11, [4, 'relu', 1, 'sigmoid'], 'bce');
  await page.evaluate((text) => {
    const trainer = document.createElement('div');
    trainer.id = 'trainer';
    document.querySelector('[data-frame-host]').append(trainer);
    const other = document.createElement('div');
    document.body.append(other);
    // Only the named source counts: this one is ignored.
    other.dispatchEvent(
      new CustomEvent('nn-model', { bubbles: true, composed: true, detail: { model: '{}' } }),
    );
    trainer.dispatchEvent(
      new CustomEvent('nn-model', { bubbles: true, composed: true, detail: { model: text } }),
    );
  }, JSON.stringify(sent));
  await showing(widget, 'NumPy', numpyCode(sent));
  assert.equal(await widget.getAttribute('model'), JSON.stringify(sent));
  await widget
    .locator('.summary')
    .filter({ hasText: 'A 2-4-1 network (relu, sigmoid; loss bce). Following #trainer.' })
    .waitFor();
  watcher.assertClean();
  await page.close();
});

test('stored: the saved model shows, and a sibling trainer does not replace it', async () => {
  const saved = model(5, [3, 'tanh', 1, 'sigmoid']);
  const first = await openExport('shape=2,2,1');
  await first.page.evaluate(
    (text) => localStorage.setItem('neuronlab:model', text),
    JSON.stringify(saved),
  );
  await first.page.close();
  const { page, watcher, widget } = await openExport('stored');
  await showing(widget, 'NumPy', numpyCode(saved));
  await page.evaluate(
    (text) => {
      const sibling = document.createElement('div');
      document.querySelector('[data-frame-host]').append(sibling);
      sibling.dispatchEvent(
        new CustomEvent('nn-model', { bubbles: true, composed: true, detail: { model: text } }),
      );
    },
    JSON.stringify(model(12, [4, 'relu', 1, 'sigmoid'])),
  );
  await afterFrames(page, 2); // a model taken would be drawn by then
  assert.equal(await widget.getAttribute('model'), JSON.stringify(saved));
  await showing(widget, 'NumPy', numpyCode(saved));
  await page.evaluate(() => localStorage.removeItem('neuronlab:model'));
  watcher.assertClean();
  await page.close();
});

test('screenshots: desktop and a 375 px phone, with nothing wider than the screen', async () => {
  const json = model(3, [3, 'tanh', 1, 'sigmoid'], 'bce');
  const { page, watcher, widget } = await openExport(
    new URLSearchParams({ model: JSON.stringify(json), tab: 'pytorch' }).toString(),
  );
  await showing(widget, 'PyTorch', pytorchCode(json));
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  await screenshot(page, 'nn-export');
  watcher.assertClean();
  await page.close();
});
