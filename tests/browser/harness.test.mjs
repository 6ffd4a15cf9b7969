// The browser harness itself, on pages made up here: Chromium starts, a clean page passes
// assertClean(), and each kind of problem (CSP violation, page error, console error, 404) is caught.
// Runs before any widget exists, so a broken browser setup shows up on its own.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser, watchPage } from './harness.mjs';

const PAGES = {
  'clean.html': '<!doctype html><title>clean</title><script type="module" src="clean.js"></script>',
  'clean.js': 'document.title = "ran";',
  'inline.html': '<!doctype html><title>inline</title><script>document.title = "ran";</script>',
  'throws.html': '<!doctype html><title>throws</title><script src="throws.js"></script>',
  'throws.js': 'throw new Error("boom");',
  'logs.html': '<!doctype html><title>logs</title><script src="logs.js"></script>',
  'logs.js': 'console.error("something broke");',
  'missing.html': '<!doctype html><title>missing</title><img src="nowhere.png" alt="">',
};

let dir;
let server;
let browser;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neuronlab-harness-'));
  for (const [name, text] of Object.entries(PAGES)) await writeFile(join(dir, name), text);
  server = await startServer({ root: dir });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens `path` in a new watched page; resolves to the page's watcher once it has loaded. */
async function visit(path) {
  const page = await browser.context.newPage();
  const watch = await watchPage(page);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  // A round trip through the page lets its last console message and event reach us.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  return { page, watch };
}

test('a clean page runs its module script and passes', async () => {
  const { page, watch } = await visit('clean.html');
  assert.equal(await page.title(), 'ran');
  watch.assertClean();
  await page.close();
});

const cases = {
  'inline.html': /CSP violation: script-src/,
  'throws.html': /page error: .*boom/,
  'logs.html': /console error: something broke/,
  'missing.html': /HTTP 404: .*nowhere\.png/,
};
for (const [path, expected] of Object.entries(cases)) {
  test(`${path} is reported`, async () => {
    const { page, watch } = await visit(path);
    assert.throws(() => watch.assertClean(), expected);
    await page.close();
  });
}
