// The home page's lesson cards in Chromium at 1280 and 375 px: every lesson in lessons.json has
// a card, and every card a picture of its own (web/site-build/lesson-pictures.mjs) that loads lazily,
// has drawn (naturalWidth > 0) once scrolled to, and says in its alt text what it shows. The
// page stays as wide as the screen. Needs a built site (npm run build:site).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const LESSONS = JSON.parse(readFileSync(join(repoRoot, 'lessons/lessons.json'), 'utf8'));
const site = siteForTests();

for (const width of [1280, 375]) {
  test(`every lesson card has a loaded picture with alt text at ${width} px`, async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const watcher = await watchPage(page);
    await page.goto(site.server.url, { waitUntil: 'networkidle' });
    const cards = await page.locator('.lesson-card').all();
    assert.equal(cards.length, LESSONS.length);
    const sources = new Set();
    for (const card of cards) {
      const lesson = await card.getAttribute('data-lesson');
      const picture = card.locator('img');
      assert.equal(await picture.count(), 1, `${lesson} has one picture`);
      assert.equal(await picture.getAttribute('loading'), 'lazy', lesson);
      const alt = await picture.getAttribute('alt');
      assert.ok(alt && alt.length > 10, `${lesson}: alt text "${alt}"`);
      await picture.scrollIntoViewIfNeeded();
      await page.waitForFunction((img) => img.complete, await picture.elementHandle());
      const drawn = await picture.evaluate((img) => ({ w: img.naturalWidth, box: img.width }));
      assert.ok(drawn.w > 0 && drawn.box > 0, `${lesson}: the picture loaded and is shown`);
      sources.add(await picture.getAttribute('src'));
    }
    assert.equal(sources.size, cards.length, 'each lesson has a picture of its own');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `the page is ${wide} px wide at ${width} px`);
    watcher.assertClean();
    await page.close();
  });
}
