// Issue 15, finding 10: sizes are bounded. The iframe route carries a widget's state in the
// fragment (never sent to the server), so a model far past the ~16 KB a server takes in a URL
// loads, where the same in the query gets HTTP 431; "Copy embed code" offers a tag past
// MAX_EMBED_CHARS as a file instead of copying it; <nn-trainer points> holds at most 500 points.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { iframeSnippet } from '../../web/site-build/pages/snippets.mjs';
import { loadCore } from '../../web/src/engine/core.js';
import { MAX_EMBED_CHARS } from '../../web/src/widgets/shared/embed-code.js';
import { afterFrames, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const core = await loadCore({ moduleUrl: new URL('../../build/wasm/nn.mjs', import.meta.url) });

/** A 2-64-64-1 model's JSON (about 90 KB): long state for the URL and the embed code. */
function bigModel() {
  const layers = [64, 64, 1].map((units) => ({ units, activation: 'tanh' }));
  const net = core.createNetwork({ inputs: 2, layers, seed: 3 });
  try {
    return JSON.stringify(net.toJSON());
  } finally {
    net.dispose();
  }
}

test('the iframe snippet puts the attributes in the fragment', () => {
  const snippet = iframeSnippet('/', { tag: 'nn-neuron', summary: 'x' }, { bias: '0.2' });
  assert.match(snippet, /src="\/embed\/\?widget=nn-neuron#bias=0\.2"/);
});

test('a 90 KB model loads through the fragment; the copy is offered as a file', async () => {
  const model = bigModel();
  assert.ok(model.length > 5 * MAX_EMBED_CHARS);
  const state = new URLSearchParams({ model });
  const query = await fetch(`${site.server.url}embed/?widget=nn-export&${state}`);
  assert.equal(query.status, 431, 'the query route is refused by the server');

  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.url}embed/?widget=nn-export#${state}`);
  const widget = page.locator('nn-export');
  await widget
    .locator('.summary')
    .filter({ hasText: /^A 2-64-64-1 network/ })
    .waitFor();
  assert.equal(await widget.getAttribute('model'), model);
  await widget.getByRole('button', { name: 'Copy embed code' }).click();
  const link = widget.getByRole('link', { name: 'Download nn-export.html' });
  await link.waitFor();
  assert.equal(await link.getAttribute('download'), 'nn-export.html');
  assert.match(
    await widget.locator('.tools [role="status"]').textContent(),
    /^The tag has \d+ characters, more than the 16384 a copy takes: download it as a file\.$/,
  );
  await page.close();
});

test('<nn-trainer points> holds at most 500 points', async () => {
  const page = await site.browser.context.newPage();
  const point = (i) => `${(i % 20) / 10 - 1}, ${Math.floor(i / 20) / 20 - 1}, ${i % 2}`;
  const points = (n) => Array.from({ length: n }, (_, i) => point(i)).join(', ');
  await page.goto(`${site.server.url}embed/?widget=nn-trainer#points=${points(500)}`);
  const widget = page.locator('nn-trainer');
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0/ })
    .waitFor();
  await afterFrames(page, 2);
  assert.equal(await widget.locator('.alerts').textContent(), '');
  await widget.evaluate((e, text) => e.setAttribute('points', text), points(501));
  await widget
    .locator('.alerts')
    .filter({ hasText: /^points=".*": expected 0 to 1500 numbers/ })
    .waitFor();
  await page.close();
});
