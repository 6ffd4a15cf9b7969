// Issue 15, finding 6: a widget never writes an attribute value its own schema refuses. With
// learning-rate 100 on a 2,4,4,4,1 relu network, <nn-backprop>'s Next once wrote weights near
// ±400 into `weights` (which holds ±100) and then reported its own write as a bad attribute.
// Now every value it writes reads back, and the step that would not stops with a message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const QUERY = 'learning-rate=100&shape=2%2C4%2C4%2C4%2C1&activation=relu&loss=bce&sample=batch';

test('<nn-backprop> at learning rate 100: Next stops with a message, never writes |w| > 100', async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-backprop', QUERY, (w) =>
    w.getByRole('button', { name: 'Next →' }).waitFor(),
  );
  const result = await widget.evaluate(async (element) => {
    const written = [];
    new MutationObserver(() => written.push(element.getAttribute('weights'))).observe(element, {
      attributeFilter: ['weights'],
    });
    const alerts = element.shadowRoot.querySelector('.alerts');
    const next = [...element.shadowRoot.querySelectorAll('button')].find(
      (b) => b.textContent === 'Next →',
    );
    let presses = 0;
    while (presses < 2000 && alerts.textContent === '') {
      next.click();
      presses += 1;
      await new Promise((done) => requestAnimationFrame(done));
    }
    return { written, presses, alert: alerts.textContent };
  });
  const largest = Math.max(
    ...result.written.flatMap((text) => (text ?? '').split(',').map((x) => Math.abs(Number(x)))),
  );
  assert.ok(
    result.written.length >= 1,
    `Next wrote weights: ${JSON.stringify(result).slice(0, 300)}`,
  );
  assert.ok(largest <= 100, `a written weight is ${largest}`);
  assert.match(
    result.alert,
    /^Stopped here: the next training step would make a weight \d+, past the ±100 that weights holds; a lower learning rate goes on\.$/,
  );
  // The widget stays where it stopped, and a lower rate goes on.
  await widget.evaluate((element) => element.setAttribute('learning-rate', '0.1'));
  await afterFrames(page, 1);
  assert.equal(await widget.locator('.alerts').textContent(), '');
  watcher.assertClean();
  await page.close();
});
