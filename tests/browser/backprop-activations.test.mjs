// <nn-backprop>'s activation menu reproduces lesson 11's vanishing-gradient table: for each
// column the table prints (sigmoid, ReLU), the reader picks that activation in the menu, goes to
// the last step, and the largest |gradient| of the weights into each layer, read off the
// widget's gradient table, equals the lesson's number to the digits the lesson prints.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { openWidget, parse, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const LESSON = join(repoRoot, 'lessons/11-modern-tools/index.md');
// The table's rows name a layer by its units' letter: $h$, $g$, $k$, $\hat y$.
const LETTERS = [
  ['$h$', 'h'],
  ['$g$', 'g'],
  ['$k$', 'k'],
  ['$\\hat y$', 'ŷ'],
];

/** The lesson's table: { columns: ['sigmoid', 'ReLU', …], rows: Map(letter -> [text, …]) }. */
function lessonTable() {
  const lines = readFileSync(LESSON, 'utf8').split('\n');
  const head = lines.findIndex((line) => line.startsWith('| weights into |'));
  assert.ok(head >= 0, 'lesson 11 has its table');
  const cells = (line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
  const columns = cells(lines[head]).slice(1);
  const rows = new Map();
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('|')) break;
    const [name, ...values] = cells(line);
    const letter = LETTERS.find(([tex]) => name.startsWith(tex))?.[1];
    assert.ok(letter, `a row of the table names its layer: ${name}`);
    rows.set(letter, values);
  }
  return { columns, rows };
}

/** value rounded to as many significant digits as `text` (such as "0.0030": 2) shows. */
function asPrinted(value, text) {
  const digits = text.replace(/^[-−0.]+/, '').replace('.', '').length;
  return Number(value.toPrecision(digits));
}

const table = lessonTable();
for (const [i, column] of table.columns.entries()) {
  test(`${column}: the widget's largest gradients per layer are lesson 11's`, async () => {
    const { page, watcher, widget } = await openWidget(
      site,
      'nn-backprop',
      'shape=2,4,4,4,1',
      (w) => w.locator('.title').filter({ hasText: /\w/ }).waitFor(),
    );
    const menu = widget.getByRole('combobox', { name: 'activation' });
    await menu.selectOption(column.toLowerCase());
    const slider = widget.getByRole('slider', { name: 'Step' });
    await slider.focus();
    await page.keyboard.press('End');
    await widget.locator('input[type=range][aria-valuetext^="Step 42 of 42:"]').waitFor();
    await widget.getByText(/^Largest relative difference/).waitFor();
    const rows = await widget.locator('table.gradients tbody tr').all();
    const read = await Promise.all(rows.map((row) => row.locator('th, td').allTextContents()));
    const largest = new Map();
    for (const [label, value] of read) {
      // Weights only: w(…→h₃) goes to layer h; biases are not in the table.
      const match = /^w\(.+→(ŷ|[hgk])[₀-₉]*\)$/.exec(label);
      if (!match) continue;
      largest.set(match[1], Math.max(largest.get(match[1]) ?? 0, Math.abs(parse(value))));
    }
    assert.deepEqual([...largest.keys()].sort(), ['g', 'h', 'k', 'ŷ']);
    for (const [letter, texts] of table.rows) {
      const text = texts[i];
      assert.equal(
        asPrinted(largest.get(letter), text),
        Number(text),
        `${column}, weights into ${letter}: the widget shows ${largest.get(letter)}, the lesson ${text}`,
      );
    }
    watcher.assertClean();
    await page.close();
  });
}
