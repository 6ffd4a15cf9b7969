// The built lesson site in Chromium: every page loads cleanly under the CSP, every internal
// link and anchor resolves, axe finds no problem of any impact, nothing overflows a 375px screen,
// every control is reachable by Tab with a visible focus ring, progress is saved and shown,
// the embed page builds only schema attributes, and the site still opens offline.
// Four pages are drawn whole at 1280 and 375 px and checked (every widget drawn, no alert, no
// overflow), then saved to build/screenshots/. Needs a built site (npm run build:site).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { widgetLoaders } from '../../web/src/widgets/loaders.js';
import { launchBrowser, screenshot, watchPage } from './harness.mjs';
import { siteForTests } from './widget-page.mjs';

const SITE = join(repoRoot, 'build/site');
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** Every page the build wrote, as a URL path relative to the site root ('' is the home page). */
const PAGES = readdirSync(SITE, { recursive: true })
  .filter((path) => path.endsWith('index.html'))
  .map((path) =>
    path
      .replace(/index\.html$/, '')
      .split('\\')
      .join('/'),
  )
  .map((path) => (path === 'embed/' ? 'embed/?widget=nn-neuron' : path))
  .sort();

// axe is served from the site's own origin: the CSP blocks the inline copy addScriptTag({ path }) makes.
const site = siteForTests({ axe: true });

/** Opens `path` in a fresh page, watched for errors, and waits until its widgets are drawn. */
async function open(path, viewport = DESKTOP) {
  const page = await site.browser.context.newPage();
  await page.setViewportSize(viewport);
  const watch = await watchPage(page);
  await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    const tags = new Set(
      [...document.querySelectorAll('*')]
        .map((e) => e.localName)
        .filter((t) => t.startsWith('nn-')),
    );
    await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return { page, watch };
}

/**
 * Brings each widget on screen once, so each has rendered (widgets draw only when visible).
 * Two frames after a scroll were not always enough: the widget hears that it is on screen
 * from its IntersectionObserver, in a task a busy machine may run after the second frame, and
 * only then asks for the frame it draws in. So this waits for an observer of its own, which
 * hears after the widget's (it was made later) and then waits one frame: the widget's comes first.
 */
async function renderEveryWidget(page) {
  await page.evaluate(async () => {
    const frames = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const widgets = [...document.querySelectorAll('*')].filter((e) =>
      e.localName.startsWith('nn-'),
    );
    // Built first (the core loads once for the page): a widget draws only once built.
    for (let i = 0; i < 600 && widgets.some((w) => w.shadowRoot.querySelector('.loading')); i++) {
      await frames();
    }
    const drawnOnScreen = (widget) =>
      new Promise((done) => {
        const observer = new IntersectionObserver(([entry]) => {
          observer.disconnect();
          if (entry.isIntersecting) requestAnimationFrame(done);
          else done(); // hidden (in a closed <details>, say): it has nothing to show
        });
        observer.observe(widget);
      });
    for (const widget of widgets) {
      widget.scrollIntoView();
      await drawnOnScreen(widget);
    }
    window.scrollTo(0, 0);
    await frames();
  });
}

describe('every page', () => {
  for (const path of PAGES) {
    test(`/${path} loads cleanly, passes axe and fits 375px`, async () => {
      const { page, watch } = await open(path);
      await page.addScriptTag({ url: `${site.server.url}__axe/axe.min.js` });
      const violations = await page.evaluate(async () => {
        const { violations } = await globalThis.axe.run(document, { resultTypes: ['violations'] });
        return violations
          .filter((v) => v.impact !== null)
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
      });
      assert.deepEqual(violations, [], 'axe violations');

      await page.setViewportSize(PHONE);
      const overflow = await page.evaluate(async () => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter(
            (e) =>
              e.getBoundingClientRect().right > width + 1 &&
              !e.closest('.math-display, .table-scroll, pre'),
          )
          .map((e) => e.localName + (e.className ? `.${String(e.className).split(' ')[0]}` : ''));
        return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
      });
      assert.ok(
        overflow.scroll <= overflow.width,
        `overflows at 375px: ${JSON.stringify(overflow)}`,
      );
      watch.assertClean();
      await page.close();
    });
  }
});

describe('links', () => {
  test('every internal link and anchor resolves', async () => {
    const { page } = await open('');
    const broken = [];
    for (const path of PAGES) {
      await page.goto(site.server.url + path, { waitUntil: 'domcontentloaded' });
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .map((a) => a.href)
          .filter((href) => href.startsWith(location.origin)),
      );
      for (const link of links) {
        const url = new URL(link);
        const response = await page.request.get(url.href);
        if (!response.ok()) broken.push(`/${path} -> ${link} (HTTP ${response.status()})`);
        else if (url.hash) {
          const html = await response.text();
          if (!html.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`))
            broken.push(`/${path} -> ${link} (no such anchor)`);
        }
      }
    }
    assert.deepEqual(broken, []);
    await page.close();
  });
});

describe('keyboard', () => {
  for (const path of PAGES) {
    test(`/${path}: every control is reachable by Tab and shows its focus`, async () => {
      const { page } = await open(path);
      await renderEveryWidget(page); // controls built on first render must exist before counting
      const focusable = await page.evaluate(() => {
        const selector =
          'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]';
        const found = [];
        const visit = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (
              element.matches(selector) &&
              element.tabIndex >= 0 &&
              !element.disabled &&
              !element.closest('[inert]') && // inert: out of reach by design (a blank cell)
              element.checkVisibility({ visibilityProperty: true })
            ) {
              // Of a group of radio buttons Tab reaches one, the checked one if any; arrow keys
              // move within the group.
              const radio = `input[type="radio"][name="${element.name}"]`;
              const group =
                element.type === 'radio' &&
                (root.querySelector(`${radio}:checked`) ?? root.querySelector(radio));
              if (!group || group === element) found.push(element);
            }
            if (element.shadowRoot) visit(element.shadowRoot);
          }
        };
        visit(document);
        found.forEach((element, index) => (element.__tabIndexInTest = index));
        const describe = (e) =>
          `${e.getRootNode().host?.localName ?? ''} ${e.localName}${e.id ? `#${e.id}` : ''} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
        return found.map(describe);
      });
      const reached = new Set();
      const invisible = [];
      for (let presses = 0; presses < focusable.length + 20; presses += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          if (!active || active === document.body) return null;
          const shows = (style) =>
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none';
          const visible = [getComputedStyle(active), getComputedStyle(active, '::after')].some(
            shows,
          );
          const name =
            active.localName +
            (active.id ? `#${active.id}` : '') +
            (active.className ? `.${active.className}` : '');
          return { index: active.__tabIndexInTest, visible, name };
        });
        if (!focus) continue;
        if (reached.has(focus.index)) break;
        reached.add(focus.index);
        if (!focus.visible) invisible.push(focus.name);
      }
      const missed = focusable.filter((_, index) => !reached.has(index));
      assert.deepEqual(
        missed,
        [],
        `of ${focusable.length} focusable elements, these were never reached by Tab`,
      );
      assert.deepEqual(invisible, [], 'elements without a visible focus indicator');
      await page.close();
    });
  }
});

describe('progress', () => {
  test('solving the exercise in lesson 1 shows as done on the home page, and reset forgets it', async () => {
    const { page, watch } = await open('lessons/01-one-neuron/');
    const exercise = page.locator('[data-exercise="say-no"]');
    await exercise.scrollIntoViewIfNeeded(); // widgets compute only while on screen
    await exercise.evaluate((widget) => widget.setAttribute('bias', '-2'));
    await page.waitForFunction(() =>
      localStorage.getItem('neuronlab.progress.v1')?.includes('say-no'),
    );
    await page.goto(site.server.url, { waitUntil: 'networkidle' });
    const card = page.locator('.lesson-card[data-lesson="01-one-neuron"]');
    assert.equal(await card.getAttribute('data-state'), 'done');
    assert.equal((await card.locator('[data-progress]').textContent()).trim(), 'Done');

    const reset = page.locator('[data-progress-reset] button');
    await reset.click();
    assert.equal(await card.getAttribute('data-state'), 'done', 'the first press only asks');
    await reset.click();
    assert.equal(await card.getAttribute('data-state'), 'new');
    assert.equal(await page.evaluate(() => localStorage.getItem('neuronlab.progress.v1')), null);
    watch.assertClean();
    await page.close();
  });
});

describe('embed page', () => {
  test('builds the widget from schema attributes only', async () => {
    const { page, watch } = await open(
      'embed/?widget=nn-neuron&bias=-1&onclick=alert(1)&style=color:red',
    );
    const widget = await page.evaluate(() => {
      const element = document.querySelector('nn-neuron');
      return {
        bias: element.getAttribute('bias'),
        names: element.getAttributeNames(),
        message: document.querySelector('[data-frame-message]').textContent,
      };
    });
    assert.equal(widget.bias, '-1');
    assert.deepEqual(widget.names, ['bias']);
    assert.match(widget.message, /Ignored onclick, style/);
    watch.assertClean();
    await page.close();
  });

  test('quotes at most five ignored names, each at most 40 characters', async () => {
    const long = 'x'.repeat(100_000);
    const many = Array.from({ length: 2000 }, (_, i) => `n${i}=1`).join('&');
    const { page, watch } = await open(`embed/?widget=nn-neuron#${long}=1&${many}`);
    const message = await page.locator('[data-frame-message]').textContent();
    assert.equal(
      message,
      `Ignored ${'x'.repeat(40)}…, n0, n1, n2, n3 and 1996 more: not attributes of <nn-neuron>.`,
    );
    watch.assertClean();
    await page.close();
  });

  test('names the available widgets when none is asked for', async () => {
    const { page } = await open('embed/');
    assert.match(await page.locator('[data-frame-message]').textContent(), /Available: nn-/);
    await page.close();
  });
});

describe('offline', () => {
  test('the service worker caches the site so a lesson opens without a network', async () => {
    const { page } = await open('');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) =>
          navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
        );
      }
      return registration.active.state;
    });
    await site.browser.context.setOffline(true);
    try {
      await page.goto(`${site.server.url}lessons/01-one-neuron/`);
      assert.equal(await page.locator('h1').textContent(), 'One neuron');
    } finally {
      await site.browser.context.setOffline(false);
    }
    await page.close();
  });

  test('install keeps every file; a first page is kept with its fonts and widget code', async (t) => {
    // A browser of its own, so the worker installs afresh while this page is open: what the
    // page loaded before the worker took it over must be kept as well.
    const browser = await launchBrowser();
    t.after(() => browser.close());
    const page = await browser.context.newPage();
    const watch = await watchPage(page);
    const lesson = `${site.server.url}lessons/01-one-neuron/`;
    await page.goto(lesson);
    // Once installed, the worker takes over the page that registered it.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const kept = await page.evaluate(async () => {
      await customElements.whenDefined('nn-neuron');
      await document.fonts.ready;
      // The worker keeps the page's files in the background: wait until all of them are in.
      const fetched = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.startsWith(location.origin));
      const [name] = await caches.keys();
      const cache = await caches.open(name);
      let keys = [];
      for (let i = 0; i < 400 && !fetched.every((url) => keys.includes(url)); i++) {
        await new Promise((done) => setTimeout(done, 25));
        keys = (await cache.keys()).map((request) => request.url);
      }
      const missing = fetched.filter((url) => !keys.includes(url));
      return { keys: keys.map((url) => url.slice(location.origin.length + 1)), missing };
    });
    assert.deepEqual(kept.missing, [], 'every file the page loaded is kept within 10 s');
    const has = (pattern) => kept.keys.some((path) => pattern.test(path));
    assert.ok(has(/^lessons\/12-to-the-frameworks\/$/), 'a lesson not visited, precached');
    assert.ok(has(/^nl\/nn\.wasm$/), 'the core, precached');
    assert.ok(has(/^nl\/katex\/fonts\/KaTeX_Main-Regular\.woff2$/), 'a font this page uses');
    assert.ok(has(/^nl\/nn-neuron-\w+\.js$/), "this page's widget");
    assert.ok(has(/^nl\/nn-trainer-\w+\.js$/), 'a widget this page does not use, precached');

    await browser.context.setOffline(true);
    await page.reload();
    await page.locator('h1').filter({ hasText: 'One neuron' }).waitFor();
    // The widget's code and the core come from the cache: the neuron draws its output.
    const neuron = page.locator('nn-neuron').first();
    await neuron.scrollIntoViewIfNeeded();
    await neuron.locator('.output-value').filter({ hasText: /\d/ }).waitFor();
    assert.equal(await page.evaluate(() => document.fonts.check('16px KaTeX_Main')), true);
    watch.assertClean();
  });
});

describe('pages drawn at 1280 and 375 px', () => {
  for (const [path, name, tags] of [
    ['', 'site-home', []],
    ['lessons/01-one-neuron/', 'site-lesson-01', ['nn-neuron']],
    ['gallery/', 'site-gallery', Object.keys(widgetLoaders)],
    ['blog-sample/', 'site-blog-sample', ['nn-neuron', 'nn-activation']],
  ]) {
    test(`/${path}: every widget draws, with no alert, no error, nothing wider than the screen`, async () => {
      const { page, watch } = await open(path);
      for (const viewport of [DESKTOP, PHONE]) {
        await page.setViewportSize(viewport);
        await renderEveryWidget(page);
        const state = await page.evaluate(() => {
          const widgets = [...document.querySelectorAll('*')].filter((e) =>
            e.localName.startsWith('nn-'),
          );
          return {
            tags: [...new Set(widgets.map((w) => w.localName))],
            // Built (the loading note gone) and drawn: its body holds what build() made.
            undrawn: widgets
              .filter((w) => w.shadowRoot.querySelector('.loading, .body:empty'))
              .map((w) => w.localName),
            alerts: widgets.map((w) => w.shadowRoot.querySelector('.alerts').textContent),
            scroll: document.documentElement.scrollWidth,
            width: document.documentElement.clientWidth,
          };
        });
        const at = `at ${viewport.width} px`;
        for (const tag of tags) assert.ok(state.tags.includes(tag), `${tag} is on the page`);
        assert.deepEqual(state.undrawn, [], `widgets not drawn ${at}`);
        assert.deepEqual(state.alerts.filter(Boolean), [], `widget alerts ${at}`);
        assert.ok(state.scroll <= state.width, `wider than the screen ${at}: ${state.scroll}px`);
      }
      // For people to look at: build/screenshots/<name>-desktop.png and -phone.png.
      await screenshot(page, name);
      watch.assertClean();
      await page.close();
    });
  }
});
