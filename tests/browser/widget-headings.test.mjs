// A widget's own headings follow the page (shared/headings.js): one level below the last
// heading before the widget, so the page's outline skips no level. <nn-trainer> and
// <nn-backprop> on the embed page (its one h1) head their parts with h2, on a lesson (h2
// sections) with h3, and axe finds no heading-order problem. (nn-digits: nn-digits.test.mjs.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchPage } from './harness.mjs';
import { axeProblems, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests({ axe: true });

// Each widget, the names of headings it shows from the start, and when it is drawn.
const WIDGETS = {
  'nn-trainer': {
    names: ['Decision boundary', 'Network', 'Loss', 'Accuracy', 'Training health'],
    ready: (w) =>
      w
        .locator('.readout')
        .filter({ hasText: /^Epoch 0 · loss/ })
        .waitFor(),
  },
  'nn-backprop': {
    names: [/\w/], // the step shown
    ready: (w) => w.locator('.title').filter({ hasText: /\w/ }).waitFor(),
  },
};

/** Every heading of the widget at `level` (the role pierces its shadow root), found by name. */
async function assertLevel(widget, tag, level) {
  for (const name of WIDGETS[tag].names) {
    const heading = widget.getByRole('heading', { level, name });
    assert.ok((await heading.count()) > 0, `${tag}: no h${level} named ${name}`);
  }
  const others = [1, 2, 3, 4, 5, 6].filter((l) => l !== level);
  for (const other of others)
    assert.equal(
      await widget.getByRole('heading', { level: other }).count(),
      0,
      `${tag} h${other}`,
    );
}

const outlineProblems = async (page) =>
  (await axeProblems(page, site)).filter((p) => p.startsWith('heading-order'));

for (const tag of Object.keys(WIDGETS)) {
  test(`<${tag}> under the embed page's h1 heads its parts with h2, the outline whole`, async () => {
    const { page, watcher, widget } = await openWidget(site, tag, '', WIDGETS[tag].ready);
    await assertLevel(widget, tag, 2);
    assert.deepEqual(await outlineProblems(page), []);
    watcher.assertClean();
    await page.close();
  });
}

for (const [tag, lesson] of [
  ['nn-trainer', 'lessons/10-train-it-xor-from-scratch/'],
  ['nn-backprop', 'lessons/09-backpropagation-step-by-step/'],
]) {
  test(`<${tag}> in an h2 section of ${lesson} heads its parts with h3`, async () => {
    const page = await site.browser.context.newPage();
    const watcher = await watchPage(page);
    await page.goto(`${site.server.url}${lesson}`);
    const widget = page.locator(tag).first();
    await widget.scrollIntoViewIfNeeded();
    await WIDGETS[tag].ready(widget);
    await assertLevel(widget, tag, 3);
    assert.deepEqual(await outlineProblems(page), []);
    watcher.assertClean();
    await page.close();
  });
}
