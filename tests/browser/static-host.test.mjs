// The site on a plain static host: a server that sends no Content-Security-Policy header. Every
// built page carries the site's policy in a <meta http-equiv>, so the browser still refuses a
// module imported from a data: URL and an inline script, while the page and its widgets run
// with no violation of their own.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser } from './harness.mjs';
import { SITE, openProbed } from './probes.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({ root: SITE, csp: false });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the host sends no CSP header', async () => {
  const response = await fetch(`${server.url}lessons/01-one-neuron/`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-security-policy'), null);
});

for (const path of [
  'lessons/01-one-neuron/',
  'gallery/',
  'blog-sample/',
  'embed/?widget=nn-neuron',
]) {
  test(`${path}: the page's own <meta> policy blocks a data: module and an inline script`, async () => {
    const { page, watch } = await openProbed(browser);
    await page.goto(`${server.url}${path}`);
    await page.evaluate(async () => {
      for (const widget of window.__probe.widgets().slice(0, 3)) {
        widget.scrollIntoView();
        await window.__probe.settle([widget]);
      }
    });
    assert.deepEqual(watch.problems, [], 'the page itself runs under its policy');

    const ran = await page.evaluate(async () => {
      const imported = await import('data:text/javascript,window.__ran=(window.__ran??0)+1').then(
        () => 'imported',
        (error) => `refused: ${error.name}`,
      );
      const script = document.createElement('script');
      script.textContent = 'window.__ran = (window.__ran ?? 0) + 10;';
      document.body.append(script);
      await window.__probe.frames(2);
      return { imported, count: window.__ran ?? 0 };
    });
    assert.match(ran.imported, /^refused/);
    assert.equal(ran.count, 0, 'neither the module nor the inline script ran');
    assert.ok(
      watch.problems.filter((p) => /^CSP violation: script-src/.test(p)).length >= 2,
      watch.problems.join('\n'),
    );
    await page.close();
  });
}
