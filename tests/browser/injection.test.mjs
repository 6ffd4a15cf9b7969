// Script and event-handler payloads fed to the built site through every way text gets in: each
// schema attribute of each widget (on a fresh element, then changed), the URL hash, the embed
// page's query, localStorage (progress and 'neuronlab:model') and model JSON for <nn-export>
// (attribute and 'nn-model' event); the embed code must parse back to the same attributes. Nothing may run: window.__pwned stays
// undefined, no dialog opens, no on* attribute, javascript: URL, script or frame appears in the
// document or any shadow root, and the widget names the bad value in its inline message (or
// shows it as plain text where the text is accepted). Served WITHOUT the CSP on purpose: a blog
// that embeds the widgets may have none, so the code itself must not inject.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SITE, builtWidgetTags, openProbed, schemasIn, shortened, sitePages } from './probes.mjs';
import { siteForTests } from './widget-page.mjs';
import { PAYLOADS } from '../js/hostile/payloads.mjs';

const TAGS = builtWidgetTags();
// These pages between them load every script the site has (site.js, embed.js, frame.js) and
// every widget kind (the gallery); on lesson pages site.js reads widget settings from the hash
// (the next test feeds it payloads in that form too).
const HASH_PAGES = [
  '',
  'gallery/',
  'blog-sample/',
  'embed/?widget=nn-trainer',
  sitePages().find((path) => path.startsWith('lessons/')),
];

const site = siteForTests({ csp: false });

/** Asserts nothing ran and nothing runnable was added; then the harness's own checks. */
async function assertNothingRan({ page, watch, dialogs }, where) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    parentPwned: window.parent.__pwned,
    risky: window.__probe.risky(),
  }));
  assert.equal(state.pwned, undefined, `${where}: a payload ran`);
  assert.equal(state.parentPwned, undefined, `${where}: a payload ran in a frame`);
  assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(state.risky, [], `${where}: runnable markup appeared`);
  watch.assertClean();
}

async function openPage(path) {
  const probed = await openProbed(site.browser);
  await probed.page.goto(site.server.url + path, { waitUntil: 'load' });
  return probed;
}

describe('widget attributes', () => {
  for (const tag of TAGS) {
    test(`<${tag}>: every attribute, on a fresh element, then every payload`, async () => {
      const probed = await openPage('embed/');
      const [schema] = await schemasIn(probed.page, [tag]);
      const names = Object.keys(schema.attributes);
      const results = await probed.page.evaluate(
        async ({ tag, names, payloads }) => {
          const p = window.__probe;
          await customElements.whenDefined(tag);
          // One fresh element per attribute, each created with a different payload already set.
          const made = names.map((name, i) => {
            const widget = document.createElement(tag);
            widget.setAttribute(name, payloads[i % payloads.length]);
            document.querySelector('main').append(p.pin(widget));
            return { widget, name };
          });
          /** The embed code parsed back (inertly) must give exactly the tag and its state. */
          const roundTrip = (widget) => {
            const parsed = new DOMParser().parseFromString(widget.embedCode(), 'text/html');
            const [only, ...more] = parsed.body.children;
            const attributes = Object.fromEntries(
              [...only.attributes].map((a) => [a.name, a.value]),
            );
            return {
              same:
                more.length === 0 &&
                only.localName === tag &&
                only.children.length === 0 &&
                JSON.stringify(attributes) === JSON.stringify(widget.state()),
              code: widget.embedCode(),
            };
          };
          const read = () =>
            made.map(({ widget, name }) => ({
              name,
              payload: widget.getAttribute(name),
              messages: widget.shadowRoot.querySelector('.alerts').textContent,
              text: p.shownText(widget),
              embed: roundTrip(widget),
            }));
          await p.settle(made.map((m) => m.widget));
          const results = read();
          // The change path: every element takes every other payload in turn.
          for (let step = 1; step < payloads.length; step++) {
            made.forEach(({ widget, name }, i) =>
              widget.setAttribute(name, payloads[(i + step) % payloads.length]),
            );
            await p.frames(2);
            results.push(...read());
          }
          return results;
        },
        { tag: schema.tag, names, payloads: PAYLOADS },
      );
      assert.equal(results.length, names.length * PAYLOADS.length);
      for (const r of results) {
        const { type } = schema.attributes[r.name];
        const where = `${schema.tag} ${r.name}="${r.payload}"`;
        const named = r.messages.includes(`${r.name}="${shortened(r.payload)}`);
        const shownAsText = r.text.includes(r.payload.trim());
        if (['string', 'boolean'].includes(type)) {
          assert.ok(
            named || shownAsText || type === 'boolean',
            `${where}: neither named nor shown`,
          );
        } else {
          assert.ok(named, `${where}: no inline message naming it; alerts: ${r.messages}`);
        }
        assert.ok(r.embed.same, `${where}: the embed code does not parse back: ${r.embed.code}`);
      }
      await assertNothingRan(probed, schema.tag);
      await probed.page.close();
    });
  }
});

describe('URL', () => {
  test('the hash, on pages that load every script and widget', async () => {
    for (const path of HASH_PAGES) {
      const where = `/${path}#…`;
      const probed = await openPage(`${path}#${PAYLOADS[0]}`);
      await probed.page.evaluate(async (payloads) => {
        for (const payload of payloads) {
          location.hash = payload;
          await window.__probe.frames(1);
        }
        await window.__probe.settle();
      }, PAYLOADS);
      await assertNothingRan(probed, where);
      await probed.page.close();
    }
  });

  test("a lesson page's widget settings in the hash: values, attribute and widget names", async () => {
    const lesson = 'lessons/01-one-neuron/';
    const probed = await openPage(lesson);
    const [schema] = await schemasIn(probed.page, ['nn-neuron']);
    const hashes = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      const params = new URLSearchParams();
      for (const name of Object.keys(schema.attributes)) params.append(`say-no.${name}`, payload);
      params.append(`neuron-1.${payload}`, String(i));
      params.append(`${payload}.bias`, '1');
      hashes.push(`#${params}`);
    }
    await probed.page.evaluate(async (list) => {
      for (const hash of list) {
        location.hash = hash;
        await window.__probe.frames(2);
      }
      await window.__probe.settle();
    }, hashes);
    assert.match(await probed.page.locator('.state-note').textContent(), /no such widget/);
    await assertNothingRan(probed, `/${lesson}#say-no.…`);
    await probed.page.close();
  });

  test("the embed page's query: values, parameter names and the widget name", async () => {
    const probe = await openPage('embed/');
    const schemas = await schemasIn(probe.page, TAGS);
    await probe.page.close();
    for (const schema of schemas) {
      const params = new URLSearchParams({ widget: schema.tag });
      Object.keys(schema.attributes).forEach((name, i) =>
        params.append(name, PAYLOADS[i % PAYLOADS.length]),
      );
      for (const payload of PAYLOADS) params.append(payload, '1');
      const probed = await openPage(`embed/?${params}`);
      const shown = await probed.page.evaluate(async (tag) => {
        await window.__probe.settle();
        const widget = document.querySelector(tag);
        return {
          names: widget.getAttributeNames(),
          alerts: widget.shadowRoot.querySelector('.alerts').textContent,
          message: document.querySelector('[data-frame-message]').textContent,
        };
      }, schema.tag);
      assert.deepEqual(shown.names.sort(), Object.keys(schema.attributes).sort(), schema.tag);
      // Named as text, as the page quotes names: the first five, each cut at 40 characters,
      // then how many more.
      const quoted = (name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);
      const more = PAYLOADS.length > 5 ? ` and ${PAYLOADS.length - 5} more` : '';
      assert.equal(
        shown.message,
        `Ignored ${PAYLOADS.slice(0, 5).map(quoted).join(', ')}${more}: not attributes of <${schema.tag}>.`,
      );
      assert.notEqual(shown.alerts, '', `${schema.tag}: the bad values got no message`);
      await assertNothingRan(probed, `embed ${schema.tag}`);
      await probed.page.close();
    }
    for (const payload of PAYLOADS.slice(0, 3)) {
      const probed = await openPage(`embed/?widget=${encodeURIComponent(payload)}`);
      const message = await probed.page.locator('[data-frame-message]').textContent();
      assert.match(message, /^Name a widget in the address/);
      await assertNothingRan(probed, `embed ?widget=${payload}`);
      await probed.page.close();
    }
  });
});

describe('localStorage', () => {
  const KEY = 'neuronlab.progress.v1';

  /** Stores `items` for the site's origin, then opens `path`. */
  async function openWithStorage(path, items) {
    const probed = await openProbed(site.browser);
    await probed.page.goto(`${site.server.url}embed/`, { waitUntil: 'networkidle' });
    await probed.page.evaluate((entries) => {
      localStorage.clear();
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, Object.entries(items));
    await probed.page.goto(site.server.url + path, { waitUntil: 'load' });
    await probed.page.evaluate(() => window.__probe.settle());
    return probed;
  }

  test('progress naming payloads as lessons and exercises is shown as counts only', async () => {
    const lessons = Object.fromEntries(
      PAYLOADS.map((payload) => [payload, { visited: true, solved: PAYLOADS }]),
    );
    lessons['01-one-neuron'] = { visited: true, solved: PAYLOADS };
    const progress = JSON.stringify({ lessons });
    for (const path of ['', 'lessons/01-one-neuron/']) {
      const probed = await openWithStorage(path, { [KEY]: progress });
      if (path === '') {
        const card = probed.page.locator('.lesson-card[data-lesson="01-one-neuron"]');
        assert.equal(await card.getAttribute('data-state'), 'visited');
        assert.match(
          await card.locator('[data-progress]').textContent(),
          /^0 of \d+ exercises? solved$/,
        );
      }
      await assertNothingRan(probed, `progress on /${path}`);
      await probed.page.close();
    }
  });

  test("'neuronlab:model' holding payloads: <nn-export stored> names it, nothing runs", async () => {
    const model = {
      format: PAYLOADS[1],
      version: 1,
      inputs: 2,
      loss: PAYLOADS[0],
      layers: [{ units: 1, activation: PAYLOADS[3], weights: [[0], [0]], biases: [0] }],
    };
    for (const value of [PAYLOADS[0], JSON.stringify(model)]) {
      const paths = ['', 'embed/?widget=nn-export&stored', 'embed/?widget=nn-trainer&save-model'];
      for (const path of paths) {
        const probed = await openWithStorage(path, { 'neuronlab:model': value });
        if (path.includes('nn-export')) {
          // The core refuses the stored text: it never becomes the model attribute, and the
          // summary (text) says why the default network is shown.
          const { summary, model } = await probed.page.evaluate(() => {
            const widget = document.querySelector('nn-export');
            const text = widget.shadowRoot.querySelector('.summary').textContent;
            return { summary: text, model: widget.getAttribute('model') };
          });
          assert.equal(model, null);
          assert.match(
            summary,
            /Your saved model could not be read \(.+\), so this is the default network\.$/,
          );
        }
        await assertNothingRan(probed, `'neuronlab:model' on /${path}`);
        await probed.page.close();
      }
    }
  });
});

describe('model JSON', () => {
  const model = (change) => {
    const base = {
      format: 'neuronlab.model',
      version: 1,
      inputs: 2,
      loss: 'mse',
      layers: [{ units: 1, activation: 'sigmoid', weights: [[0.5], [-0.5]], biases: [0] }],
    };
    change(base);
    return JSON.stringify(base);
  };
  const MODELS = [
    ...PAYLOADS,
    model((m) => (m.format = PAYLOADS[1])),
    model((m) => (m.loss = PAYLOADS[0])),
    model((m) => (m.layers[0].activation = PAYLOADS[4])),
    model((m) => (m.layers[0].weights = [[PAYLOADS[0]], [0]])),
    model((m) => (m.inputs = PAYLOADS[6])),
    // Accepted, with payloads in fields the core does not read: they must not reach the code.
    model((m) => Object.assign(m, { name: PAYLOADS[0], note: PAYLOADS[1] })),
    model((m) => (m.layers[0].label = PAYLOADS[4])),
  ];

  test('<nn-export model> and nn-model events with payloads in every field', async () => {
    const probed = await openPage('embed/?widget=nn-export');
    const results = await probed.page.evaluate(async (models) => {
      const p = window.__probe;
      await p.settle();
      const widget = document.querySelector('nn-export');
      const sibling = document.createElement('div');
      widget.after(sibling);
      const read = (model) => ({
        model,
        alerts: widget.shadowRoot.querySelector('.alerts').textContent,
        code: widget.shadowRoot.querySelector('code').textContent,
        summary: widget.shadowRoot.querySelector('.summary').textContent,
      });
      const results = [];
      for (const model of models) {
        widget.setAttribute('model', model);
        await p.frames(2);
        results.push(read(model));
        widget.removeAttribute('model');
        await p.frames(2);
        // The same text as a sibling's 'nn-model' event, once as text and once parsed.
        let parsed = model;
        try {
          parsed = JSON.parse(model);
        } catch {
          // not JSON: sent as text only
        }
        for (const detail of new Set([model, parsed])) {
          sibling.dispatchEvent(
            new CustomEvent('nn-model', { bubbles: true, detail: { model: detail } }),
          );
          await p.frames(2);
          results.push(read(model));
          widget.removeAttribute('model');
          await p.frames(2);
        }
      }
      return results;
    }, MODELS);
    for (const r of results) {
      const accepted = r.alerts === '';
      if (!accepted) {
        assert.match(r.alerts, /^model="/, `no message names the model: ${r.model}`);
        assert.ok(r.alerts.length < 400, `the message quotes too much: ${r.alerts.length} chars`);
      }
      for (const payload of PAYLOADS) {
        assert.ok(!r.code.includes(payload), `the code quotes a payload: ${payload}`);
        assert.ok(!r.summary.includes(payload), `the summary quotes a payload: ${payload}`);
      }
    }
    await assertNothingRan(probed, 'nn-export');
    await probed.page.close();
  });
});

test('the shipped scripts contain no HTML-parsing sink', () => {
  const SINK =
    /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|srcdoc)\b|document\.write/;
  const scripts = readdirSync(SITE, { recursive: true }).filter((f) => /\.m?js$/.test(f));
  assert.ok(scripts.length >= 4, `only ${scripts.length} scripts found in build/site`);
  const found = scripts.filter((file) => SINK.test(readFileSync(join(SITE, file), 'utf8')));
  assert.deepEqual(found, []);
});
