// Every page of the built site (each lesson, the gallery, the embed page with each widget), served
// WITHOUT the CSP header as a plain static host would, with `__proto__`, `constructor` and
// `prototype` in every place a key is read: the hash, the embed page's query and fragment,
// widget attributes, stored progress and the stored model. Object.prototype, Object.entries
// and Object.hasOwn stay as they were, no module from the address runs, no widget is left
// blank, and the address's text never appears in a widget's message (design rule 17).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { builtWidgetTags } from './probes.mjs';
import { siteForTests } from './widget-page.mjs';

const SITE = join(repoRoot, 'build/site');
const MARK = 'ATTACKER-TEXT';
const PAYLOAD = encodeURIComponent(
  'data:text/javascript,window.ran=(window.ran||0)+1;export default ()=>new Promise(()=>{})',
);
const KEYS = ['__proto__', 'constructor', 'prototype'];
/** One hash that tries every write the old parser allowed, for every widget key too. */
const HASH = [
  `__proto__.moduleUrl=${PAYLOAD}`,
  '__proto__.threshold=x',
  `__proto__.example=${MARK}`,
  'constructor.entries=x',
  'constructor.hasOwn=x',
  'prototype.x=1',
  ...KEYS.map((key) => `say-no.${key}=x`),
  ...KEYS.map((key) => `neuron-1.${key}=x`),
].join('&');
const STORED = {
  'neuronlab.progress.v1': JSON.stringify({
    lessons: Object.fromEntries(
      KEYS.map((key) => [key, { visited: true, solved: ['__proto__', MARK] }]),
    ),
  }),
  'neuronlab:model': `{"__proto__":{"layers":"${MARK}"},"constructor":{"prototype":{"x":1}},"prototype":1}`,
};

const lessons = readdirSync(join(SITE, 'lessons')).sort();
const widgets = builtWidgetTags();

const PAGES = [
  ...lessons.map((slug) => `lessons/${slug}/#${HASH}`),
  `gallery/#${HASH}`,
  ...widgets.map(
    (tag) => `embed/?widget=${tag}&${KEYS.map((k) => `${k}=x`).join('&')}#${KEYS.join('=x&')}=x`,
  ),
];

const site = siteForTests({ csp: false });

/** Whether every widget on the page has built (its body shows more than the loading note). */
function builtEverywhere() {
  return [...document.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('nn-'))
    .every((w) => w.shadowRoot?.querySelector('.body > :not(.loading)'));
}

/** What the page's globals look like now, and what each widget shows. */
function inspect(mark) {
  const native = (f) =>
    typeof f === 'function' && /\[native code\]/.test(Function.prototype.toString.call(f));
  const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('nn-'));
  return {
    prototype: Object.getOwnPropertyNames(Object.prototype).sort().join(' '),
    entries: native(Object.entries),
    hasOwn: native(Object.hasOwn),
    inherited: ['moduleUrl', 'threshold', 'example', 'x', 'layers'].filter((k) => k in {}),
    ran: window.ran ?? 0,
    blank: widgets
      .filter((w) => !w.shadowRoot?.querySelector('.body > :not(.loading)'))
      .map((w) => w.localName),
    marked: widgets.filter((w) => w.shadowRoot?.textContent.includes(mark)).map((w) => w.localName),
  };
}

for (const path of PAGES) {
  test(`hostile keys on /${path.split('#')[0]}`, async () => {
    const page = await site.browser.context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript((stored) => {
      window.__prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join(' ');
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
    }, STORED);
    await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    // Each widget builds once the core is in (Playwright's own timeout bounds a page that never
    // gets there, which then fails below as blank); walking the page makes each one draw too.
    await page.waitForFunction(builtEverywhere).catch(() => null);
    await page.evaluate(async () => {
      for (const widget of document.querySelectorAll('*')) {
        if (!widget.localName.startsWith('nn-')) continue;
        widget.scrollIntoView();
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
    });
    const seen = await page.evaluate(inspect, MARK);
    const before = await page.evaluate(() => window.__prototypeBefore);
    await page.close();
    assert.equal(seen.prototype, before, 'Object.prototype gained or lost a property');
    assert.ok(seen.entries && seen.hasOwn, 'Object.entries and Object.hasOwn are the built-ins');
    assert.deepEqual(seen.inherited, [], 'no property is inherited from Object.prototype');
    assert.equal(seen.ran, 0, 'a module from the address ran');
    assert.deepEqual(seen.blank, [], 'widgets left blank');
    assert.deepEqual(seen.marked, [], 'widgets showing the address’s text');
    assert.deepEqual(errors, [], 'page errors');
  });
}
