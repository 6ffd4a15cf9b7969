// Bad input in the page: every schema attribute of every widget, and every text field a reader
// types in, gets empty text, "abc", NaN, Infinity, ±1e308, a negative, absurd sizes ("100000",
// 50 layers), an unknown name, a broken list and 10,000 characters. A value that cannot be
// right is refused with an inline message quoting it (shortened) and saying what is accepted;
// the widget keeps its last good state and its numbers; nothing shows "NaN" or "Infinity" as a
// number; no page error or console error; another widget on the page is untouched; removing the
// bad attributes brings the widget back as it was. The other side too: each number attribute
// at its schema's own min and max is drawn without a message (the schema and the core agree).
// Stored progress of the wrong shape is ignored and progress is saved again.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, serveSite } from './harness.mjs';
import { builtWidgetTags, openProbed, schemasIn, shortened } from './probes.mjs';

const LONG = 'x'.repeat(10000);
const FIFTY_LAYERS = Array.from({ length: 50 }, () => '2').join(',');
const NUMERIC = new Set(['number', 'integer', 'numbers', 'shape']);
const LIST = new Set(['numbers', 'shape']);
const NAMED = new Set(['name', 'enum']);

/**
 * The values, each with the schema entries that must refuse it (entry => true). Values a type
 * may accept (a negative weight, "100000" for a seed) are checked only for what they show.
 */
const nameOrGoal = (e) => NAMED.has(e.type) || e.type === 'goal';
const emptyRefused = (e) =>
  NAMED.has(e.type) || (NUMERIC.has(e.type) && !(e.type === 'numbers' && e.minLength === 0));
const notANumber = (e) => NUMERIC.has(e.type) || nameOrGoal(e);
const VALUES = [
  ['', emptyRefused],
  ['   ', emptyRefused],
  ['abc', notANumber],
  ['NaN', notANumber],
  ['Infinity', notANumber],
  ['-Infinity', notANumber],
  ['1e308', (e) => (NUMERIC.has(e.type) && (e.max ?? Infinity) < 1e308) || nameOrGoal(e)],
  [
    '-1e308',
    (e) =>
      (NUMERIC.has(e.type) && ((e.min ?? -Infinity) > -1e308 || e.type === 'shape')) ||
      nameOrGoal(e),
  ],
  [
    '-1',
    (e) => (NUMERIC.has(e.type) && ((e.min ?? -1) > -1 || e.type === 'shape')) || nameOrGoal(e),
  ],
  ['100000', (e) => (NUMERIC.has(e.type) && (e.max ?? Infinity) < 100000) || nameOrGoal(e)],
  [
    FIFTY_LAYERS,
    (e) =>
      ['number', 'integer'].includes(e.type) ||
      (LIST.has(e.type) && (e.maxLength ?? Infinity) < 50) ||
      nameOrGoal(e),
  ],
  ['sigmod', notANumber],
  ['1,,2', notANumber],
  [LONG, (e) => notANumber(e) || (e.type === 'string' && (e.maxLength ?? Infinity) < 10000)],
];
const NOT_A_NUMBER_SHOWN = /NaN|Infinity/;

let server;
let browser;
let fieldsTried = 0;
let shared = null;
before(async () => {
  server = await serveSite();
  browser = await launchBrowser();
});
after(async () => {
  await shared?.page.close();
  await browser?.close();
  await server?.close();
});

/** The embed page (no widget of its own) with a reference <nn-neuron id="bystander"> on it. */
async function openWithBystander() {
  const probed = await openProbed(browser);
  await probed.page.goto(`${server.url}embed/`, { waitUntil: 'networkidle' });
  await probed.page.evaluate(async () => {
    const p = window.__probe;
    const bystander = document.createElement('nn-neuron');
    bystander.id = 'bystander';
    bystander.setAttribute('bias', '0.3');
    document.querySelector('main').append(p.pin(bystander));
    await p.settle([bystander]);
    const stage = document.createElement('div');
    stage.id = 'stage';
    document.querySelector('main').append(stage);
  });
  return probed;
}

/**
 * The page the widget tests share (one page load instead of one per test): its stage emptied
 * and its record of problems cleared, so that each test starts afresh beside the bystander.
 */
async function useStage() {
  shared ??= await openWithBystander();
  shared.watch.problems.length = 0;
  await shared.page.evaluate(() => document.getElementById('stage').replaceChildren());
  return shared;
}

/** Ends a test on the shared page: its widgets go. */
const leaveStage = (page) =>
  page.evaluate(() => document.getElementById('stage').replaceChildren());

/** What the bystander shows and says: must not change whatever happens to the other widgets. */
const bystander = (page) =>
  page.evaluate(() => {
    const widget = document.getElementById('bystander');
    return { body: window.__probe.bodyText(widget), messages: window.__probe.messages(widget) };
  });

/** Text without the quoted echoes ("…") of what the reader wrote. */
const unquoted = (text) => text.replace(/"[^"]*"/g, '""');

/** A widget's text (echoes of the reader's own text taken out) shows no NaN or Infinity. */
function assertFinite(text, where) {
  assert.doesNotMatch(text, NOT_A_NUMBER_SHOWN, `${where}: shows a non-finite number`);
}

describe('attributes', () => {
  for (const tag of builtWidgetTags()) {
    test(`<${tag}>: each attribute refuses what cannot be right and keeps its last good state`, async () => {
      const { page, watch } = await useStage();
      const before = await bystander(page);
      const [schema] = await schemasIn(page, [tag]);
      const names = Object.keys(schema.attributes);
      const values = VALUES.map(([value]) => value);
      const run = await page.evaluate(
        async ({ tag, names, values }) => {
          const p = window.__probe;
          // One fresh element per attribute, all on screen at once (pinned on top of each other).
          const made = names.map((name) => {
            const widget = document.createElement(tag);
            document.getElementById('stage').append(p.pin(widget));
            return { widget, name };
          });
          await p.settle(made.map((m) => m.widget));
          const read = ({ widget, name }) => ({
            name,
            body: p.bodyText(widget),
            messages: p.messages(widget),
            alerts: widget.shadowRoot.querySelector('.alerts').textContent,
          });
          const start = made.map(read);
          const results = [];
          for (const value of values) {
            for (const { widget, name } of made) widget.setAttribute(name, value);
            // settle: a widget fed by a worker (nn-race) is busy until its answer comes
            await p.settle(
              made.map((m) => m.widget),
              2,
            );
            results.push(made.map((m) => ({ ...read(m), raw: value })));
          }
          // The way back: without the attribute, the widget is as it was at first.
          for (const { widget, name } of made) widget.removeAttribute(name);
          await p.settle(
            made.map((m) => m.widget),
            3,
          );
          return { start, results, end: made.map(read) };
        },
        { tag, names, values },
      );
      // The last good value's picture, per element: what a refused value must leave in place.
      const good = run.start.map((r) => r.body);
      run.results.forEach((row, v) => {
        const refuse = VALUES[v][1];
        row.forEach((r, i) => {
          const entry = schema.attributes[r.name];
          const where = `${tag} ${r.name}="${shortened(r.raw)}"`;
          const named = r.messages.includes(`${r.name}="${shortened(r.raw)}"`);
          // Text attributes (labels, an id) are shown as the reader wrote them, "NaN" included.
          const body = entry.type === 'string' ? r.body.replaceAll(r.raw.trim(), '') : r.body;
          assertFinite(`${body} ${unquoted(r.messages)}`, where);
          assert.ok(r.messages.length < 1000, `${where}: a message of ${r.messages.length} chars`);
          if (refuse(entry)) {
            assert.ok(named, `${where}: no message naming it; messages: ${r.messages}`);
            assert.match(r.messages, /expected/, `${where}: the message says nothing accepted`);
          }
          if (named) assert.equal(r.body, good[i], `${where}: the last good state changed`);
          else good[i] = r.body;
        });
      });
      run.end.forEach((r, i) => {
        assert.equal(r.alerts, '', `${tag} ${r.name}: a message stayed after removal`);
        assert.equal(r.body, run.start[i].body, `${tag} ${r.name}: not back as it was`);
      });
      assert.deepEqual(await bystander(page), before, 'the other widget changed');
      watch.assertClean();
      await leaveStage(page);
    });
  }
});

describe('typed fields', () => {
  for (const tag of builtWidgetTags()) {
    test(`<${tag}>: each text field names a bad value and keeps the state`, async (t) => {
      const { page, watch } = await useStage();
      const before = await bystander(page);
      const values = VALUES.map(([value]) => value);
      const run = await page.evaluate(
        async ({ tag, values }) => {
          const p = window.__probe;
          const widget = document.createElement(tag);
          document.getElementById('stage').append(p.pin(widget));
          await p.settle([widget]);
          const fields = [...widget.shadowRoot.querySelectorAll('input[type="text"]')].filter(
            (f) => !f.readOnly && f.checkVisibility({ visibilityProperty: true }),
          );
          // As a reader types and then presses Enter: input events, then change; focus stays.
          const type = async (field, text) => {
            field.focus();
            field.value = text;
            field.dispatchEvent(new Event('input', { bubbles: true }));
            field.dispatchEvent(new Event('change', { bubbles: true }));
            await p.frames(1);
          };
          const results = [];
          for (const field of fields) {
            const label =
              field.getAttribute('aria-label') ??
              widget.shadowRoot.querySelector(`label[for="${field.id}"]`)?.textContent ??
              field.id;
            const original = field.value;
            for (const value of values) {
              const state = JSON.stringify(widget.state());
              const body = p.bodyText(widget);
              await type(field, value);
              const after = JSON.stringify(widget.state());
              results.push({
                label,
                raw: value,
                messages: p.messages(widget),
                invalid: field.getAttribute('aria-invalid'),
                stateBefore: state,
                state: after,
                bodyBefore: body,
                body: p.bodyText(widget),
              });
              // An accepted value is typed back to the original, so each value starts alike.
              if (after !== state) await type(field, original);
            }
            field.blur();
          }
          return { count: fields.length, results };
        },
        { tag, values },
      );
      t.diagnostic(`${run.count} text fields, ${run.results.length} values typed`);
      assert.equal(run.results.length, run.count * VALUES.length);
      fieldsTried += run.count;
      for (const r of run.results) {
        const where = `${tag} field "${r.label.trim()}" given "${shortened(r.raw)}"`;
        assertFinite(`${r.body} ${unquoted(r.messages)}`, where);
        assert.ok(r.messages.length < 1000, `${where}: a message of ${r.messages.length} chars`);
        // Typed text is never a name, a list of 50 or 10,000 characters: all of these are
        // refused by every field; a negative or "100000" may fit a field's range.
        const mayFit = ['-1', '100000'].includes(r.raw);
        const named = r.messages.includes(`"${shortened(r.raw)}" is not accepted: expected`);
        if (!mayFit) assert.ok(named, `${where}: no message; messages: ${r.messages}`);
        if (named) {
          assert.equal(r.invalid, 'true', `${where}: the field is not marked invalid`);
          assert.equal(r.state, r.stateBefore, `${where}: the state changed`);
          assert.equal(r.body, r.bodyBefore, `${where}: the widget changed`);
        }
      }
      assert.deepEqual(await bystander(page), before, 'the other widget changed');
      watch.assertClean();
      await leaveStage(page);
    });
  }
});

test('the typed-field sweep reached the fields of the widgets that have them', () => {
  // neuron, perceptron, network, matrix, descent, backprop and trainer have 25 between them.
  assert.ok(fieldsTried >= 20, `only ${fieldsTried} text fields were tried`);
});

describe('stored progress', () => {
  const KEY = 'neuronlab.progress.v1';
  const GARBAGE = [
    'not json',
    'null',
    '[]',
    '42',
    '{"lessons":[]}',
    '{"lessons":null}',
    '{"lessons":{"01-one-neuron":null}}',
    '{"lessons":{"01-one-neuron":{"visited":"yes","solved":"say-no"}}}',
    '{"lessons":{"01-one-neuron":{"visited":true,"solved":[1,null,{}]}}}',
    LONG,
  ];

  test('of the wrong shape is ignored, the pages work, and the next visit is saved', async () => {
    const probed = await openProbed(browser);
    const { page, watch } = probed;
    await page.goto(`${server.url}embed/`, { waitUntil: 'networkidle' });
    for (const stored of GARBAGE) {
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, stored]);
      await page.goto(server.url, { waitUntil: 'networkidle' });
      const start = await page.locator('[data-continue]').textContent();
      assert.match(start, /^(Start with|Continue with|Read) lesson/, `home page with ${stored}`);
      await page.goto(`${server.url}lessons/01-one-neuron/`, { waitUntil: 'load' });
      await page.evaluate(() => window.__probe.settle());
      const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
      const lesson = JSON.parse(saved)?.lessons?.['01-one-neuron'];
      assert.equal(lesson?.visited, true, `after ${shortened(stored)}, the visit was not saved`);
    }
    watch.assertClean();
    await page.close();
  });
});

/** Sets each [name, value] on a fresh <tag>; resolves to what each shows once drawn. */
function drawEach(page, tag, cases) {
  return page.evaluate(
    async ({ tag, cases }) => {
      const p = window.__probe;
      const made = cases.map(([name, value]) => {
        const widget = document.createElement(tag);
        widget.setAttribute(name, value);
        document.getElementById('stage').append(p.pin(widget));
        return widget;
      });
      await p.settle(made);
      return made.map((widget) => ({
        alerts: widget.shadowRoot.querySelector('.alerts').textContent,
        body: p.bodyText(widget),
      }));
    },
    { tag, cases },
  );
}

describe('the ends of each range', () => {
  for (const tag of builtWidgetTags()) {
    test(`<${tag}>: every number attribute at its schema's min and max draws without a message`, async () => {
      const { page, watch } = await useStage();
      const [schema] = await schemasIn(page, [tag]);
      const cases = Object.entries(schema.attributes)
        .filter(([, e]) => ['number', 'integer'].includes(e.type))
        .flatMap(([name, e]) =>
          [e.min, e.max].filter((v) => v !== undefined).map((v) => [name, String(v)]),
        );
      const results = await drawEach(page, tag, cases);
      results.forEach((r, i) => {
        const where = `${tag} ${cases[i][0]}="${cases[i][1]}"`;
        assert.equal(r.alerts, '', `${where}: the schema accepts it, the widget does not`);
        assertFinite(r.body, where);
      });
      watch.assertClean();
      await leaveStage(page);
    });
  }
});

describe('too early', () => {
  /**
   * Builds <tag> below the fold (built, never drawn), then presses each of its visible buttons
   * (or only those named `only`), as a keyboard or screen-reader user may before it draws.
   */
  async function pressEarly(page, tag, only = null) {
    return page.evaluate(
      async ({ tag, only }) => {
        const p = window.__probe;
        const spacer = document.createElement('div');
        spacer.style.height = '5000px';
        const widget = document.createElement(tag);
        document.getElementById('stage').append(spacer, widget);
        await p.settle([widget]);
        const names = [];
        for (const button of widget.shadowRoot.querySelectorAll('button')) {
          const name = button.textContent.trim();
          const shown = button.checkVisibility({ visibilityProperty: true }) && !button.disabled;
          if (!shown || name === 'Copy embed code' || (only && name !== only)) continue;
          names.push(name);
          button.click();
        }
        widget.scrollIntoView();
        await p.until(() => /\d/.test(p.bodyText(widget)));
        await p.frames(3);
        return {
          names,
          alerts: widget.shadowRoot.querySelector('.alerts').textContent,
          body: p.bodyText(widget),
        };
      },
      { tag, only },
    );
  }

  for (const tag of builtWidgetTags()) {
    test(`<${tag}>: its buttons pressed before its first drawing break nothing`, async () => {
      const { page, watch } = await useStage();
      const result = await pressEarly(page, tag);
      assert.equal(result.alerts, '', `${tag} after ${result.names.join(', ')}`);
      assertFinite(result.body, tag);
      watch.assertClean();
      await leaveStage(page);
    });
  }

  test('<nn-trainer>: Play pressed before its first drawing is still playing once drawn', async () => {
    const { page, watch } = await useStage();
    const result = await pressEarly(page, 'nn-trainer', 'Play');
    assert.deepEqual(result.names, ['Play']);
    const trained = await page.evaluate(() => {
      const trainer = document.querySelector('nn-trainer');
      const readout = trainer.shadowRoot.querySelector('.readout');
      return window.__probe.until(() => /^Epoch [1-9]/.test(readout.textContent));
    });
    assert.ok(trained, 'the trainer is not playing');
    watch.assertClean();
    await leaveStage(page);
  });
});
