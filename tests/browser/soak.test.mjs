// Soak and scale in Chromium: a page of five widgets of each kind (55 for eleven kinds) loads,
// trains and is scrolled top to bottom with every widget drawn; a hundred rounds of one widget
// of each kind (1,100 for eleven) are created and disposed and the wasm heap's bytes in use come back exactly, while the JS
// heap and the DOM node and listener counts stay flat; an <nn-trainer> runs 1,000,000 training
// steps with the wasm bytes in use unchanged (to the allocator's few bytes of slack) and a flat
// JS heap; and a learning rate of 100 on a
// lesson page pauses with an explanation and a way back, leaving the lesson's own widgets and
// the reader's progress as they were. The core is reached through a widget's `core` (the
// facade every widget holds), and the heaps are read after a forced garbage collection.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, serveSite } from './harness.mjs';
import { builtWidgetTags, openProbed } from './probes.mjs';

const TAGS = builtWidgetTags();
// Five variants of each kind, so the widgets differ (settings valid for the built schemas).
const VARIANTS = {
  'nn-neuron': ['', 'bias="-1"', 'activation="tanh"', 'activation="relu" bias="0.5"', 'locked'],
  'nn-activation': ['', 'activation="tanh"', 'activation="relu" z="-2"', 'compare', 'z="3"'],
  'nn-perceptron': ['', 'dataset="or"', 'dataset="xor"', 'learning-rate="1"', 'mode="drag"'],
  'nn-network': ['', 'dataset="and"', 'dataset="or"', 'hidden-activation="tanh"', ''],
  'nn-matrix': ['', 'units="1"', 'units="3"', 'units="4"', 'passes'],
  'nn-loss': ['', 'loss="bce"', 'compare', 'dataset="and"', 'samples="8"'],
  'nn-descent': ['', 'mode="2d"', 'learning-rate="0.5"', 'activation="sigmoid"', 'start="2"'],
  'nn-backprop': ['', 'step="3"', 'sample="batch"', 'loss="bce"', 'shape="2,3,1"'],
  'nn-trainer': [
    'speed="fast"',
    'dataset="circle" samples="100" speed="fast"',
    'dataset="gaussians" samples="100" speed="fast"',
    'dataset="spiral" samples="100" hidden-layers="8,8" speed="fast"',
    'dataset="and" speed="fast"',
  ],
  'nn-race': [
    '',
    'dataset="xor"',
    'dataset="spiral3" samples="60"',
    'hidden-layers="8,8"',
    'steps="20"',
  ],
  'nn-export': ['', 'tab="pytorch"', 'tab="keras"', 'shape="3,4,2"', 'activation="tanh"'],
  'nn-digits': ['', 'shape="784-64-10"', 'dropout="0.2"', 'epochs="2"', 'optimizer="sgd"'],
};
const COPIES = 5;
const ROUNDS = 100;

const STEPS = 1_000_000;
const FIVE_EACH = Array.from({ length: COPIES }, (_, copy) =>
  TAGS.map((tag) => `<${tag} ${VARIANTS[tag]?.[copy] ?? ''}></${tag}>`),
).flat();

let dir;
let server;
let browser;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neuronlab-soak-'));
  const page = (title, body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    '<link rel="stylesheet" href="/nl/site.css">' +
    `<script type="module" src="/nl/embed.js"></script></head><body><main>${body}</main></body></html>`;
  await writeFile(
    join(dir, 'five-each.html'),
    page('Five widgets of each kind', FIVE_EACH.join('\n')),
  );
  await writeFile(join(dir, 'empty.html'), page('Widgets come and go', ''));
  server = await serveSite({ extraRoutes: { '/__soak/': dir } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Forces a full garbage collection, then reads the JS heap and the DOM counters. */
async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  // A removed widget frees its core memory when it is collected (design rule 18): the
  // FinalizationRegistry's callbacks run in a task after the collection; let that task run.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const wasm = await page.evaluate(() => window.__core.heapInUse());
  return { js: usedSize, nodes, listeners: jsEventListeners, wasm };
}

/** Opens a /__soak/ page, keeps the page's core facade as window.__core and a CDP session. */
async function openSoak(path) {
  const probed = await openProbed(browser);
  await probed.page.goto(`${server.url}__soak/${path}`, { waitUntil: 'load' });
  const cdp = await probed.page.context().newCDPSession(probed.page);
  await cdp.send('HeapProfiler.enable');
  return { ...probed, cdp };
}

describe('scale', () => {
  test('a page of five widgets of each kind loads, trains and scrolls top to bottom, each drawn', async () => {
    const { page, watch, cdp } = await openSoak('five-each.html');
    const report = await page.evaluate(async () => {
      const p = window.__probe;
      const all = p.widgets();
      await p.settle(all);
      const readout = (w) => w.shadowRoot.querySelector('.readout').textContent;
      const epoch = (w) => Number(/^Epoch (\d+)/.exec(readout(w))?.[1] ?? 0);
      const rows = [];
      for (const widget of all) {
        widget.scrollIntoView({ block: 'center' });
        const drawn = await p.until(() => /\d/.test(p.bodyText(widget)));
        await p.frames(3); // time to draw once on screen (a failed drawing shows as an alert)
        // A trainer, once it shows its first loss, plays while on screen, and must train.
        let trained = true;
        if (widget.localName === 'nn-trainer') {
          await p.until(() => / · loss /.test(readout(widget)));
          [...widget.shadowRoot.querySelectorAll('button')]
            .find((b) => b.textContent.trim() === 'Play')
            .click();
          trained = await p.until(() => epoch(widget) > 0);
        }
        rows.push({
          tag: widget.localName,
          drawn,
          trained,
          alerts: widget.shadowRoot.querySelector('.alerts').textContent,
          text: p.bodyText(widget),
        });
      }
      window.scrollTo(0, 0);
      await p.frames(3);
      window.__core = all[0].core;
      return { count: all.length, rows };
    });
    assert.equal(report.count, COPIES * TAGS.length);
    assert.equal(new Set(report.rows.map((r) => r.tag)).size, TAGS.length, 'every kind is there');
    report.rows.forEach((r, i) => {
      const where = `widget ${i + 1} <${r.tag}>`;
      assert.ok(r.drawn, `${where}: never drew a number`);
      assert.ok(r.trained, `${where}: did not train while on screen`);
      assert.equal(r.alerts, '', `${where}: ${r.alerts}`);
      assert.doesNotMatch(r.text, /NaN|Infinity/, `${where}: shows a non-finite number`);
    });
    // Removing them all frees all they held: the wasm heap is as a page's that had one of each.
    const held = await measure(page, cdp);
    await page.evaluate(async () => {
      for (const widget of window.__probe.widgets()) widget.remove();
      await window.__probe.frames(2);
    });
    const freed = await measure(page, cdp);
    watch.assertClean();
    await page.close();
    const other = await openSoak('empty.html');
    // The base: one widget of each kind, each trainer trained one step, then all removed, so
    // what the core makes once per page on first use (not per widget) is in it too.
    await other.page.evaluate(async (tags) => {
      const main = document.querySelector('main');
      const made = tags.map((tag) => main.appendChild(document.createElement(tag)));
      await window.__probe.settle(made);
      for (const trainer of made.filter((w) => w.localName === 'nn-trainer')) {
        const step = [...trainer.shadowRoot.querySelectorAll('button')].find(
          (b) => b.textContent.trim() === 'Step',
        );
        step.click();
        await window.__probe.until(() =>
          /^Epoch [1-9]/.test(trainer.shadowRoot.querySelector('.readout').textContent),
        );
      }
      window.__core = made[0].core;
      for (const widget of made) widget.remove();
      await window.__probe.frames(2);
    }, TAGS);
    const base = await measure(other.page, other.cdp);
    await other.page.close();
    assert.ok(held.wasm > base.wasm, `the page of widgets held nothing: ${held.wasm} bytes`);
    assert.equal(
      freed.wasm,
      base.wasm,
      `wasm bytes in use after the widgets went (${held.wasm} held)`,
    );
  });

  test('a hundred rounds of every widget created and disposed: the wasm heap comes back, the JS heap is flat', async () => {
    const { page, watch, cdp } = await openSoak('empty.html');
    /** rounds × one widget of each kind: appended, drawn, removed. Returns widgets drawn. */
    const churn = (rounds) =>
      page.evaluate(
        async ({ tags, rounds }) => {
          const p = window.__probe;
          const main = document.querySelector('main');
          let drawn = 0;
          for (let round = 0; round < rounds; round++) {
            const made = tags.map((tag) => main.appendChild(p.pin(document.createElement(tag))));
            await p.settle(made, 1);
            for (const widget of made) {
              if (await p.until(() => /\d/.test(p.bodyText(widget)), 60)) drawn += 1;
            }
            window.__core ??= made[0].core;
            for (const widget of made) widget.remove();
          }
          await p.frames(2);
          return drawn;
        },
        { tags: TAGS, rounds },
      );
    // The first rounds fill what is made once per page (shared stylesheets, compiled code).
    await churn(2);
    const start = await measure(page, cdp);
    const rounds = ROUNDS;
    let drawn = 0;
    const half = async () => {
      for (let done = 0; done < rounds / 2; done += 25) drawn += await churn(25);
      return measure(page, cdp);
    };
    const mid = await half();
    const end = await half();
    console.log(`${ROUNDS} rounds of every widget: ${JSON.stringify({ start, mid, end })}`);
    assert.equal(drawn, ROUNDS * TAGS.length, 'every widget drew its numbers before it went');
    // Nothing the widgets allocated is alive at a measurement, so every chunk they used has
    // been merged back and the count is exact.
    assert.equal(mid.wasm, start.wasm, 'wasm bytes in use after half the rounds');
    assert.equal(end.wasm, start.wasm, 'wasm bytes in use after all the rounds');
    assert.ok(end.nodes <= start.nodes + 50, `DOM nodes ${start.nodes} -> ${end.nodes}`);
    assert.ok(
      end.listeners <= start.listeners + 10,
      `listeners ${start.listeners} -> ${end.listeners}`,
    );
    // V8 grows by about a megabyte in the first hundreds (code and type feedback), then
    // settles. One retained widget is tens of kilobytes: hundreds would be megabytes, so
    // the second half (600 widgets) may add at most under 1 KB a widget.
    assert.ok(end.js - mid.js < 500e3, `JS heap ${mid.js} -> ${end.js} bytes over the second half`);
    watch.assertClean();
    await page.close();
  });
});

describe('a long run', () => {
  test(`<nn-trainer> trains ${STEPS.toLocaleString('en')} steps: wasm bytes in use and the JS heap flat`, async () => {
    const { page, watch, cdp } = await openSoak('empty.html');
    // XOR has 4 samples: with a batch of 1, an epoch is 4 steps.
    const epochs = STEPS / 4;
    const trainer = page.locator('nn-trainer');
    await page.evaluate(async () => {
      const widget = document.createElement('nn-trainer');
      widget.setAttribute('batch-size', '1');
      widget.setAttribute('speed', 'fast');
      document.querySelector('main').append(widget);
      await window.__probe.settle([widget]);
      window.__core = widget.core;
    });
    const epoch = () =>
      trainer.evaluate((w) =>
        Number(/^Epoch (\d+)/.exec(w.shadowRoot.querySelector('.readout').textContent)[1]),
      );
    /**
     * Plays until the epoch reaches `target`, pauses, then takes one Step, so that every
     * measurement follows the same calls (one epoch of 1-row steps, a 4-row evaluation, the
     * still 96 × 96 boundary): the core keeps per-batch buffers for its last three row counts,
     * and these decide which are held. Returns the epoch it stopped at.
     */
    async function playTo(target) {
      await trainer.getByRole('button', { name: 'Play' }).click();
      await trainer.evaluate(
        (w, t) =>
          new Promise((done) => {
            const look = () => {
              const text = w.shadowRoot.querySelector('.readout').textContent;
              if (Number(/^Epoch (\d+)/.exec(text)[1]) >= t) done();
              else requestAnimationFrame(look);
            };
            look();
          }),
        target,
      );
      await trainer.getByRole('button', { name: 'Pause' }).click();
      const paused = await epoch();
      await trainer.getByRole('button', { name: 'Step' }).click();
      await trainer.evaluate(
        (w, e) =>
          window.__probe.until(() =>
            w.shadowRoot.querySelector('.readout').textContent.startsWith(`Epoch ${e} `),
          ),
        paused + 1,
      );
      await page.evaluate(() => window.__probe.frames(10));
      return epoch();
    }
    // Warm up: the trainer's buffers and the charts' history exist after the first epochs.
    await playTo(1000);
    const start = await measure(page, cdp);
    const half = await playTo(epochs / 2);
    const mid = await measure(page, cdp);
    const reached = await playTo(epochs);
    const end = await measure(page, cdp);
    console.log(
      `${reached * 4} steps (${half * 4} at mid): ${JSON.stringify({ start, mid, end })}`,
    );
    assert.ok(reached * 4 >= STEPS, `only ${reached * 4} steps`);
    // The same objects are alive at each measurement, but allocated at different moments: the
    // allocator may hand one a free chunk up to 15 bytes larger than asked (it splits off no
    // less than its 16-byte minimum), so bytes in use may differ by a few multiples of 8. An
    // allocation kept per step, epoch or frame would add tens of kilobytes or more.
    const SLACK = 256;
    assert.ok(Math.abs(mid.wasm - start.wasm) <= SLACK, `wasm ${start.wasm} -> ${mid.wasm} bytes`);
    assert.ok(Math.abs(end.wasm - start.wasm) <= SLACK, `wasm ${start.wasm} -> ${end.wasm} bytes`);
    // The history is thinned to 2,048 entries and the charts to their pixels, so the heap
    // only wobbles (by some 100 KB, with where the thinning stands); an object kept per step
    // or per epoch would add megabytes over the second half.
    assert.ok(end.js - mid.js < 500e3, `JS heap ${mid.js} -> ${end.js} bytes over the second half`);
    const shown = await trainer.evaluate((w) => window.__probe.shownText(w));
    assert.match(shown, /accuracy 100%/);
    assert.doesNotMatch(shown, /NaN|Infinity/);
    watch.assertClean();
    await page.close();
  });
});

describe('divergence on a lesson page', () => {
  test('a learning rate of 100 pauses with a way back; the lesson and progress are untouched', async () => {
    const KEY = 'neuronlab.progress.v1';
    const { page, watch } = await openProbed(browser);
    await page.goto(`${server.url}embed/`, { waitUntil: 'networkidle' });
    const earlier = { lessons: { '02-activation-functions': { visited: true, solved: ['x'] } } };
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [KEY, JSON.stringify(earlier)],
    );
    await page.goto(`${server.url}lessons/01-one-neuron/`, { waitUntil: 'load' });
    /** Every widget of the lesson, brought on screen and read (the trainer left out). */
    const lesson = () =>
      page.evaluate(async () => {
        const p = window.__probe;
        const rows = [];
        for (const widget of p.widgets().filter((w) => w.localName !== 'nn-trainer')) {
          widget.scrollIntoView({ block: 'center' });
          await p.settle([widget]);
          await p.until(() => /\d/.test(p.bodyText(widget)));
          rows.push({
            state: widget.state(),
            text: p.bodyText(widget),
            alerts: widget.shadowRoot.querySelector('.alerts').textContent,
          });
        }
        return rows;
      });
    const before = await lesson();
    const progress = await page.evaluate((key) => localStorage.getItem(key), KEY);
    assert.ok(before.length >= 2, 'the lesson has widgets');

    await page.evaluate(async () => {
      const trainer = document.createElement('nn-trainer');
      const settings = {
        dataset: 'circle',
        samples: '200',
        activation: 'relu',
        'hidden-layers': '8',
        'batch-size': '10',
        speed: 'fast',
        'learning-rate': '100',
      };
      for (const [name, value] of Object.entries(settings)) trainer.setAttribute(name, value);
      document.querySelector('main p').after(trainer);
      trainer.scrollIntoView({ block: 'center' });
      await window.__probe.settle([trainer]);
    });
    const trainer = page.locator('nn-trainer');
    await trainer.getByRole('button', { name: 'Play' }).click();
    const status = trainer.locator('.status');
    await status.filter({ hasText: /The learning rate \S+ is too large/ }).waitFor();
    const play = trainer.getByRole('button', { name: 'Play' });
    assert.equal(await play.getAttribute('aria-pressed'), 'false', 'paused');
    assert.doesNotMatch(await trainer.evaluate((w) => window.__probe.shownText(w)), /NaN|Infinity/);
    // The way back: a smaller rate, Play, and training goes on with the message gone.
    const stopped = await trainer.locator('.readout').textContent();
    await trainer.getByRole('textbox', { name: 'learning rate' }).fill('0.1');
    await play.click();
    await trainer.evaluate(
      (w, text) =>
        window.__probe.until(() => w.shadowRoot.querySelector('.readout').textContent !== text),
      stopped,
    );
    await trainer.getByRole('button', { name: 'Pause' }).click();
    assert.doesNotMatch(await status.textContent(), /too large/);

    assert.deepEqual(await lesson(), before, "the lesson's widgets changed");
    assert.equal(
      await page.evaluate((key) => localStorage.getItem(key), KEY),
      progress,
      'progress changed',
    );
    assert.deepEqual(
      JSON.parse(progress).lessons['02-activation-functions'],
      earlier.lessons['02-activation-functions'],
    );
    watch.assertClean();
    await page.close();
  });
});
