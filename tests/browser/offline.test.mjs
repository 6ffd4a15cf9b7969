// Offline reading: a reader opens only lesson 1 while online, then goes offline. The service
// worker installed on that first visit keeps every file of the site, so lessons 2, 5, 10 and 12
// and the widget gallery open offline with every widget built and no failed request.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, serveSite } from './harness.mjs';
import { openProbed } from './probes.mjs';

const LATER = [
  'lessons/02-activation-functions/',
  'lessons/05-two-layers-solve-xor/',
  'lessons/10-train-it-xor-from-scratch/',
  'lessons/12-to-the-frameworks/',
  'gallery/',
];

let server;
let browser;
before(async () => {
  server = await serveSite();
  browser = await launchBrowser(); // a fresh profile: no worker, no cache yet
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('after only lesson 1 online, lessons 2, 5, 10, 12 and the gallery work offline', async () => {
  const first = await browser.context.newPage();
  await first.goto(`${server.url}lessons/01-one-neuron/`);
  // ready resolves once a worker has installed (its precache complete) and is active.
  const state = await first.evaluate(
    async () => (await navigator.serviceWorker.ready).active.state,
  );
  assert.match(state, /^activat/);
  await first.close();

  await browser.context.setOffline(true);
  try {
    for (const path of LATER) {
      const { page, watch } = await openProbed(browser);
      await page.goto(`${server.url}${path}`);
      const widgets = await page.evaluate(async () => {
        const list = window.__probe.widgets();
        for (const widget of list) {
          widget.scrollIntoView();
          // Bounded in frames: a widget whose code is missing offline is never defined.
          if (await window.__probe.until(() => customElements.get(widget.localName))) {
            await window.__probe.settle([widget], 1);
          }
        }
        return list.map((w) => ({
          tag: w.localName,
          defined: customElements.get(w.localName) !== undefined,
          loading: w.shadowRoot?.querySelector('.loading') !== null,
        }));
      });
      assert.ok(widgets.length > 0, `${path} has widgets`);
      for (const widget of widgets) {
        assert.deepEqual(widget, { tag: widget.tag, defined: true, loading: false }, path);
      }
      watch.assertClean();
      await page.close();
    }
  } finally {
    await browser.context.setOffline(false);
  }
});
