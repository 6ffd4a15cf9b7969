// Typed numbers take effect when the reader commits them (Enter or leaving the field), never
// keystroke by keystroke: in <nn-trainer>, "99" typed as hidden layers must not build a network
// of 9 on the way (9 is accepted, 99 is not), "12" must not build one of 1 first, and the same
// holds for a field with a slider (L2) and the learning rate's field. Checked by what the widget
// computed: the networks it sent out ('nn-model') and the changes it made ('nn-change').
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** Opens a trainer that records every model it sends and every change it makes. */
async function openRecordedTrainer() {
  const opened = await openWidget(site, 'nn-trainer', '', (widget) =>
    widget
      .locator('.readout')
      .filter({ hasText: /^Epoch 0 · loss/ })
      .waitFor(),
  );
  await opened.widget.evaluate((element) => {
    window.hidden = []; // the hidden widths of each model sent
    window.changes = [];
    element.addEventListener('nn-model', (event) =>
      window.hidden.push(event.detail.model.layers.slice(0, -1).map((layer) => layer.units)),
    );
    element.addEventListener('nn-change', (event) =>
      window.changes.push(`${event.detail.name}=${event.detail.value}`),
    );
  });
  return opened;
}

const recorded = (page) =>
  page.evaluate(() => ({ hidden: window.hidden, changes: window.changes }));

/** Types text into the field key by key, as a reader does, after selecting what it holds. */
async function typeInto(page, field, text) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Types text into the field named `name`, presses Enter, and waits for its message. */
async function typeRefused(widget, name, text) {
  const field = widget.getByRole('textbox', { name, exact: true });
  await typeInto(widget.page(), field, text);
  await widget.page().keyboard.press('Enter');
  const id = await field.getAttribute('id');
  await widget
    .locator(`#${id}-message`)
    .filter({ hasText: `"${text}" is not accepted` })
    .waitFor();
  return field;
}

test('"99" typed as hidden layers never trains a layer of 9; "12" never one of 1', async () => {
  const { page, watcher, widget } = await openRecordedTrainer();
  const field = await typeRefused(widget, 'hidden layers', '99');
  // Two frames: time for any render the keystrokes asked for.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  assert.deepEqual(await recorded(page), { hidden: [], changes: [] });
  assert.equal(await widget.getAttribute('hidden-layers'), null);

  await typeInto(page, field, '12');
  assert.deepEqual((await recorded(page)).changes, [], 'nothing applied before Enter');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.hidden.length > 0);
  assert.deepEqual(await recorded(page), { hidden: [[12]], changes: ['hidden-layers=12'] });
  assert.equal(await field.getAttribute('aria-invalid'), 'false');
  watcher.assertClean();
  await page.close();
});

test('a field with a slider and the learning rate apply only a whole, committed number', async () => {
  const { page, watcher, widget } = await openRecordedTrainer();
  // L2 accepts 0 to 1: "10" passes through "1" on the way.
  const l2 = widget.getByRole('textbox', { name: 'L2', exact: true });
  await typeInto(page, l2, '10');
  await l2.blur(); // leaving the field commits it too
  await widget.locator('#l2-message').filter({ hasText: '"10" is not accepted' }).waitFor();
  // The learning rate accepts up to 1000: "2000" passes through 2, 20 and 200.
  const rate = await typeRefused(widget, 'learning rate', '2000');
  assert.deepEqual((await recorded(page)).changes, []);
  assert.equal(await widget.getAttribute('l2'), null);
  assert.equal(await widget.getAttribute('learning-rate'), null);
  // A good rate typed then committed is applied once, whole.
  await typeInto(page, rate, '0.05');
  await page.keyboard.press('Enter');
  assert.deepEqual((await recorded(page)).changes, ['learning-rate=0.05']);
  watcher.assertClean();
  await page.close();
});
