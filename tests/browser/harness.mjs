// Helpers shared by the browser tests: Debian's Chromium through playwright-core, the built site
// on a local server, a watcher that fails a test on any console error, page error, failed
// request or CSP violation, and screenshots at a desktop and a phone size for people to look at.
// Does not: assert anything about a page's content (each test file does).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { startServer } from '../../web/tools/serve.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };
/**
 * The accessibility Chromium turns on when a screen reader runs. The DevTools protocol's own
 * (`Accessibility.enable` alone) is less: it leaves out contents the page lets the browser skip
 * (`content-visibility: auto` off screen), which a screen reader is given.
 */
export const SCREEN_READER = '--force-renderer-accessibility';

/**
 * Starts headless /usr/bin/chromium with a fresh profile. Returns { context, close() }; close()
 * also deletes the profile. Open pages with context.newPage(). `args`: more command-line
 * switches (for example SCREEN_READER).
 */
export async function launchBrowser({ args = [] } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'neuronlab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: DESKTOP,
    args: [
      '--no-sandbox', // needed as root; CI runs as root
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Serves build/site (the output of npm run build:site); options go to startServer. */
export function serveSite(options = {}) {
  const root = join(repoRoot, 'build/site');
  if (!existsSync(root)) throw new Error('build/site does not exist: run `npm run build:site`');
  return startServer({ root, ...options });
}

/**
 * Records everything that went wrong on `page`. Call before page.goto(): CSP violations are
 * caught by a script that must be in place when the document starts.
 * Returns { problems, assertClean() }; assertClean() throws listing every problem.
 */
export async function watchPage(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.stack ?? err.message}`));
  page.on('requestfailed', (req) =>
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.exposeFunction('__neuronLabReportCsp', (text) =>
    problems.push(`CSP violation: ${text}`),
  );
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__neuronLabReportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`,
      ),
    ),
  );
  return {
    problems,
    assertClean() {
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) on the page:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}

/** Saves build/screenshots/NAME-desktop.png and NAME-phone.png (full page), then restores the size. */
export async function screenshot(page, name) {
  const dir = join(repoRoot, 'build/screenshots');
  await mkdir(dir, { recursive: true });
  const original = page.viewportSize();
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ]) {
    await page.setViewportSize(size);
    // Two frames let resize observers redraw before the picture is taken.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.screenshot({ path: join(dir, `${name}-${label}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
