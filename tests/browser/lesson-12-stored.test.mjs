// Lesson 12's stored-network panel (<nn-export stored train-at=…>): with nothing stored it says
// so and links to lesson 10's exercise (not "the network from lesson 10" over a random one); with
// a stored network it shows it and says nothing more; a stored text the core refuses is named
// (in the summary) and the link is offered.
// The trainer's PyTorch code carries the trainer's own optimizer and learning rate. A train-at
// that leaves the site is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core, coreNetwork } from './core-network.mjs';
import { watchPage } from './harness.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const LESSON_12 = 'lessons/12-to-the-frameworks/';
const STORED = 'neuronlab:model';
const LINK = '../10-train-it-xor-from-scratch/#exercise-train-it-to-the-goal';

/** Opens lesson 12 with `stored` (text, or null for nothing) in storage; returns the panel. */
async function openWithStored(stored) {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  // Storage as the page finds it when its scripts start (on every page this tab opens).
  await page.addInitScript(
    ([key, text]) =>
      text === null ? localStorage.removeItem(key) : localStorage.setItem(key, text),
    [STORED, stored],
  );
  await page.goto(site.server.url + LESSON_12);
  const panel = page.locator('nn-export[stored]');
  await panel.scrollIntoViewIfNeeded();
  await panel.locator('.summary').filter({ hasText: /^A 2-/ }).waitFor();
  return { page, watcher, panel };
}

test('nothing stored: the panel says so and links to lesson 10’s exercise', async () => {
  const { page, watcher, panel } = await openWithStored(null);
  const note = panel.locator('.stored-note');
  await note.filter({ hasText: /^This browser has no trained network stored yet/ }).waitFor();
  assert.match(
    await note.textContent(),
    /fresh network with random first weights, not one you trained/,
  );
  const link = note.getByRole('link', { name: 'Train one, then come back to this page.' });
  assert.equal(await link.getAttribute('href'), LINK);
  await link.click();
  await page.waitForURL(/10-train-it-xor-from-scratch\/#exercise-train-it-to-the-goal$/);
  await page.locator('#exercise-train-it-to-the-goal').waitFor();
  assert.equal(await page.locator('nn-trainer[data-exercise="train-xor"]').count(), 1);
  watcher.assertClean();
  await page.close();
});

test('a stored network is shown without the note; one the core refuses is named', async () => {
  const { net } = coreNetwork(core, { shape: [2, 3, 1], loss: 'bce', seed: 4 });
  const model = net.toJSON();
  net.dispose();
  const shown = await openWithStored(JSON.stringify(model));
  await shown.panel
    .locator('.summary')
    .filter({ hasText: /^A 2-3-1 network/ })
    .waitFor();
  assert.equal(await shown.panel.locator('.stored-note').isVisible(), false);
  const code = await shown.panel.getByRole('tabpanel').textContent();
  assert.ok(code.includes(String(model.layers[0].weights[0][0])), 'the stored weights');
  shown.watcher.assertClean();
  await shown.page.close();

  const refused = await openWithStored('{"format":"something else"}');
  const summary = refused.panel.locator('.summary');
  await summary.filter({ hasText: /Your saved model could not be read \(.+\)/ }).waitFor();
  const note = refused.panel.locator('.stored-note');
  assert.equal((await note.textContent()).trim(), 'Train one, then come back to this page.');
  assert.equal(await note.getByRole('link').getAttribute('href'), LINK);
  refused.watcher.assertClean();
  await refused.page.close();
});

test('the PyTorch code’s training comment has the trainer’s optimizer and learning rate', async () => {
  const { page, watcher } = await openWithStored(null);
  const trainer = page.locator('nn-trainer#xor-net');
  const panel = page.locator('nn-export[source="xor-net"]');
  await trainer.scrollIntoViewIfNeeded();
  await panel.scrollIntoViewIfNeeded();
  await panel.getByRole('tab', { name: 'PyTorch' }).click();
  const code = panel.getByRole('tabpanel');
  // The lesson's trainer: plain gradient descent at learning rate 3.
  await code
    .filter({ hasText: '# optimizer = torch.optim.SGD(model.parameters(), lr=3.0)\n' })
    .waitFor();
  await trainer.scrollIntoViewIfNeeded();
  await trainer.getByRole('combobox', { name: 'optimizer' }).selectOption('adam');
  const rate = trainer.getByRole('textbox', { name: 'learning rate' });
  await rate.fill('0.05');
  await rate.press('Enter');
  await panel.scrollIntoViewIfNeeded();
  await code
    .filter({
      hasText:
        '# optimizer = torch.optim.Adam(model.parameters(), lr=0.05, betas=(0.9, 0.999), eps=1e-8)\n',
    })
    .waitFor();
  assert.doesNotMatch(await code.textContent(), /lr=0\.5/);
  watcher.assertClean();
  await page.close();
});

test('a train-at link that leaves the site is refused and not shown', async () => {
  for (const link of ['javascript:alert(1)', '//example.com/', 'https://example.com/']) {
    const query = `stored=&train-at=${encodeURIComponent(link)}`;
    const { page, watcher, widget } = await openWidget(site, 'nn-export', query, (w) =>
      w
        .locator('.summary')
        .filter({ hasText: /^A 2-2-1/ })
        .waitFor(),
    );
    await widget
      .locator('.alerts p')
      .filter({ hasText: /train-at=".*": expected a link within this site/ })
      .waitFor();
    assert.equal(await widget.locator('.stored-note a[href]').count(), 0, link);
    watcher.assertClean();
    await page.close();
  }
});
