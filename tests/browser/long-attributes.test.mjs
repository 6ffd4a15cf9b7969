// Issue 15, findings 2 and 3, in Chromium: a 1 MB attribute (200,000 digits then "x" as a
// number, 'x' repeated 2^20 times as a name) is answered by the widget in its next frame with
// the length limit in its message, and a good value set after it is taken in the frame after.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

const CASES = [
  ['bias', `${'1'.repeat(200000)}x`, '0.5'],
  ['activation', 'x'.repeat(1 << 20), 'tanh'],
  ['weights', '1,'.repeat(1 << 19), '1, 2, 3'],
];

for (const [name, hostile, good] of CASES) {
  test(`<nn-neuron ${name}> of ${hostile.length} characters is refused in the next frame`, async () => {
    const { page, watcher, widget } = await openWidget(site, 'nn-neuron', '', (neuron) =>
      neuron.locator('.z-value').waitFor(),
    );
    await widget.evaluate(
      (element, [attribute, value]) => element.setAttribute(attribute, value),
      [name, hostile],
    );
    await afterFrames(page, 1);
    const alerts = widget.locator('.alerts');
    assert.match(
      await alerts.textContent(),
      new RegExp(
        `^${name}=".{40}": expected at most \\d+ characters \\(this has ${hostile.length}\\)$`,
      ),
    );
    await widget.evaluate(
      (element, [attribute, value]) => element.setAttribute(attribute, value),
      [name, good],
    );
    await afterFrames(page, 1);
    assert.equal(await alerts.textContent(), '');
    watcher.assertClean();
    await page.close();
  });
}
