// What the exercise tests share: a lesson opened in a watched page with its widgets defined, an
// exercise scrolled on screen (widgets compute only while visible), typing as a reader does,
// and the exercise's goal line read back. Asserts nothing itself.
import { watchPage } from './harness.mjs';
import { afterFrames } from './widget-page.mjs';

/** Opens lessons/<slug>/<hash> and waits for its widgets; { page, watcher }. */
export async function openLesson(site, slug, hash = '') {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  await page.goto(`${site.server.url}lessons/${slug}/${hash}`, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    const tags = new Set([...document.querySelectorAll('main *')].map((e) => e.localName));
    const widgets = [...tags].filter((t) => t.startsWith('nn-'));
    await Promise.all(widgets.map((t) => customElements.whenDefined(t)));
  });
  return { page, watcher };
}

/** The exercise named `name`, on screen, drawn once its goal line is there. */
export async function exercise(page, name) {
  const widget = page.locator(`[data-exercise="${name}"]`);
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('.goal').waitFor();
  await afterFrames(page, 2);
  return widget;
}

/**
 * Opens lessons/<slug>/<hash>, runs body({ page, widget }) on the exercise `name`, expects no
 * console error, and closes the page whatever happened.
 */
export async function onExercise(site, slug, name, body, hash = '') {
  const { page, watcher } = await openLesson(site, slug, hash);
  try {
    await body({ page, widget: await exercise(page, name) });
    watcher.assertClean();
  } finally {
    await page.close();
  }
}

/** Replaces a text field's value by typing, as a reader would, and commits it with Tab. */
export async function typeInto(page, field, value) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(value));
  await page.keyboard.press('Tab');
}

/** The goal line's text once it matches `pattern` (waits for it). */
export async function goalLine(widget, pattern) {
  const line = widget.locator('.goal').filter({ hasText: pattern });
  await line.waitFor();
  return line.textContent();
}

/** A reader's try at a control: types only where the field is editable (a locked one is not). */
export async function tryTyping(page, field, value) {
  if (await field.isEditable()) await typeInto(page, field, value);
}
