// Display formulas on every lesson page in Chromium, at a 1280 px desktop, a 375 px phone and a
// 320 px phone: each formula either fits its column or shows that it scrolls. One that scrolls
// is a focusable, labelled group the arrow keys scroll, and it is shaded on each edge past which
// more of it lies: on the right before scrolling, on the left (and not the right) at the end.
// Needs a built site (npm run build:site).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const LESSONS = readdirSync(join(repoRoot, 'build/site/lessons')).sort();
const site = siteForTests();

/** The pixels of a 6 × 4 px patch at the top left or top right of box, as PNG bytes. */
async function edge(page, box, side) {
  const r = await box.boundingBox();
  const x = side === 'left' ? r.x + 1 : r.x + r.width - 7;
  return page.screenshot({ clip: { x, y: r.y + 1, width: 6, height: 4 } });
}

/** Checks one formula that overflows: labelled, focusable, arrow keys scroll it, edges shaded. */
async function checkScroller(page, box, where) {
  assert.equal(await box.getAttribute('tabindex'), '0', `${where} is focusable`);
  assert.equal(await box.getAttribute('role'), 'group', where);
  assert.equal(await box.getAttribute('aria-label'), 'Formula (scrolls sideways)', where);
  await box.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const [plain, shaded] = [await edge(page, box, 'left'), await edge(page, box, 'right')];
  assert.notDeepEqual(shaded, plain, `${where}: the right edge is shaded before scrolling`);
  await box.focus();
  assert.ok(await box.evaluate((element) => document.activeElement === element), where);
  const end = await box.evaluate((element) => element.scrollWidth - element.clientWidth);
  for (let presses = 0; presses < 40; presses++) {
    if ((await box.evaluate((element) => element.scrollLeft)) >= end - 1) break;
    await page.keyboard.press('ArrowRight');
  }
  const left = await box.evaluate((element) => element.scrollLeft);
  assert.ok(left >= end - 1, `${where}: the arrow keys scroll it to its end (${left} of ${end})`);
  await box.evaluate((element) => element.blur());
  assert.notDeepEqual(await edge(page, box, 'left'), plain, `${where}: the left edge is shaded`);
  assert.deepEqual(await edge(page, box, 'right'), plain, `${where}: the right edge is plain`);
}

for (const width of [1280, 375, 320]) {
  test(`every display formula fits or scrolls with a cue at ${width} px`, async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const watcher = await watchPage(page);
    let formulas = 0;
    let scrolling = 0;
    for (const lesson of LESSONS) {
      await page.goto(`${site.server.url}lessons/${lesson}/`, { waitUntil: 'networkidle' });
      const boxes = await page.locator('.math-display').all();
      for (const [i, box] of boxes.entries()) {
        formulas += 1;
        const overflows = await box.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
        if (!overflows) {
          assert.equal(await box.getAttribute('tabindex'), null, `${lesson} #${i} is no tab stop`);
          continue;
        }
        scrolling += 1;
        await checkScroller(page, box, `${lesson} formula #${i} at ${width} px`);
      }
    }
    assert.ok(formulas > 20, `${formulas} formulas`);
    // The lessons break their long formulas: nothing scrolls on a 375 px phone or wider. On a
    // 320 px phone a few still do, so the cue above has been seen at work.
    if (width >= 375) assert.equal(scrolling, 0, `${scrolling} formulas scroll at ${width} px`);
    else assert.ok(scrolling > 0, `some formula scrolls at ${width} px`);
    watcher.assertClean();
    await page.close();
  });
}
