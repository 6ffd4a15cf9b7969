// Exercises that a reader could pass without doing what they ask, closed (found by trying them as
// a student who knows the browser would): a lesson link carrying a trained network's weights, or
// easy points added to the data (by the link, the keyboard or the own-data fields), or the data set, shape or
// schedule an exercise did not keep; and a fixed attribute changed from a script before the
// widget's first check. Each is refused, and named, and nothing is recorded as solved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const site = siteForTests();
const PROGRESS = 'neuronlab.progress.v1';

/** A hand-made 2-2-1 network that computes XOR, as the trainer's `weights` writes it. */
function xorWeights() {
  const flat = [20, 20, 20, 20, -10, -30, 20, -20, -10];
  const bytes = Buffer.alloc(flat.length * 8);
  flat.forEach((w, i) => bytes.writeDoubleLE(w, i * 8));
  return `2x2x1.${bytes.toString('base64url')}`;
}

async function openLesson(path) {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  await page.goto(site.server.url + path);
  return { page, watcher };
}

/** True when the page's stored progress has the exercise `name` solved. */
const solved = async (page, name) =>
  ((await page.evaluate((key) => localStorage.getItem(key), PROGRESS)) ?? '').includes(`"${name}"`);

test('lesson 10: a network whose weights came with the link does not count as trained', async () => {
  const { page, watcher } = await openLesson(
    `lessons/10-train-it-xor-from-scratch/#train-xor.weights=${xorWeights()}`,
  );
  const trainer = page.locator('nn-trainer[data-exercise="train-xor"]');
  await trainer.scrollIntoViewIfNeeded();
  // The link's weights are taken (a shared network opens as it was)...
  await trainer.getByRole('button', { name: 'Step', exact: true }).click();
  const goal = trainer.locator('.goal');
  // ...but a goal met from them is not the reader's training.
  await goal
    .filter({ hasText: /Not counted: this network started from weights that came/ })
    .waitFor();
  assert.doesNotMatch(await goal.textContent(), /Solved/);
  assert.equal(await solved(page, 'train-xor'), false);
  watcher.assertClean();
  await page.close();
});

test('lesson 10: points added by the link or the keyboard are refused where the data set is kept', async () => {
  const points = Array.from({ length: 50 }, () => '3 3 0').join(' ');
  const { page, watcher } = await openLesson(
    `lessons/10-train-it-xor-from-scratch/#train-xor.points=${encodeURIComponent(points)}`,
  );
  const trainer = page.locator('nn-trainer[data-exercise="train-xor"]');
  await trainer.scrollIntoViewIfNeeded();
  await page
    .locator('.state-note')
    .filter({ hasText: /“train-xor\.points” \(the page sets the exercise\)/ })
    .waitFor();
  assert.equal(await trainer.getAttribute('points'), null);
  // The keyboard's way in: Enter on the boundary plot adds a point where the data may change.
  const plot = trainer.locator('canvas[aria-label*="Click to add a point"]').first();
  await plot.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
  assert.equal(await trainer.getAttribute('points'), null);
  assert.equal(await trainer.locator('fieldset.picker').isHidden(), true);
  // Nor can the reader's own data replace the data set: its fields are locked with the menu.
  assert.deepEqual(
    await trainer.evaluate((t) =>
      ['#formula', '#csv', '#csv-file'].map((s) => {
        const field = t.shadowRoot.querySelector(s);
        return field.readOnly || field.disabled;
      }),
    ),
    [true, true, true],
  );
  assert.equal(await trainer.getByRole('button', { name: 'Use this CSV' }).isDisabled(), true);
  assert.match(
    await trainer.locator('.fixed-note').textContent(),
    /keeps the data set and added points/,
  );
  watcher.assertClean();
  await page.close();
});

const LINKS = [
  ['07-measuring-wrong-the-loss', 'loss-below', 'dataset=or'],
  ['09-backpropagation-step-by-step', 'fix-hidden-bias', 'dataset=or'],
  ['09-backpropagation-step-by-step', 'fix-hidden-bias', 'activation=relu'],
  ['08-gradient-descent', 'settle-fast', 'decay=0.1'],
];
for (const [lesson, name, change] of LINKS) {
  test(`lesson ${lesson.slice(0, 2)}: a link cannot change the ${change.split('=')[0]} of “${name}”`, async () => {
    const { page, watcher } = await openLesson(`lessons/${lesson}/#${name}.${change}`);
    const attribute = change.split('=')[0];
    await page
      .locator('.state-note')
      .filter({ hasText: `“${name}.${attribute}” (the page sets the exercise)` })
      .waitFor();
    const widget = page.locator(`[data-exercise="${name}"]`);
    assert.notEqual(await widget.getAttribute(attribute), change.split('=')[1]);
    watcher.assertClean();
    await page.close();
  });
}

test('lesson 1: a fixed attribute changed by a script before the widget is checked does not count', async () => {
  const { page, watcher } = await openLesson('lessons/01-one-neuron/');
  const neuron = page.locator('nn-neuron[data-exercise="say-no"]');
  // The widget's code comes in after the page's load event on a slow machine; a change before the
  // element is a widget is the page's own text to it. The case is a change after it joined.
  await page.evaluate(() => customElements.whenDefined('nn-neuron'));
  await neuron.evaluate((n) => n.setAttribute('inputs', '-5, -5, -5'));
  await neuron.scrollIntoViewIfNeeded();
  const goal = neuron.locator('.goal');
  await goal.filter({ hasText: /the inputs are -5, -5, -5, not 0\.8, 0\.6, 0\.9/ }).waitFor();
  assert.doesNotMatch(await goal.textContent(), /Solved/);
  assert.equal(await solved(page, 'say-no'), false);
  watcher.assertClean();
  await page.close();
});

test('an exercise on the embed page takes the address’s values as the ones it keeps', async () => {
  // The frame's page is its address: `fixed` keeps the inputs the address gave, and a goal met
  // with them counts (the widget once took its page values before the address's were set).
  const query = 'widget=nn-neuron&inputs=0.1,0.2,0.3&bias=-5&goal=output%3C0.5&fixed=inputs';
  const { page, watcher } = await openLesson(`embed/?${query}`);
  const goal = page.locator('nn-neuron .goal');
  await goal.filter({ hasText: /Solved/ }).waitFor();
  assert.doesNotMatch(await goal.textContent(), /Not counted/);
  watcher.assertClean();
  await page.close();
});
