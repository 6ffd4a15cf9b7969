// One weight, one name: lesson 9's prose and loss map, the loss map of <nn-loss>, the spoken
// labels of <nn-network> and the comments of <nn-export> all name w(h₁→ŷ) and b(h₂) the same
// way, in the form each place needs: on screen w(h₁→ŷ), spoken "weight from h1 to y-hat",
// in code comments w(h1->yhat) (web/src/widgets/shared/notation.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchPage } from './harness.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const WEIGHT = { text: 'w(h₁→ŷ)', words: 'weight from h1 to y-hat', ascii: 'w(h1->yhat)' };
const BIAS = { text: 'b(h₂)', words: 'bias of h2', tex: 'b(h_2)' };

test("lesson 9: the prose and its loss map name h₂'s bias b(h₂)", async () => {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  await page.goto(`${site.server.url}lessons/09-backpropagation-step-by-step/`);
  // KaTeX keeps each formula's source beside its rendering.
  const tex = await page.locator('annotation[encoding="application/x-tex"]').allTextContents();
  assert.ok(
    tex.some((t) => t.includes('w(h_1 \\to \\hat y)')),
    'the prose writes w(h₁→ŷ)',
  );
  assert.ok(
    tex.some((t) => t.includes(BIAS.tex)),
    'the prose writes b(h₂)',
  );
  const map = page.locator('nn-loss');
  await map.scrollIntoViewIfNeeded();
  const readout = map.locator('.readout');
  await readout.filter({ hasText: BIAS.text }).waitFor();
  assert.match(await readout.textContent(), /^b\(h₁\)\s=\s−2, b\(h₂\)\s=\s−2 →\smse\s/);
  const pad = map.getByRole('slider', { name: `Loss surface over bias of h1 and ${BIAS.words}` });
  assert.match(await pad.getAttribute('aria-valuetext'), /^bias of h1 = −2, bias of h2 = −2:/);
  watcher.assertClean();
  await page.close();
});

test('the loss map, the network diagram and the export name w(h₁→ŷ) alike', async () => {
  const loss = await openWidget(site, 'nn-loss', 'surface=1:0,1:1', (w) =>
    w.locator('.readout').waitFor(),
  );
  await loss.widget.locator('.readout').filter({ hasText: WEIGHT.text }).waitFor();
  assert.ok((await loss.widget.locator('.readout').textContent()).startsWith(WEIGHT.text));
  await loss.widget
    .getByRole('slider', { name: `Loss surface over ${WEIGHT.words} and weight from h2 to y-hat` })
    .waitFor();
  loss.watcher.assertClean();
  await loss.page.close();

  const network = await openWidget(site, 'nn-network', '', (w) =>
    w.locator('.chip').first().waitFor(),
  );
  const chip = network.widget.getByRole('button', { name: new RegExp(`^${WEIGHT.words}: `) });
  await chip.click();
  // The editor that opens shows the name as written, and says it in words.
  const editor = network.widget.getByRole('textbox', { name: WEIGHT.words });
  await editor.waitFor();
  const shown = await network.widget.locator('label[for="parameter"] [aria-hidden]').textContent();
  assert.equal(shown, WEIGHT.text);
  network.watcher.assertClean();
  await network.page.close();

  const exported = await openWidget(site, 'nn-export', 'shape=2,2,1', (w) =>
    w.getByRole('tabpanel').waitFor(),
  );
  const code = await exported.widget.locator('[role="tabpanel"] code').textContent();
  assert.ok(
    code.includes(`# W2[0, 0] = ${WEIGHT.ascii}, W2[1, 0] = w(h2->yhat); b2[0] = b(yhat)`),
    code,
  );
  exported.watcher.assertClean();
  await exported.page.close();
});

test("nn-backprop's gradient table shows w(h₁→ŷ) and says it in words", async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-backprop', '', (w) =>
    w.locator('.title').filter({ hasText: /\w/ }).waitFor(),
  );
  await widget.getByRole('slider', { name: 'Step' }).focus();
  await page.keyboard.press('End');
  const header = widget.getByRole('rowheader', { name: WEIGHT.words });
  await header.waitFor();
  assert.equal(await header.textContent(), WEIGHT.text);
  watcher.assertClean();
  await page.close();
});
