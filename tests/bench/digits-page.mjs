// Lesson 13's page as the digits benches open it: the page loaded, its first nn-digits widget
// scrolled into view (its buttons are pressed with ../browser/digits-widget.mjs startTraining, as
// the browser tests press them). Reports nothing.

/** Opens lesson 13 in a new page of `browser`; returns { page, widget } (the first nn-digits). */
export async function openDigitsLesson(browser, server) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}lessons/13-handwritten-digits/`, { waitUntil: 'networkidle' });
  const widget = page.locator('nn-digits').first();
  await widget.scrollIntoViewIfNeeded();
  return { page, widget };
}
