// <nn-digits> after the reader's colour scheme changes (canvas-theme.js): the canvases' colours
// are read again at the next chart draw, and the digit pictures' ink table is made again from
// them, so a test digit opened after that has the new scheme's background, not the old one's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digitsReady, loadAndTrain } from './digits-widget.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

/** [r, g, b] of the 28 x 28 input's top-left pixel (a test digit's blank corner). */
const corner = (widget) =>
  widget.evaluate((w) => {
    const input = w.shadowRoot.querySelector('canvas.digit.big');
    return [...input.getContext('2d').getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });

/** [r, g, b] of the theme's background (--_bg) as the widget's style gives it now. */
const themeBg = (widget) =>
  widget.evaluate((w) => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.fillStyle = getComputedStyle(w).getPropertyValue('--_bg').trim();
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });

test('a test digit opened after a switch to dark, and a redraw, has the dark background', async () => {
  const { page, watcher, widget } = await openWidget(
    site,
    'nn-digits',
    'shape=784-64-10&epochs=1',
    digitsReady,
  );
  await page.emulateMedia({ colorScheme: 'light' });
  await loadAndTrain(widget, 1);
  const read = widget.getByRole('button', { name: 'Read this test digit' });
  await read.click();
  const light = await themeBg(widget);
  assert.deepEqual(await corner(widget), light);

  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await themeBg(widget);
  assert.notDeepEqual(dark, light, 'the two schemes have different backgrounds');
  // A new seed starts a new network: its epoch 0 redraws the charts, which read the colours.
  await widget.getByRole('button', { name: 'New seed' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 of 1/ })
    .waitFor();
  // The redraw takes one changed part a frame: ten frames draw all six.
  await afterFrames(page, 10);
  await read.click();
  assert.deepEqual(await corner(widget), dark);
  watcher.assertClean();
});
