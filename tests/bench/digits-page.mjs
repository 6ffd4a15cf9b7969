// Lesson 13's page as the digits benches open it: the page loaded, its first nn-digits widget
// scrolled into view, and the widget's buttons pressed as a reader would. Reports nothing.

/** Opens lesson 13 in a new page of `browser`; returns { page, widget } (the first nn-digits). */
export async function openDigitsLesson(browser, server) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}lessons/13-handwritten-digits/`, { waitUntil: 'networkidle' });
  const widget = page.locator('nn-digits').first();
  await widget.scrollIntoViewIfNeeded();
  return { page, widget };
}

/** Presses Load the digits, then Train once the digits are in (up to five minutes). */
export async function loadAndTrain(widget) {
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click({ timeout: 300000 });
}
