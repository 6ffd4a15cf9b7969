// <nn-matrix> in Chromium, used as a reader would: the pointer over each cell of Z lights up
// its row of X, its column of W and b, and writes out a dot product whose sum is the cell; the
// keyboard cursor does the same; the four one-sample passes equal the rows of Z; a weight is
// typed in; bad attributes are named. Z itself is checked against the core's forward pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core, coreNetwork } from './core-network.mjs';
import { screenshot } from './harness.mjs';
import { axeProblems, openWidget, parse, shown, siteForTests } from './widget-page.mjs';

const W = [0.5, 0.4, -0.3, 0.6];
const B = [0.1, -0.2];

const site = siteForTests({ axe: true });

/** Z = XW + b for the XOR inputs (rows of numbers), from a core Network with a linear layer. */
function coreZ(weights, bias, X = null) {
  const units = bias.length;
  // The flat weights attribute lists W row by row, then b.
  const shape = [2, units];
  const { net, data } = coreNetwork(core, {
    shape,
    output: 'linear',
    weights: [...weights, ...bias],
  });
  try {
    const z = net.forward(X ?? data.X).layers[0].z;
    return Array.from({ length: z.rows }, (_, r) =>
      Array.from(z.data.slice(r * units, (r + 1) * units)),
    );
  } finally {
    net.dispose();
  }
}

async function openMatrix(query) {
  const { page, watcher, widget } = await openWidget(site, 'nn-matrix', query, (widget) =>
    widget.locator('.sum').filter({ hasText: /=/ }).waitFor(),
  );
  return { page, watcher, widget };
}

/** Which cells of a matrix carry a class, as "row,col" strings. */
async function marked(widget, box, name) {
  return widget
    .locator(`.matrix-box.${box} td.${name}`)
    .evaluateAll((cells) => cells.map((td) => `${td.dataset.row},${td.dataset.col}`));
}

/** Checks what the widget shows for cell (r, c) of Z against the core's Z. */
async function checkCell(widget, Z, r, c, units = 2) {
  const sub = `${'₀₁₂₃₄'[r + 1]}${'₀₁₂₃₄'[c + 1]}`;
  await widget
    .locator('.sum')
    .filter({ hasText: `z${sub} = ` })
    .waitFor();
  assert.deepEqual(await marked(widget, 'x', 'hl-row'), [`${r},0`, `${r},1`]);
  assert.deepEqual(await marked(widget, 'w', 'hl-col'), [`0,${c}`, `1,${c}`]);
  assert.deepEqual(await marked(widget, 'b', 'hl-col'), [`0,${c}`]);
  assert.deepEqual(await marked(widget, 'z', 'hl-cell'), [`${r},${c}`]);
  // z₂₁ = 0·0.5 + 1·(−0.3) + 0.1 = −0.2: the products and the bias add up to the result.
  const text = await widget.locator('.sum').textContent();
  const [, sum, result] = /^z\S+ = (.+) = (\S+)$/.exec(text);
  const terms = sum.split(' + ').map((term) => term.split('·').map(parse));
  const total = terms.reduce((acc, [a, b = 1]) => acc + a * b, 0);
  assert.equal(shown(total), result, text);
  const cell = widget.locator(`.matrix-box.z td[data-row="${r}"][data-col="${c}"]`);
  assert.equal(await cell.textContent(), result);
  assert.equal(result, shown(Z[r][c]));
  assert.equal(await cell.getAttribute('aria-selected'), 'true');
  assert.equal(terms.length, 3, `two products and b for ${units} units`);
}

test('the pointer over each cell of Z lights its row, column and sum, equal to the core', async () => {
  const { page, watcher, widget } = await openMatrix('');
  const Z = coreZ(W, B);
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 2; c++) {
      await widget.locator(`.matrix-box.z td[data-row="${r}"][data-col="${c}"]`).hover();
      await checkCell(widget, Z, r, c);
    }
  }
  // The example of the lesson: x = (1, 0), first column of W.
  await widget.locator('.matrix-box.z td[data-row="2"][data-col="0"]').hover();
  await widget.locator('.sum').filter({ hasText: 'z₃₁ = 1·0.5 + 0·(−0.3) + 0.1 = 0.6' }).waitFor();
  assert.equal(await widget.locator('.sum-symbols').textContent(), 'z₃₁ = x₃₁·w₁₁ + x₃₂·w₂₁ + b₁');
  watcher.assertClean();
  await page.close();
});

test('by keyboard: Tab into Z, arrow keys move the cursor, the sum follows', async () => {
  const { page, watcher, widget } = await openMatrix('');
  const Z = coreZ(W, B);
  await widget.getByRole('textbox', { name: 'b, column 2' }).focus();
  await page.keyboard.press('Tab');
  await checkCell(widget, Z, 0, 0);
  const moves = [
    ['ArrowDown', 1, 0],
    ['ArrowRight', 1, 1],
    ['ArrowDown', 2, 1],
    ['ArrowDown', 3, 1],
    ['ArrowDown', 3, 1], // the bottom edge holds
    ['Home', 3, 0],
    ['ArrowUp', 2, 0],
    ['End', 2, 1],
  ];
  for (const [key, r, c] of moves) {
    await page.keyboard.press(key);
    await checkCell(widget, Z, r, c);
    const focused = await page.evaluate(() => {
      const cell = document.querySelector('nn-matrix').shadowRoot.activeElement;
      return `${cell.dataset.row},${cell.dataset.col}`;
    });
    assert.equal(focused, `${r},${c}`);
  }
  watcher.assertClean();
  await page.close();
});

test('the four one-sample passes each equal their row of Z', async () => {
  const { page, watcher, widget } = await openMatrix('');
  await widget.getByRole('checkbox', { name: 'Show the four one-sample passes' }).check();
  assert.equal(await widget.getAttribute('passes'), '');
  const items = widget.locator('.passes li');
  await items.nth(3).waitFor();
  const X = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ];
  const Z = coreZ(W, B);
  for (let r = 0; r < 4; r++) {
    const alone = coreZ(W, B, [X[r]])[0];
    assert.deepEqual(alone, Z[r]);
    const text = await items.nth(r).textContent();
    const row = (values) => `[${values.map(shown).join('  ')}]`;
    assert.equal(text, `${row(X[r])} · W + b = ${row(alone)} = row ${r + 1} of Z ✓`);
  }
  // The toggle works from the keyboard too.
  await widget.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await widget.locator('.passes').waitFor({ state: 'hidden' });
  assert.equal(await widget.getAttribute('passes'), null);
  watcher.assertClean();
  await page.close();
});

test('a weight typed into W changes Z as the core says; a bad one is named and ignored', async () => {
  const { page, watcher, widget } = await openMatrix('');
  const field = widget.getByRole('textbox', { name: 'W row 2, column 1' });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('-0.5');
  // Typed, not yet committed: nothing applied (not the "-0" on the way either).
  assert.equal(await widget.getAttribute('weights'), null);
  await page.keyboard.press('Enter');
  const weights = W.with(2, -0.5);
  assert.equal(await widget.getAttribute('weights'), weights.join(', '));
  const Z = coreZ(weights, B);
  await widget.locator('.matrix-box.z td[data-row="1"][data-col="0"]').hover();
  await checkCell(widget, Z, 1, 0);

  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('abc');
  await widget
    .locator('.message')
    .filter({ hasText: 'W row 2, column 1: "abc" is not accepted' })
    .waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await widget.getAttribute('weights'), weights.join(', '));
  await checkCell(widget, Z, 1, 0);
  watcher.assertClean();
  await page.close();
});

test('the target exercise: typing the W and b that give the target Z solves it once', async () => {
  const target = [1, -1, 0, 2, 3, 0, 2, 3]; // lesson 6's puzzle
  const query = `weights=0,0,0,0&bias=0,0&goal=target&target=${target.join(',')}`;
  const { page, watcher, widget } = await openMatrix(query);
  await page.evaluate(() => {
    globalThis.solvedCount = 0;
    document.addEventListener('nn-solved', () => (globalThis.solvedCount += 1));
  });
  const goal = widget.locator('.goal');
  assert.match(await goal.textContent(), /^Goal: choose W and b/);
  // The answer, as the lesson's hint derives it: b is row 1 of Z, then W row by row.
  const answer = { 'b, column 1': '1', 'b, column 2': '-1' };
  Object.assign(answer, { 'W row 1, column 1': '2', 'W row 1, column 2': '1' });
  Object.assign(answer, { 'W row 2, column 1': '-1', 'W row 2, column 2': '3' });
  for (const [name, value] of Object.entries(answer)) {
    await widget.getByRole('textbox', { name, exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
  await goal.filter({ hasText: '✓ Solved' }).waitFor();
  const Z = coreZ([2, 1, -1, 3], [1, -1]).flat();
  assert.deepEqual(Z, target, 'the core agrees that this W and b give the target');
  assert.equal(await page.evaluate(() => globalThis.solvedCount), 1);
  watcher.assertClean();
  await page.close();
});

test('three units, and bad attributes named in an alert', async () => {
  const { page, watcher, widget } = await openMatrix('units=3&weights=1,2,3,4,5,6&bias=0.5,x,1');
  const alert = widget.getByRole('alert');
  await alert.filter({ hasText: 'bias="0.5,x,1": expected 3 numbers' }).waitFor();
  // b keeps its last good value (the default), fitted to three units with a 0.
  const Z = coreZ([1, 2, 3, 4, 5, 6], [0.1, -0.2, 0]);
  await widget.locator('.matrix-box.z td[data-row="3"][data-col="2"]').hover();
  await checkCell(widget, Z, 3, 2, 3);
  assert.equal(await widget.locator('.matrix-box.z td').count(), 12);
  watcher.assertClean();
  await page.close();
});

test('axe and screenshots: a highlighted cell and the passes, desktop and a 375 px phone', async () => {
  const { page, watcher, widget } = await openMatrix('passes');
  await widget.locator('.matrix-box.z td[data-row="2"][data-col="0"]').hover();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  assert.deepEqual(await axeProblems(page, site), [], 'axe');
  await screenshot(page, 'nn-matrix');
  watcher.assertClean();
  await page.close();
});
