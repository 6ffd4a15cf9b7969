// How <nn-digits> spreads its drawing over frames while it trains, counted, not timed: the misread
// gallery (its items' words with them) and the first-layer weight pictures are painted a few per
// frame (one frame's drawing is one synchronous run of the widget's render, so the paints of one
// run are counted together), and each epoch's new readings change the page's nodes in place: no
// element or text node is made or removed in the widget from the first epoch's end to the last
// (only the runs table gains its row when the run finishes); the confusion matrix takes an epoch's
// new counts two rows a frame; and no drawing reads an element's client size (a layout in the
// frame).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const A_FRAME = 4;

/**
 * In the page, before its scripts: window.paints lists, per synchronous run of script, the
 * pictures painted in it (a canvas's putImageData, an image's new src); where each one sits is
 * read at the end (a picture may be painted before it is placed in the page).
 */
function countPaints() {
  const paints = [];
  Object.defineProperty(window, 'paints', { value: paints });
  let run = null;
  const painted = (element) => {
    if (!run) {
      run = [];
      paints.push(run);
      queueMicrotask(() => (run = null));
    }
    run.push(element);
  };
  const proto = CanvasRenderingContext2D.prototype;
  const native = proto.putImageData;
  proto.putImageData = function (...args) {
    painted(this.canvas);
    return native.apply(this, args);
  };
  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    ...src,
    set(value) {
      painted(this);
      src.set.call(this, value);
    },
  });
}

/**
 * In the page, before its scripts: window.sizeReads counts the reads of an element's clientWidth
 * or clientHeight (each lays the page out first if a change waits) once window.countSizes is set.
 */
function countSizeReads() {
  Object.defineProperty(window, 'sizeReads', { value: { count: 0 } });
  for (const name of ['clientWidth', 'clientHeight']) {
    const native = Object.getOwnPropertyDescriptor(Element.prototype, name);
    Object.defineProperty(Element.prototype, name, {
      ...native,
      get() {
        if (window.countSizes) window.sizeReads.count += 1;
        return native.get.call(this);
      },
    });
  }
}

test('the gallery and the weight pictures are painted a few a frame, and epochs change nodes in place', async () => {
  await site.browser.context.addInitScript(countPaints);
  await site.browser.context.addInitScript(countSizeReads);
  const { page, watcher, widget } = await openWidget(site, 'nn-digits', 'epochs=3', (w) =>
    w.getByRole('button', { name: /^Load the digits/ }).waitFor(),
  );
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click();
  // While it trains, the gallery and the weight pictures are painted only on screen: the reader
  // scrolls down to them (the gallery at the top of the window, the pictures below it).
  await widget.locator('.gallery').evaluate((gallery) => gallery.scrollIntoView());
  const onScreen = await widget
    .locator('figure.weights')
    .evaluate((figure) => figure.getBoundingClientRect().bottom <= innerHeight);
  assert.ok(onScreen, 'the weight pictures are on screen below the gallery');
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 1 of 3 / })
    .waitFor({ timeout: 120000 });
  // The first epoch's gallery drawn whole (it is busy while pictures wait).
  await widget
    .locator('.gallery > p')
    .filter({ hasText: /after epoch 1\./ })
    .waitFor();
  await widget.locator('.gallery[aria-busy="true"]').waitFor({ state: 'detached' });
  // From here on, every change of the widget's nodes: a node added or removed, or a text.
  // Each observer call holds the changes of one run of script (its records are delivered after
  // it): `run` numbers them, and a count's change keeps the matrix row it is in.
  await widget.evaluate((element) => {
    window.countSizes = true;
    window.changes = [];
    let run = 0;
    new MutationObserver((records) => {
      run += 1;
      for (const r of records) {
        const at = r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : r.target;
        const place = at.closest('table.runs')
          ? 'runs'
          : at.closest('.gallery')
            ? 'gallery'
            : at.closest('table.confusion')
              ? 'matrix'
              : 'other';
        window.changes.push({
          run,
          type: r.type,
          place,
          row: place === 'matrix' ? (at.closest('tr')?.rowIndex ?? null) : null, // null: the caption
          // a picture's item (its place in the strip), not the "and N more" line
          item:
            place === 'gallery'
              ? [...at.closest('.gallery').querySelectorAll('li:not(.more)')].indexOf(
                  at.closest('li'),
                )
              : null,
          nodes: r.addedNodes.length + r.removedNodes.length,
        });
      }
    }).observe(element.shadowRoot, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
  });
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 3 of 3 / })
    .waitFor({ timeout: 120000 });
  await widget.getByRole('button', { name: 'Train' }).waitFor();
  await afterFrames(page, 10);

  const paints = await page.evaluate(() =>
    window.paints.map((run) => {
      const count = (selector) => run.filter((picture) => picture.closest(selector)).length;
      return { gallery: count('.gallery'), weights: count('.weight-grid') };
    }),
  );
  const sum = (place) => paints.reduce((n, run) => n + run[place], 0);
  const most = (place) => Math.max(...paints.map((run) => run[place]));
  assert.ok(most('gallery') <= A_FRAME, `${most('gallery')} gallery pictures in one frame`);
  assert.ok(most('weights') <= A_FRAME, `${most('weights')} weight pictures in one frame`);
  // Each epoch's gallery is painted (its pictures stay in place: all counted here).
  assert.ok(sum('gallery') >= 40, `${sum('gallery')} gallery pictures painted in 3 epochs`);
  assert.ok(sum('weights') >= 32, `${sum('weights')} weight pictures painted`);

  const changes = await page.evaluate(() => window.changes);
  const made = changes.filter((c) => c.type === 'childList' && c.place !== 'runs');
  assert.deepEqual(made, [], 'no node made or removed outside the runs table');
  assert.ok(
    changes.filter((c) => c.place === 'runs' && c.nodes > 0).length === 1,
    'the finished run gets its row',
  );
  assert.ok(
    changes.some((c) => c.type === 'characterData' && c.place === 'gallery'),
    "the gallery's texts changed in place",
  );
  // The charts, drawn again at each epoch's end, take their size from a ResizeObserver.
  const reads = await page.evaluate(() => window.sizeReads.count);
  assert.equal(reads, 0, 'client sizes read (each a layout) while training');
  // An epoch's misread digits get their words a few items a frame, with their pictures.
  const items = new Map(); // run -> the gallery items it changed
  for (const c of changes.filter((c) => c.place === 'gallery' && c.item >= 0))
    items.set(c.run, new Set([...(items.get(c.run) ?? []), c.item]));
  const busiest = Math.max(...[...items.values()].map((r) => r.size));
  assert.ok(busiest <= A_FRAME, `${busiest} gallery items changed in one frame`);
  // An epoch's new counts are written two rows of the matrix a frame, not ten in one.
  const rows = new Map(); // run -> the matrix rows it changed
  for (const c of changes.filter((c) => c.place === 'matrix' && c.row !== null))
    rows.set(c.run, new Set([...(rows.get(c.run) ?? []), c.row]));
  assert.ok(rows.size >= 2, `the counts changed in ${rows.size} runs of script`);
  const widest = Math.max(...[...rows.values()].map((r) => r.size));
  assert.ok(widest <= 2, `${widest} rows of the matrix changed in one frame`);
  watcher.assertClean();
  await page.close();
});
