// What the browser tests share around a page: the built site and one Chromium for a whole test
// file (axe-core served from the site's own origin when asked), a widget opened alone on the
// embed page and watched for errors, axe's findings, numbers as widgets print them, and waits
// counted in the page's own animation frames.
// Does not: assert anything about a page's content (each test file does).
import { join } from 'node:path';
import { after, before } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { launchBrowser, serveSite, watchPage } from './harness.mjs';

/** Serves axe-core under /__axe/ from the site's own origin (the CSP allows no other script). */
export const AXE_ROUTE = { '/__axe/': join(repoRoot, 'node_modules/axe-core') };

/**
 * Serves build/site and starts Chromium before the file's tests; closes both after them.
 * Returns { server, browser }, filled in once before() has run. { axe: true } adds AXE_ROUTE;
 * { csp: false } serves without the CSP header, as a plain static host would.
 */
export function siteForTests({ axe = false, csp = true } = {}) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await serveSite({ csp, ...(axe ? { extraRoutes: AXE_ROUTE } : {}) });
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Opens <tag> alone on the embed page with `query` (attribute=value&...) in a fresh watched page
 * and waits for ready(widget). Returns { page, watcher, widget }. clock: the page's timers and
 * frames run on Playwright's clock (page.clock), installed before the page loads, for a test
 * that moves time itself. That clock rules every page of the browser context, so pass a site
 * whose browser this page has to itself (nn-perceptron's Play test does).
 */
export async function openWidget(site, tag, query, ready, { clock = false } = {}) {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  if (clock) await page.clock.install();
  await page.goto(`${site.server.url}embed/?widget=${tag}&${query}`);
  const widget = page.locator(tag);
  await ready(widget);
  return { page, watcher, widget };
}

/** Keeps the detail of every nn-solved event the widget sends in the page's window.solved. */
export function recordSolved(widget) {
  return widget.evaluate((element) => {
    window.solved = [];
    element.addEventListener('nn-solved', (event) => window.solved.push(event.detail));
  });
}

/** axe's findings on the page, of any impact, as readable lines (site from { axe: true }). */
export async function axeProblems(page, site) {
  await page.addScriptTag({ url: `${site.server.url}__axe/axe.min.js` });
  return page.evaluate(async () => {
    const { violations } = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact !== null)
      .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * Resolves after `count` of the page's animation frames. A widget on screen draws a change in
 * the frame it asked for when the change came, and its callback runs before this one: a read
 * after one frame sees the drawing of every change made before the call.
 */
export function afterFrames(page, count = 1) {
  return page.evaluate(
    (left) =>
      new Promise((done) => {
        const tick = () => (--left > 0 ? requestAnimationFrame(tick) : done());
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/**
 * Lets at least `ms` of the page's time and 10 of its animation frames pass: for a check that
 * nothing changes, a window that still holds frames (and timers) on a busy machine.
 */
export function quietFor(page, ms) {
  return page.evaluate(
    (wait) =>
      new Promise((done) => {
        const end = performance.now() + wait;
        let frames = 10;
        const tick = () =>
          --frames <= 0 && performance.now() >= end ? done() : requestAnimationFrame(tick);
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/** A number as a widget prints it with 4 decimals and a true minus sign: −0.5000. */
export const fixed = (v) => v.toFixed(4).replace('-', '−');

/** A number as a widget prints it with at most 4 decimals and a true minus sign: −0.5. */
export const shown = (v) => String(Number(v.toFixed(4))).replace('-', '−');

/** A printed number read back: true minus signs and a factor's brackets allowed. */
export const parse = (text) => Number(text.replace(/−/g, '-').replace(/[()]/g, ''));
