// What the page's main thread does while <nn-digits> loads and trains, counted, not timed: the
// digits file is fetched by the worker and never crosses to the page (only the 2,000 test
// digits do, transferred); a slice's message carries the weights and no history or readings;
// the charts are painted by the worker on canvases handed to it, and asked for again only when
// the history (an epoch's end) or the playing state changes, not after every slice; the first-layer weight pictures are not painted while they
// are off screen, and are once they scroll into view.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const TEST_BYTES = 2000 * (1 + 28 * 28); // the test digits' labels and pixels
const WEIGHT_BYTES = 16 * 784 * 4; // 16 neurons' 784 weights, float32

/**
 * In the page, before its scripts: every message to and from a Worker is recorded as { type,
 * keys, bytes } (bytes: the typed arrays and buffers it holds), and each canvas counts its
 * clearRect calls (a chart's draw starts with one) and putImageData calls (a picture's paint).
 */
function countTraffic() {
  const size = (value) => {
    if (value instanceof ArrayBuffer) return value.byteLength;
    if (ArrayBuffer.isView(value)) return value.byteLength;
    if (value && typeof value === 'object')
      return Object.values(value).reduce((sum, v) => sum + size(v), 0);
    return 0;
  };
  const offscreen = (data) =>
    Object.values(data ?? {})
      .flat()
      .filter((v) => v instanceof OffscreenCanvas).length;
  const record = (list, data) =>
    list.push({
      type: data?.type,
      keys: Object.keys(data ?? {}),
      bytes: size(data),
      offscreen: offscreen(data),
    });
  const traffic = { toWorker: [], fromWorker: [] };
  Object.defineProperty(window, 'traffic', { value: traffic });
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => record(traffic.fromWorker, event.data));
    }
    postMessage(message, transfer) {
      record(traffic.toWorker, message);
      return super.postMessage(message, transfer);
    }
  };
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['clearRect', 'putImageData']) {
    const native = proto[name];
    proto[name] = function (...args) {
      this.canvas.counts ??= { clearRect: 0, putImageData: 0 };
      this.canvas.counts[name] += 1;
      return native.apply(this, args);
    };
  }
}

test('the digits stay in the worker, slices send little and the page redraws only what changed', async () => {
  await site.browser.context.addInitScript(countTraffic);
  const { page, watcher, widget } = await openWidget(site, 'nn-digits', 'epochs=1', (w) =>
    w.getByRole('button', { name: /^Load the digits/ }).waitFor(),
  );
  const weights = widget.locator('figure.weights');
  const below = await weights.evaluate((figure) => figure.getBoundingClientRect().top);
  assert.ok(below > page.viewportSize().height, 'the weight pictures start off screen');

  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 1 of 1 / })
    .waitFor({ timeout: 120000 });
  await afterFrames(page, 5);
  const traffic = await page.evaluate(() => window.traffic);
  const counts = (selector) =>
    widget
      .locator(selector)
      .evaluateAll((list) => list.map((c) => c.counts ?? { clearRect: 0, putImageData: 0 }));

  // The page asked for the file by its address; the worker fetched it.
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  assert.equal(fetched.filter((name) => name.endsWith('/data/digits.bin')).length, 0);
  assert.deepEqual(
    traffic.toWorker.filter((m) => m.bytes > 0),
    [],
    'the page sends the worker settings and commands, no digits',
  );
  const loaded = traffic.fromWorker.filter((m) => m.type === 'loaded');
  assert.equal(loaded.length, 1);
  assert.equal(loaded[0].bytes, TEST_BYTES, 'the page receives the test digits only');

  const progress = traffic.fromWorker.filter((m) => m.type === 'progress');
  const slices = progress.filter((m) => !m.keys.includes('history'));
  const ends = progress.length - slices.length; // the reset's copy and each epoch's end
  assert.ok(slices.length >= 5, `${slices.length} slice copies`);
  for (const m of slices) {
    assert.deepEqual(
      m.keys.filter((k) => ['history', 'read', 'confusion'].includes(k)),
      [],
    );
    assert.equal(m.bytes, WEIGHT_BYTES, 'a slice sends the shown weights and numbers');
  }

  // Charts: handed to the worker once (two OffscreenCanvases), painted there, never on the
  // page, and asked for at the reset, Train, each epoch's end and a width change, not every slice.
  const handed = traffic.toWorker.filter((m) => m.type === 'charts');
  assert.deepEqual(
    handed.map((m) => m.offscreen),
    [2],
  );
  for (const chart of await counts('canvas.chart'))
    assert.equal(chart.clearRect, 0, 'a chart drawn on the page');
  const asked = traffic.toWorker.filter((m) => m.type === 'drawCharts').length;
  assert.ok(asked >= ends && asked <= ends + 3, `charts asked for ${asked} times, ${ends} ends`);
  // The weight pictures were off screen the whole run: never painted, until seen.
  const unseen = await counts('.weight-grid canvas');
  assert.deepEqual(
    unseen.filter((c) => c.putImageData > 0),
    [],
  );
  await weights.scrollIntoViewIfNeeded();
  // A few pictures a frame (nn-digits-frames.test.mjs): wait until the last is painted.
  const grid = await widget.locator('.weight-grid').elementHandle();
  await page.waitForFunction(
    (g) => [...g.querySelectorAll('canvas')].every((c) => c.counts?.putImageData > 0),
    grid,
  );
  await afterFrames(page, 3);
  const seen = await counts('.weight-grid canvas');
  assert.equal(seen.length, 16);
  for (const c of seen) assert.equal(c.putImageData, 1, 'each picture painted once');
  watcher.assertClean();
  await page.close();
});
