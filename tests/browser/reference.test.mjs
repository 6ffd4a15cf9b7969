// Issue 15, finding 9: the widget reference (docs/embedding.md, written by
// web/site-build/widget-reference.mjs) is tested against the widgets. Every name it lists as accepted
// is set on the real widget, on the embed page, and must draw with no message; so must the
// example its words promise (<nn-neuron> with 8 inputs and one weight, the rest counted as 0).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { widgetSchemas } from '../../web/src/widgets/index.js';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** tag -> [attribute, accepted names] for every row of type "name" in the reference. */
function namesInReference() {
  const text = readFileSync(join(repoRoot, 'docs/embedding.md'), 'utf8');
  const widgets = new Map();
  let tag = null;
  for (const line of text.split('\n')) {
    const heading = /^### `<(nn-[a-z]+)>`$/.exec(line);
    if (heading) {
      tag = heading[1];
      widgets.set(tag, []);
      continue;
    }
    const cells = line.split('|').map((cell) => cell.trim());
    if (!tag || cells.length < 6 || cells[2] !== 'name') continue;
    const attribute = /^`([a-z-]+)`$/.exec(cells[1])?.[1];
    const names = [...cells[4].matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    if (attribute) widgets.get(tag).push([attribute, names]);
  }
  return widgets;
}

const REFERENCE = namesInReference();
// Names whose row in the reference says they go with another setting, and that setting.
const TOGETHER = new Map([
  ['nn-trainer loss=softmax_ce', ['dataset', 'spiral3']], // "softmax_ce for three" classes
  ['nn-trainer dataset=csv', ['csv', '0 0 0 1 1 1']], // "the rows of the csv attribute"
  ['nn-export loss=softmax_ce', ['output', 'softmax']], // "softmax_ce with a softmax output"
]);

test('the reference has a section for every widget', () => {
  assert.deepEqual([...REFERENCE.keys()].sort(), widgetSchemas.map((schema) => schema.tag).sort());
  assert.ok([...REFERENCE.values()].flat().length >= 15);
});

for (const [tag, rows] of REFERENCE) {
  test(`<${tag}> accepts every name its reference lists`, async () => {
    const { page, watcher, widget } = await openWidget(site, tag, '', (w) =>
      w.locator('.body > :not(.loading)').first().waitFor(),
    );
    const refused = [];
    for (const [attribute, names] of rows) {
      for (const name of names) {
        const pairs = [[attribute, name]];
        const other = TOGETHER.get(`${tag} ${attribute}=${name}`);
        if (other) pairs.unshift(other);
        await widget.evaluate((e, set) => set.forEach(([a, v]) => e.setAttribute(a, v)), pairs);
        await afterFrames(page, 2);
        const alerts = await widget.locator('.alerts').textContent();
        if (alerts !== '') refused.push(`${attribute}="${name}": ${alerts}`);
        await widget.evaluate((e, set) => set.forEach(([a]) => e.removeAttribute(a)), pairs);
      }
    }
    assert.deepEqual(refused, []);
    watcher.assertClean();
    await page.close();
  });
}

test('<nn-neuron inputs="1,…,8" weights="1">: missing weights count as 0, as the reference says', async () => {
  const { page, watcher, widget } = await openWidget(
    site,
    'nn-neuron',
    'inputs=1,1,1,1,1,1,1,1&weights=1&bias=0&activation=linear',
    (w) => w.locator('.z-value').filter({ hasText: /^1$/ }).waitFor(),
  );
  assert.equal(await widget.locator('.alerts').textContent(), '');
  watcher.assertClean();
  await page.close();
});
