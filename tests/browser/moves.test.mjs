// Issue 15, finding 4 (design rule 18): a widget's state belongs to the element, not to its
// place. Every widget kind, moved within one task and moved back a few frames after it left,
// keeps its built parts, its attributes and its message; a playing <nn-trainer> keeps its epoch
// and plays on, and its save-model never stores an untrained network; <nn-perceptron> keeps its
// epoch; <nn-descent> plays on. Only dispose() starts a widget afresh.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtWidgetTags } from './probes.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const TAGS = builtWidgetTags();

const built = (widget) => widget.locator('.body > :not(.loading)').first().waitFor();

/** Moves the element: in one task (remove, append), or removed now and put back `frames` later. */
function move(widget, frames = 0) {
  return widget.evaluate(async (element, later) => {
    const host = element.parentNode;
    element.remove();
    for (let i = 0; i < later; i++) await new Promise((done) => requestAnimationFrame(done));
    document.body.append(element);
    host.append(element);
  }, frames);
}

for (const tag of TAGS) {
  test(`<${tag}> moved keeps what it built and shows`, async () => {
    const { page, watcher, widget } = await openWidget(site, tag, '', built);
    const before = await widget.evaluate((element) => {
      element.shadowRoot.querySelector('.body').kept = true;
      return { code: element.embedCode(), text: element.shadowRoot.textContent };
    });
    for (const frames of [0, 3]) {
      await move(widget, frames);
      await afterFrames(page, 2);
      const after = await widget.evaluate((element) => ({
        kept: element.shadowRoot.querySelector('.body')?.kept === true,
        code: element.embedCode(),
        alerts: element.shadowRoot.querySelector('.alerts').textContent,
      }));
      assert.deepEqual(after, { kept: true, code: before.code, alerts: '' }, `moved ${frames}`);
    }
    assert.ok(before.text.length > 0);
    await widget.evaluate((element) => element.dispose());
    await built(widget);
    assert.equal(await widget.evaluate((e) => e.shadowRoot.querySelector('.body').kept), undefined);
    watcher.assertClean();
    await page.close();
  });
}

const epochOf = (widget) =>
  widget.evaluate((e) =>
    Number(/^Epoch (\d+)/.exec(e.shadowRoot.querySelector('.readout').textContent)?.[1] ?? -1),
  );

test('a playing <nn-trainer save-model> moved plays on from its epoch; no untrained model is stored', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-trainer', 'save-model=', (w) =>
    w
      .locator('.readout')
      .filter({ hasText: /^Epoch 0 · loss/ })
      .waitFor(),
  );
  const untrained = await page.evaluate(() => localStorage.getItem('neuronlab:model'));
  await page.evaluate(() => {
    window.stored = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'neuronlab:model') window.stored.push(value);
      return setItem.call(this, key, value);
    };
  });
  await widget.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    () =>
      Number(
        /^Epoch (\d+)/.exec(
          document.querySelector('nn-trainer').shadowRoot.querySelector('.readout').textContent,
        )?.[1],
      ) >= 20,
    null,
    { polling: 'raf', timeout: 60000 },
  );
  const epoch = await epochOf(widget);
  await move(widget, 3);
  await afterFrames(page, 1);
  assert.ok((await epochOf(widget)) >= epoch, 'the epoch went back');
  await widget.getByRole('button', { name: 'Pause' }).waitFor();
  await page.waitForFunction(
    (least) =>
      Number(
        /^Epoch (\d+)/.exec(
          document.querySelector('nn-trainer').shadowRoot.querySelector('.readout').textContent,
        )?.[1],
      ) > least,
    epoch + 5,
    { polling: 'raf', timeout: 60000 },
  );
  const stored = await page.evaluate(() => window.stored);
  assert.ok(untrained !== null && !stored.includes(untrained), 'the untrained model was stored');
  watcher.assertClean();
  await page.close();
});

test('<nn-perceptron> moved keeps its epoch', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-perceptron', 'dataset=xor', (w) =>
    w.locator('.counter').waitFor(),
  );
  const epochButton = widget.getByRole('button', { name: 'Step: one epoch' });
  for (let e = 1; e <= 3; e++) {
    await epochButton.click();
    await widget
      .locator('.counter')
      .filter({ hasText: `Epoch ${e} ·` })
      .waitFor();
  }
  await move(widget, 3);
  await afterFrames(page, 2);
  assert.match(await widget.locator('.counter').textContent(), /^Epoch 3 ·/);
  await widget.getByRole('button', { name: 'Play' }).click();
  await move(widget, 0);
  await widget.getByRole('button', { name: 'Pause' }).waitFor();
  await widget
    .locator('.counter')
    .filter({ hasText: /^Epoch ([4-9]|\d\d+) ·/ })
    .waitFor();
  watcher.assertClean();
  await page.close();
});

test('<nn-descent> playing, moved a few frames later, plays on from its step', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-descent', '', (w) =>
    w.locator('output.steps').waitFor(),
  );
  await widget.getByRole('button', { name: 'Play' }).click();
  await widget
    .locator('output.steps')
    .filter({ hasText: /^[3-9]|\d\d/ })
    .waitFor();
  const steps = () =>
    widget.evaluate((e) => Number(e.shadowRoot.querySelector('output.steps').textContent));
  const before = await steps();
  await move(widget, 3);
  await afterFrames(page, 1);
  assert.ok((await steps()) >= before, 'the steps went back');
  await widget.getByRole('button', { name: 'Pause' }).waitFor();
  await page.waitForFunction(
    (least) =>
      Number(
        document.querySelector('nn-descent').shadowRoot.querySelector('output.steps').textContent,
      ) >= least,
    before + 2,
  );
  watcher.assertClean();
  await page.close();
});
