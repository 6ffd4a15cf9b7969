// <nn-activation> in Chromium: z moved with the arrow keys, Home and End, and dragged with the
// mouse; another activation chosen; the five side by side with `compare`. The numbers shown
// must be the core's (core.activate), and sigmoid's slope must top out at 0.25.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './core-network.mjs';
import { screenshot } from './harness.mjs';
import { fixed, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

async function openActivation(query) {
  const zSlider = (widget) => widget.getByRole('slider', { name: 'z' });
  const { page, watcher, widget } = await openWidget(site, 'nn-activation', query, (widget) =>
    zSlider(widget).and(widget.locator('[aria-valuetext]')).waitFor(),
  );
  const slider = zSlider(widget);
  return { page, watcher, widget, slider };
}

/** What the slider says for z, built from the core's numbers. */
function spoken(activation, z) {
  const { value, slope } = core.activate(activation, [z]);
  return `${activation} ${fixed(value[0])}, slope ${fixed(slope[0])}`;
}

async function waitForZ(slider, z) {
  await slider.and(slider.page().locator(`[aria-valuenow="${z}"]`)).waitFor();
}

test('arrow keys, Home and End move z; the numbers are the core’s', async () => {
  const { page, watcher, widget, slider } = await openActivation('');
  assert.match(await slider.getAttribute('aria-valuetext'), /sigmoid 0.5000, slope 0.2500/);
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await waitForZ(slider, 0.5);
  assert.equal(await slider.getAttribute('aria-valuetext'), `z = 0.5: ${spoken('sigmoid', 0.5)}`);
  assert.equal(await widget.getAttribute('z'), '0.5');
  await page.keyboard.press('PageDown');
  await waitForZ(slider, -0.5);
  await page.keyboard.press('End');
  await waitForZ(slider, 6);
  await page.keyboard.press('Home');
  await waitForZ(slider, -6);
  watcher.assertClean();
  await page.close();
});

test('sigmoid’s slope is largest at z = 0, where it is 0.25', async () => {
  const { page, watcher, widget } = await openActivation('z=0');
  const numbers = widget.locator('.single .numbers');
  assert.equal(await numbers.textContent(), 'sigmoid(0) = 0.5000\nslope 0.2500');
  const { slope } = core.activate('sigmoid', [-2, -1, -0.5, 0.5, 1, 2]);
  assert.ok(slope.every((s) => s < 0.25));
  watcher.assertClean();
  await page.close();
});

test('dragging on the plot moves z, and the chooser switches activation', async () => {
  const { page, watcher, widget, slider } = await openActivation('');
  const box = await widget.locator('canvas.value').boundingBox();
  const middle = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, middle);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.85, middle, { steps: 5 });
  await page.mouse.up();
  const z = Number(await widget.getAttribute('z'));
  assert.ok(z > 2 && z < 6, `z after the drag: ${z}`);
  await waitForZ(slider, z);

  await widget.getByText('tanh', { exact: true }).click();
  await slider.and(widget.locator(`[aria-valuetext="z = ${z}: ${spoken('tanh', z)}"]`)).waitFor();
  assert.equal(await widget.getAttribute('activation'), 'tanh');
  watcher.assertClean();
  await page.close();
});

test('compare shows all five, and screenshots stay within a 375 px phone', async () => {
  const { page, watcher, widget, slider } = await openActivation('compare&z=1');
  const names = await widget.locator('figcaption').allTextContents();
  assert.deepEqual(names, ['step', 'sigmoid', 'tanh', 'relu', 'linear']);
  const text = await slider.getAttribute('aria-valuetext');
  for (const name of names) assert.ok(text.includes(spoken(name, 1)), `${name} in "${text}"`);
  await widget.evaluate((element) => element.removeAttribute('compare'));
  await widget.locator('canvas.slope').waitFor();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  await screenshot(page, 'nn-activation');
  await widget.evaluate((element) => element.setAttribute('compare', ''));
  await widget.locator('canvas.small').first().waitFor();
  await screenshot(page, 'nn-activation-compare');
  watcher.assertClean();
  await page.close();
});
