// Issue 15, finding 7: fallbacks instead of blanks. Lesson 12's <nn-export stored> with a stored
// model the core refuses shows its default network's summary and code, with a note that says
// why, and never writes the refused text into its `model` attribute.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchPage } from './harness.mjs';
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
