// The widgets on someone else's blog, as docs/embedding.md tells a writer to put them there: the
// built site on one origin, a blog on another with a strict CSP of its own. By script tag: the
// widgets load, compute and style themselves, and the blog hears their events. By iframe: the
// embed page renders inside the frame, and addresses carrying script run nothing.
// Needs a built site (npm run build:site).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser, serveSite, watchPage } from './harness.mjs';

const RUNNING = 'inputs="0.8, 0.6, 0.9" weights="0.5, 0.7, 0.3" bias="0.1"';

let site; // build/site, as the widget host
let scriptBlog; // the blog page that loads embed.js, under the CSP embedding.md gives
let noStyleBlog; // the same page, with style-src 'none'
let frameBlog; // the blog pages with an iframe, allowed to frame the widget host
let browser;
let folder;

/** A minimal blog page: a header, a paragraph, then `body`. */
const blogPage = (title, head, body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><h1>${title}</h1><p>A post on another origin.</p>
${body}
</body>
</html>
`;

before(async () => {
  site = await serveSite();
  const origin = `http://127.0.0.1:${site.port}`;
  folder = await mkdtemp(join(tmpdir(), 'neuronlab-blog-'));
  const script = `<script type="module" src="${origin}/nl/embed.js"></script>`;
  await writeFile(
    join(folder, 'script.html'),
    blogPage(
      'Embedded by script',
      script,
      `<nn-neuron ${RUNNING} labels="weather, energy, time"></nn-neuron>
<nn-activation activation="sigmoid" z="1.19"></nn-activation>`,
    ),
  );
  const policy = `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; connect-src ${origin}`;
  scriptBlog = await startServer({ root: folder, csp: `${policy}; style-src 'self'` });
  noStyleBlog = await startServer({ root: folder, csp: `${policy}; style-src 'none'` });
  frameBlog = await startServer({
    root: folder,
    csp: `default-src 'self'; frame-src ${origin}; style-src 'self'`,
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([site, scriptBlog, noStyleBlog, frameBlog].map((server) => server?.close()));
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Opens `url` in a watched page that also records warnings and dialogs (alert, confirm). */
async function open(url) {
  const page = await browser.context.newPage();
  const watch = await watchPage(page);
  const warnings = [];
  const dialogs = [];
  page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, watch, warnings, dialogs };
}

describe('by script tag, from another origin, under a strict CSP', () => {
  for (const [style, blog] of [
    ["'self'", () => scriptBlog],
    ["'none'", () => noStyleBlog],
  ]) {
    test(`style-src ${style}: the widgets compute the running example, styled, with no error or CSP violation`, async () => {
      const { page, watch, warnings } = await open(`${blog().url}script.html`);
      const neuron = page.locator('nn-neuron');
      await neuron.locator('.z-value', { hasText: /^1\.19$/ }).waitFor();
      assert.equal(await neuron.locator('.output-value').textContent(), '0.7667');
      const curve = page.locator('nn-activation').getByRole('slider', { name: 'z' });
      await curve.and(page.locator('[aria-valuetext*="sigmoid 0.7667"]')).waitFor();
      assert.match(
        await curve.getAttribute('aria-valuetext'),
        /\b1\.19\b.*sigmoid 0\.7667, slope 0\.1788/,
      );

      // style-src does not govern the widgets' constructable stylesheets: they apply.
      const styled = await neuron.evaluate((widget) => ({
        sheets: widget.shadowRoot.adoptedStyleSheets.length > 0,
        srOnly: getComputedStyle(widget.shadowRoot.querySelector('.sr-only')).position,
        copy: getComputedStyle(widget.shadowRoot.querySelector('.copy')).cursor,
      }));
      assert.deepEqual(styled, { sheets: true, srOnly: 'absolute', copy: 'pointer' });
      // No warning either (the facade hands nn.mjs the wasm bytes, so Emscripten has none to give).
      assert.deepEqual(warnings, []);
      watch.assertClean();
      await page.close();
    });
  }

  test('the blog hears nn-change with the new state, and embedCode() gives the tag', async () => {
    const { page, watch } = await open(`${scriptBlog.url}script.html`);
    const neuron = page.locator('nn-neuron');
    await neuron.locator('.z-value', { hasText: /^1\.19$/ }).waitFor();
    await page.evaluate(() => {
      window.heard = [];
      document.addEventListener('nn-change', (event) =>
        window.heard.push({ target: event.target.localName, ...event.detail }),
      );
    });
    const bias = neuron.getByRole('textbox', { name: 'bias b' });
    await bias.fill('-2');
    await bias.press('Enter');
    await neuron.locator('.z-value', { hasText: /^-0\.91$|^−0\.91$/ }).waitFor();
    const heard = await page.evaluate(() => window.heard);
    assert.equal(heard.length, 1, JSON.stringify(heard));
    assert.equal(heard[0].target, 'nn-neuron');
    assert.equal(heard[0].name, 'bias');
    assert.equal(heard[0].value, -2);
    assert.equal(heard[0].state.bias, '-2');
    assert.equal(
      await neuron.evaluate((widget) => widget.embedCode()),
      '<nn-neuron inputs="0.8, 0.6, 0.9" weights="0.5, 0.7, 0.3" bias="-2" labels="weather, energy, time"></nn-neuron>',
    );
    watch.assertClean();
    await page.close();
  });
});

describe('by iframe, from another origin', () => {
  /** Writes a blog page framing embed/?query, opens it, and returns the frame. */
  async function openFrame(name, query) {
    const src = `${site.url}embed/?${query}`;
    const iframe = `<iframe src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="A Neuron Lab widget" width="700" height="900"></iframe>`;
    await writeFile(join(folder, `${name}.html`), blogPage('Embedded by iframe', '', iframe));
    const opened = await open(`${frameBlog.url}${name}.html`);
    const frame = opened.page.frames().find((f) => f.url().startsWith(`${site.url}embed/`));
    assert.ok(frame, 'the embed page is loaded in the frame');
    return { ...opened, frame };
  }

  /** What a frame's document and its widgets' shadow roots hold that script could have made. */
  const injected = (frame) =>
    frame.evaluate(() => {
      const roots = [document];
      for (const host of document.querySelectorAll('*')) {
        if (host.shadowRoot) roots.push(host.shadowRoot);
      }
      const count = (selector) =>
        roots.reduce((n, root) => n + root.querySelectorAll(selector).length, 0);
      return {
        pwned: window.pwned ?? null,
        img: count('img:not(.brand__mark)'),
        script: count('body script'),
      };
    });

  test('weights from the address render inside the frame', async () => {
    const { page, watch, frame } = await openFrame('frame', 'widget=nn-neuron&weights=0.5,0.7,0.3');
    const neuron = frame.locator('nn-neuron');
    await neuron.locator('.z-value', { hasText: /^1\.19$/ }).waitFor();
    assert.equal(await neuron.locator('.output-value').textContent(), '0.7667');
    assert.equal(await neuron.getAttribute('weights'), '0.5,0.7,0.3');
    watch.assertClean();
    await page.close();
  });

  test('script in parameter values and names runs nothing and is shown as text', async () => {
    const payload = '<img src=x onerror="window.pwned=1;alert(1)">';
    const query = new URLSearchParams([
      ['widget', 'nn-neuron'],
      ['weights', payload],
      ['labels', `${payload}, b, c`],
      ['onclick', 'alert(2)'],
      [payload, '1'],
    ]);
    const { page, watch, frame, dialogs } = await openFrame('hostile', query.toString());
    const neuron = frame.locator('nn-neuron');
    await neuron.locator('.z-value').waitFor();
    // The bad weights are refused with the widget's message; the defaults stay.
    const alert = neuron.getByRole('alert');
    await alert.filter({ hasText: 'weights="<img src=x onerror=' }).waitFor();
    assert.match(await alert.textContent(), /expected 1 to 3 numbers separated by commas/);
    assert.equal(await neuron.locator('.z-value').textContent(), '1.19');
    // A label is text: the markup in it shows as characters.
    assert.match(await neuron.locator('.rows').textContent(), /<img src=x onerror=/);
    // Names that are not attributes are dropped, and the page says so.
    assert.deepEqual(await neuron.evaluate((widget) => widget.getAttributeNames()), [
      'weights',
      'labels',
    ]);
    assert.match(
      await frame.locator('[data-frame-message]').textContent(),
      /^Ignored onclick, <img src=x onerror=.*: not attributes of <nn-neuron>\.$/,
    );
    await page.waitForTimeout(300); // time for an injected image to fail and its handler to run
    assert.deepEqual(await injected(frame), { pwned: null, img: 0, script: 0 });
    assert.deepEqual(dialogs, []);
    watch.assertClean();
    await page.close();
  });

  test('a widget name carrying markup is refused with the list of widgets', async () => {
    const query = new URLSearchParams({ widget: '<img src=x onerror="window.pwned=1">' });
    const { page, watch, frame, dialogs } = await openFrame('bad-widget', query.toString());
    const message = frame.locator('[data-frame-message]');
    await message.filter({ hasText: 'Available: nn-' }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await injected(frame), { pwned: null, img: 0, script: 0 });
    assert.deepEqual(dialogs, []);
    watch.assertClean();
    await page.close();
  });
});
