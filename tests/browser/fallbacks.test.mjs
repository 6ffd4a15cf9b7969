// Issue 15, findings 7 and 8: fallbacks instead of blanks. Lesson 12's <nn-export stored> with a
// stored model the core refuses shows its default network's summary and code, with a note that
// says why, and never writes the refused text into its `model` attribute. A widget whose code
// cannot be fetched (offline, on a page never opened online) says so in its place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchBrowser, watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const site = siteForTests();

const REFUSED = [
  ['not JSON', '{"format":'],
  ['another format', '{"format":"keras","version":1}'],
  ['hostile keys', '{"__proto__":{"layers":[]},"constructor":{"prototype":{"x":1}}}'],
];

for (const [what, stored] of REFUSED) {
  test(`lesson 12's stored export falls back to its default network: ${what}`, async () => {
    const page = await site.browser.context.newPage();
    const watcher = await watchPage(page);
    await page.addInitScript((text) => localStorage.setItem('neuronlab:model', text), stored);
    await page.goto(`${site.server.url}lessons/12-to-the-frameworks/`);
    const exporter = page.locator('nn-export[stored]');
    await exporter.scrollIntoViewIfNeeded();
    const summary = exporter.locator('.summary');
    await summary.filter({ hasText: /network/ }).waitFor();
    assert.match(
      await summary.textContent(),
      /^A 2-2-1 network \(.*\)\. Your saved model could not be read \(.+\), so this is the default network\.$/,
    );
    assert.match(await exporter.locator('code, pre').first().textContent(), /import/);
    assert.equal(await exporter.getAttribute('model'), null);
    assert.equal(await exporter.locator('.alerts').textContent(), '');
    watcher.assertClean();
    await page.close();
  });
}

for (const path of ['lessons/12-to-the-frameworks/', 'gallery/', 'embed/?widget=nn-neuron']) {
  test(`/${path} with no widget code to fetch: each widget says it needs its files`, async (t) => {
    // A browser of its own: the shared one's service worker has the files from the tests above.
    const browser = await launchBrowser();
    t.after(() => browser.close()); // also when an assertion fails
    const page = await browser.context.newPage();
    await page.route(/\/nl\/nn-[a-z]+-[A-Z0-9]+\.js$/, (route) =>
      route.abort('internetdisconnected'),
    );
    await page.goto(`${site.server.url}${path}`);
    const widgets = page.locator(':is(nn-export, nn-trainer, nn-neuron, nn-network, nn-loss)');
    await page.locator('.nn-not-loaded').first().waitFor();
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('nn-'))
        .map((e) => {
          const box = e.querySelector(':scope > .nn-not-loaded')?.getBoundingClientRect();
          return { tag: e.localName, text: e.textContent.trim(), shown: (box?.height ?? 0) > 0 };
        }),
    );
    assert.ok(seen.length > 0 && (await widgets.count()) > 0);
    for (const widget of seen) {
      assert.deepEqual(widget, {
        tag: widget.tag,
        text: 'This widget needs its files: open the page once online.',
        shown: true,
      });
    }
  });
}
