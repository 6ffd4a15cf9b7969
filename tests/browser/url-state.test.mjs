// Lesson pages keep the widgets a reader changed in the address's hash: lesson 1's exercise is
// solved by typing a bias, the address then carries it, and a fresh page opened at that address
// shows the same widget, solved, with the other neuron untouched. Bad values from a hash get the
// widget's own message; unknown widget and attribute names (script payloads among them) get one
// note, as text; an ordinary anchor is left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchPage } from './harness.mjs';
import { afterFrames, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const LESSON = 'lessons/01-one-neuron/';
const EXERCISE = 'nn-neuron[data-exercise="say-no"]';

/** A watched page at lesson 1 with `hash`, its widgets defined. */
async function openLesson(hash = '') {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  await page.addInitScript(() => {
    window.ran = [];
  });
  await page.goto(`${site.server.url}${LESSON}${hash}`);
  await page.evaluate(() => customElements.whenDefined('nn-neuron'));
  return { page, watcher };
}

/** Waits until a text field shows `expected` (the widget fills it when it draws). */
async function fieldShows(field, expected) {
  await field
    .page()
    .waitForFunction(
      ([input, text]) => input.value === text,
      [await field.elementHandle(), expected],
    );
}

/** The exercise's bias field, once the widget has drawn (it draws when on screen). */
async function biasField(page) {
  const exercise = page.locator(EXERCISE);
  await exercise.scrollIntoViewIfNeeded();
  const bias = exercise.getByRole('textbox', { name: /bias/ });
  await bias.waitFor();
  return bias;
}

test('a typed bias goes into the hash, and the link opens the page as the reader left it', async () => {
  const { page, watcher } = await openLesson();
  const bias = await biasField(page);
  await bias.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('-2');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => location.hash.includes('say-no.bias=-2'));
  const link = page.url();
  assert.doesNotMatch(new URL(link).hash, /neuron-1\./, 'the untouched neuron stays out');
  await page
    .locator(`${EXERCISE} .goal`)
    .filter({ hasText: /solved/i })
    .waitFor();
  watcher.assertClean();
  await page.close();

  const { page: shared, watcher: sharedWatcher } = await openLesson(new URL(link).hash);
  const sharedBias = await biasField(shared);
  await fieldShows(sharedBias, '-2');
  await shared
    .locator(`${EXERCISE} .goal`)
    .filter({ hasText: /solved/i })
    .waitFor();
  assert.equal(await shared.locator('nn-neuron').first().getAttribute('bias'), '0.1');
  assert.equal(await shared.locator('.state-note').count(), 0, 'no note for a clean link');
  sharedWatcher.assertClean();
  await shared.close();
});

test('bad values from the hash get the widget’s message and leave the page working', async () => {
  const hash = '#say-no.bias=abc&say-no.weights=1e308%2CNaN&say-no.activation=%3Cb%3Ex%3C%2Fb%3E';
  const { page, watcher } = await openLesson(hash);
  const exercise = page.locator(EXERCISE);
  await exercise.scrollIntoViewIfNeeded();
  const alerts = exercise.locator('.alerts');
  await alerts.filter({ hasText: /bias/ }).waitFor();
  const text = await alerts.textContent();
  for (const expected of ['bias', 'abc', 'weights', 'activation', '<b>x</b>']) {
    assert.ok(text.includes(expected), `the message names ${expected}: ${text}`);
  }
  assert.equal(await exercise.locator('.alerts b').count(), 0, 'the value is text, not markup');
  // The widget still works: a good bias typed now is taken.
  const bias = await biasField(page);
  await bias.fill('-3');
  await bias.press('Enter');
  await page.waitForFunction(() => location.hash.includes('say-no.bias=-3'));
  watcher.assertClean();
  await page.close();
});

test('each kind of bad value, one hash after another: named, nothing shown as NaN', async () => {
  const { page, watcher } = await openLesson();
  const exercise = page.locator(EXERCISE);
  await biasField(page);
  const bad = [
    ['bias', ''],
    ['bias', 'abc'],
    ['bias', 'NaN'],
    ['bias', 'Infinity'],
    ['bias', '1e308'],
    ['bias', '-1e308'],
    ['bias', 'x'.repeat(10000)],
    ['weights', '1,,2'],
    ['weights', Array(50).fill(1).join(',')],
    ['activation', 'sigmod'],
  ];
  for (const [name, value] of bad) {
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `#${new URLSearchParams({ [`say-no.${name}`]: value })}`,
    );
    const alert = exercise.locator('.alerts').filter({ hasText: `${name}=` });
    await alert.waitFor();
    const text = await alert.textContent();
    assert.ok(text.length < 1000, `a short message for ${name}=${value.slice(0, 20)}`);
    await afterFrames(page); // the alert comes at once, the drawing after: what does it show?
    const shown = await exercise.evaluate((e) => e.shadowRoot.querySelector('.body').innerText);
    assert.doesNotMatch(shown, /NaN|Infinity/, `${name}=${value.slice(0, 20)}`);
    // The next hash puts back the good value before trying the next bad one.
    await page.evaluate(() => {
      location.hash = '#say-no.bias=0.1&say-no.weights=0.5%2C0.7%2C0.3&say-no.activation=sigmoid';
    });
    await page.waitForFunction(
      (selector) =>
        document.querySelector(selector).shadowRoot.querySelector('.alerts').textContent === '',
      EXERCISE,
    );
  }
  watcher.assertClean();
  await page.close();
});

test('unknown names and script payloads in the hash are listed as text, never run', async () => {
  const payload = '<img src=x onerror="window.ran.push(1)">';
  const hash = `#${new URLSearchParams({
    'nobody.bias': '1',
    'say-no.onclick': 'window.ran.push(2)',
    [`${payload}.bias`]: '1',
    'say-no.bias': '-2',
  })}`;
  const { page, watcher } = await openLesson(hash);
  const note = page.locator('.state-note');
  await note.waitFor();
  const text = await note.textContent();
  for (const expected of ['“nobody”', '“onclick”', payload.slice(0, 40), 'say-no']) {
    assert.ok(text.includes(expected), `the note names ${expected}: ${text}`);
  }
  assert.equal(await note.locator('img').count(), 0);
  assert.equal(
    await page.locator('nn-neuron[data-exercise="say-no"]').getAttribute('onclick'),
    null,
  );
  // The known pair in the same link still applies.
  await fieldShows(await biasField(page), '-2');
  await page.locator(EXERCISE).click({ position: { x: 5, y: 5 } });
  assert.deepEqual(await page.evaluate(() => window.ran), []);
  watcher.assertClean();
  await page.close();
});

test('a new hash on an open page applies; an anchor is left alone', async () => {
  const { page, watcher } = await openLesson('#main');
  const bias = await biasField(page);
  assert.equal(new URL(page.url()).hash, '#main');
  assert.equal(
    await page
      .locator(`${EXERCISE} .goal`)
      .filter({ hasText: /solved/i })
      .count(),
    0,
  );
  await page.evaluate(() => {
    location.hash = '#say-no.bias=-1.5';
  });
  await page.waitForFunction(
    (selector) => document.querySelector(selector).getAttribute('bias') === '-1.5',
    EXERCISE,
  );
  await fieldShows(bias, '-1.5');
  assert.equal(await page.locator('.state-note').count(), 0);
  watcher.assertClean();
  await page.close();
});
