// What a reader sees in part of a page, read from a screenshot: for canvases painted by a worker
// (handed over with transferControlToOffscreen), whose pixels the page itself cannot read. The
// PNG is decoded by Chromium, in a blank page of the same browser. Asserts nothing.

/**
 * The number of distinct colours in the screenshot of `locator`'s box on its page (scrolled
 * into view first): 1 for an empty canvas on a plain background, many for a chart.
 */
export async function distinctColours(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const page = locator.page();
  const png = await page.screenshot({ clip: box });
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      const colours = new Set();
      for (let i = 0; i < data.length; i += 4)
        colours.add(data[i] * 65536 + data[i + 1] * 256 + data[i + 2]);
      return colours.size;
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}
