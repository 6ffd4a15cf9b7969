// A removed widget does not render (design rule 18): a change that reaches it off the page (an
// attribute set, as a worker's late answer would ask for a render) is drawn once it is back, not
// before, so no animation-frame callback holds a removed element and keeps it from being
// collected. Shown with <nn-neuron>'s z: the bias set while removed, z unchanged until return.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

test('a removed widget renders nothing until it is back on the page', async () => {
  const { page, watcher } = await openWidget(site, 'nn-neuron', 'bias=0', (neuron) =>
    neuron.locator('.z-value').waitFor(),
  );
  const z = await page.evaluate(async () => {
    const frames = (n) =>
      n > 0 && new Promise((done) => requestAnimationFrame(() => done(frames(n - 1))));
    const neuron = document.querySelector('nn-neuron');
    const read = () => neuron.shadowRoot.querySelector('.z-value').textContent;
    const host = neuron.parentNode;
    const before = read();
    neuron.remove();
    neuron.setAttribute('bias', '3');
    await frames(3);
    const away = read();
    host.append(neuron);
    await frames(3);
    return { before, away, back: read() };
  });
  assert.equal(z.away, z.before, 'the removed widget rendered');
  assert.notEqual(z.back, z.before, 'back on the page, the new bias is not drawn');
  watcher.assertClean();
  await page.close();
});
