// Where a change while training is laid out and repainted, checked by structure, not time: the
// widget paints as one unit (isolation), so the page around it keeps its recorded painting; each
// of its blocks does too; and the panels whose words change while training (health, confusion
// matrix, misread gallery) are layout islands (shared/layout-island.js): size-contained boxes,
// so Chrome lays a change inside out from the island, whose height follows its content's, at
// 1280 px and after the window narrows to 375 px, so nothing in them is cut.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAndTrain } from './digits-widget.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** In the widget: each island's containment, its height and its content's, and the blocks'. */
const measure = (element) => {
  const root = element.shadowRoot;
  const islands = [...root.querySelectorAll('.island')].map((island) => {
    const content = island.firstElementChild;
    const panel = content.firstElementChild;
    const box = island.getBoundingClientRect();
    const inner = [...content.querySelectorAll('*')].map((e) => e.getBoundingClientRect());
    return {
      panel: panel.className,
      contain: getComputedStyle(island).contain,
      height: box.height,
      content: content.getBoundingClientRect().height,
      // the lowest bottom of anything inside that is rendered, against the island's bottom
      overhang: Math.max(0, ...inner.filter((r) => r.height > 0).map((r) => r.bottom)) - box.bottom,
    };
  });
  const blocks = [...root.querySelector('.body').children].map(
    (e) => getComputedStyle(e).isolation,
  );
  return { host: getComputedStyle(element).isolation, islands, blocks };
};

test('nn-digits: its changing panels are layout islands that fit their content; it paints as one unit', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-digits', 'epochs=1', (w) =>
    w.getByRole('button', { name: /^Load the digits/ }).waitFor(),
  );
  await loadAndTrain(widget, 1, 120000);
  await widget.getByRole('button', { name: 'Train' }).waitFor();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    // visit each panel, as a reader would, before measuring it
    for (const panel of ['table.confusion', '.gallery .thumb >> nth=0', '.health'])
      await widget.locator(panel).scrollIntoViewIfNeeded();
    await afterFrames(page, 3);
    const m = await widget.evaluate(measure);
    assert.equal(m.host, 'isolate', 'the widget paints as one unit');
    assert.ok(
      m.blocks.every((b) => b === 'isolate'),
      `each block of the widget paints as one unit: ${m.blocks}`,
    );
    const panels = m.islands.map((i) => i.panel).join(' | ');
    for (const name of ['health', 'confusion-box', 'gallery'])
      assert.ok(panels.includes(name), `${name} is in an island (${panels})`);
    for (const island of m.islands) {
      assert.equal(island.contain, 'size layout', `${island.panel}: size-contained`);
      assert.ok(
        Math.abs(island.height - island.content) < 1,
        `${island.panel} at ${width} px: island ${island.height} px, content ${island.content} px`,
      );
      assert.ok(
        island.overhang < 1,
        `${island.panel} at ${width} px: cut by ${island.overhang} px`,
      );
    }
  }
  watcher.assertClean();
  await page.close();
});

test('a lesson page: each block of the text paints as one unit', async () => {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.url}lessons/13-handwritten-digits/`);
  const isolation = await page.evaluate(() =>
    [...document.querySelectorAll('.prose > *')].map((e) => getComputedStyle(e).isolation),
  );
  assert.ok(isolation.length > 20, `${isolation.length} blocks`);
  assert.deepEqual(
    isolation.filter((i) => i !== 'isolate'),
    [],
    'every block of the lesson text isolated',
  );
  await page.close();
});
