// How <nn-race> keeps its frames light while it plays, checked by structure, not by time: the
// four runs train in a worker, so the page's core takes no step, checkpoint, gradient, loss or
// prediction while the race plays (on the old code each frame took a step of each run in the
// page); while it plays, no layout starts at the document (each changing text is a layout root
// of its own: on the old code every change of the words laid out from the document); the
// update rules' elements exist before the first step, so the first words after
// Play change text only (on the old code they were made then: 66 new boxes to lay out in one
// frame); and a change of words leaves the page's compositing layers as they were decided (on
// the old code, whose line boxes had paint containment, every frame that changed words made
// Chrome decide the whole page's layers again); and a still race's answer that brings another
// weight's rules has the rules written and nothing else (on the old code every such answer drew
// the race whole, the worker painting every canvas again, which a race coming back on screen did
// in the frame after the scroll).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TIMELINE, traceWhile } from './trace.mjs';
import { afterFrames, openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

function openRace() {
  return openWidget(site, 'nn-race', 'steps=2000', (w) =>
    w.locator('output.steps').filter({ hasText: 'step 0 of' }).waitFor(),
  );
}

test("the rules' terms are the same elements before the first step and after it", async () => {
  const { page, watcher, widget } = await openRace();
  const adam = widget.locator('.rule[data-optimizer="adam"]');
  const terms = adam.locator('dd');
  assert.equal(await terms.count(), 6, 'g, m, v, m̂, v̂ and Δw, before any step');
  assert.deepEqual(await terms.allTextContents(), Array(6).fill('—'), 'no numbers yet');
  await terms.evaluateAll((list) => list.forEach((dd) => (dd.dataset.before = 'yes')));
  await widget.getByRole('button', { name: 'Step' }).click();
  await widget.locator('output.steps').filter({ hasText: 'step 1 of' }).waitFor();
  assert.deepEqual(
    await terms.evaluateAll((list) => list.map((dd) => dd.dataset.before)),
    Array(6).fill('yes'),
  );
  assert.equal((await terms.allTextContents()).includes('—'), false, 'the numbers of step 1');
  watcher.assertClean();
  await page.close();
});

test("playing, the page's core computes nothing: the runs train in the race's worker", async () => {
  const { page, watcher, widget } = await openRace();
  // Counts every call of the facade's Network and Trainer methods that compute, on the page.
  await widget.evaluate((race) => {
    const core = race.core;
    const net = core.createNetwork({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
    const data = core.makeDataset('circle', { samples: 10 });
    const trainer = core.createTrainer(net, data, { optimizer: 'sgd', learningRate: 0.1 });
    globalThis.calls = [];
    const count = (object, names) => {
      const proto = Object.getPrototypeOf(object);
      for (const name of names) {
        const method = proto[name];
        proto[name] = function (...args) {
          globalThis.calls.push(name);
          return method.apply(this, args);
        };
      }
    };
    count(net, ['predict', 'gradients', 'loss', 'setParameters', 'getParameters']);
    count(trainer, ['step', 'save', 'evaluate']);
    trainer.dispose();
    net.dispose();
  });
  const play = widget.getByRole('button', { name: 'Play' });
  await play.click();
  await widget
    .locator('output.steps')
    .filter({ hasText: /step [1-9]\d+ of/ })
    .waitFor();
  await widget.getByRole('button', { name: 'Pause' }).click();
  await widget.getByRole('button', { name: 'Reset' }).click();
  await widget.locator('output.steps').filter({ hasText: 'step 0 of' }).waitFor();
  assert.deepEqual(await page.evaluate(() => globalThis.calls), [], 'no core call on the page');
  watcher.assertClean();
  await page.close();
});

/** The layout roots of every Layout in Chrome's trace of what `act` makes the page do. */
async function layoutRoots(page, act) {
  const events = await traceWhile(page, TIMELINE, act);
  return events
    .filter((e) => e.name === 'Layout' && e.args?.endData?.layoutRoots)
    .flatMap((e) => e.args.endData.layoutRoots.map((r) => r.nodeName));
}

test('playing, the changing words lay out their own boxes, never from the document', async () => {
  const { page, watcher, widget } = await openRace();
  await widget.getByRole('button', { name: 'Play' }).click();
  await widget.getByRole('button', { name: 'Pause' }).waitFor(); // the play bar's change is laid out
  const steps = widget.locator('output.steps');
  await steps.filter({ hasNotText: 'step 0 of' }).waitFor();
  const stepOf = async () => Number(/step (\d+)/.exec(await steps.textContent())[1]);
  const roots = await layoutRoots(page, async () => {
    // Three new step counts written: three times the words (the rules' numbers the frame before).
    for (let i = 0; i < 3; i++) {
      const now = await stepOf();
      await steps.filter({ hasNotText: `step ${now} of` }).waitFor();
    }
  });
  await widget.getByRole('button', { name: 'Pause' }).click();
  assert.ok(roots.length >= 3, `the words were laid out (${roots.length} layouts)`);
  assert.deepEqual(
    roots.filter((name) => name === '#document'),
    [],
    `layout roots: ${roots.join(', ')}`,
  );
  watcher.assertClean();
  await page.close();
});

test('no line box cuts its text, at 1280 and at 375 px', async () => {
  const { page, watcher, widget } = await openRace();
  await widget.getByRole('button', { name: 'Step' }).focus();
  for (const key of ['Enter', 'Space']) await page.keyboard.press(key);
  await widget.locator('output.steps').filter({ hasText: 'step 2 of' }).waitFor();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await afterFrames(page, 3);
    const boxes = await widget.evaluate((race) =>
      [...race.shadowRoot.querySelectorAll('.line-box')].map((box) => ({
        text: box.textContent,
        contain: getComputedStyle(box).contain,
        cut: box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth,
      })),
    );
    // The summary, the step count, 4 captions, and in the rules 4 rates, 14 numbers, 4 changes.
    assert.equal(boxes.length, 1 + 1 + 4 + 4 + 14 + 4, `${width} px: the line boxes`);
    for (const box of boxes) {
      assert.equal(box.contain, 'size layout', `${width} px: "${box.text}" contained`);
      assert.equal(box.cut, false, `${width} px: "${box.text}" not cut`);
    }
  }
  watcher.assertClean();
  await page.close();
});

test("the chart, the slice's surface and paths and the boundaries' cells are painted in the worker: their canvases were handed over, and a playing page draws on no canvas", async () => {
  const { page, watcher, widget } = await openRace();
  // A canvas whose control was transferred (transferControlToOffscreen) gives the page no context.
  const refused = await widget.evaluate((race) =>
    [...race.shadowRoot.querySelectorAll('canvas.chart, .slice-plot canvas, canvas.cells')].map(
      (canvas) => {
        try {
          canvas.getContext('2d');
          return `${canvas.className}: a context on the page`;
        } catch (error) {
          return error.name;
        }
      },
    ),
  );
  assert.deepEqual(refused, Array(7).fill('InvalidStateError'));
  // Playing, the page neither draws a line nor puts a picture on any canvas.
  await page.evaluate(() => {
    globalThis.draws = 0;
    for (const name of ['lineTo', 'putImageData', 'fillRect', 'arc']) {
      const method = CanvasRenderingContext2D.prototype[name];
      CanvasRenderingContext2D.prototype[name] = function (...args) {
        globalThis.draws += 1;
        return method.apply(this, args);
      };
    }
  });
  await widget.getByRole('button', { name: 'Play' }).click();
  await widget
    .locator('output.steps')
    .filter({ hasText: /step [1-9]\d+ of/ })
    .waitFor();
  await widget.getByRole('button', { name: 'Pause' }).click();
  assert.equal(await page.evaluate(() => globalThis.draws), 0);
  watcher.assertClean();
  await page.close();
});

test('playing, a frame reads no style: the theme is read when a render is asked from outside', async () => {
  const { page, watcher, widget } = await openRace();
  await widget.getByRole('button', { name: 'Play' }).click();
  const steps = widget.locator('output.steps');
  await steps.filter({ hasNotText: 'step 0 of' }).waitFor();
  await page.evaluate(() => {
    const read = globalThis.getComputedStyle;
    globalThis.styleReads = 0;
    globalThis.getComputedStyle = (...args) => {
      globalThis.styleReads += 1;
      return read(...args);
    };
  });
  const now = Number(/step (\d+)/.exec(await steps.textContent())[1]);
  await steps.filter({ hasNotText: `step ${now} of` }).waitFor(); // the words again, a step on
  const reads = await page.evaluate(() => globalThis.styleReads);
  await widget.getByRole('button', { name: 'Pause' }).click(); // a render asked: it may read
  assert.equal(reads, 0);
  watcher.assertClean();
  await page.close();
});

test("playing, a change of words repaints its box and leaves the page's layers as they were", async () => {
  const { page, watcher, widget } = await openRace();
  await widget.getByRole('button', { name: 'Play' }).click();
  const steps = widget.locator('output.steps');
  await steps.filter({ hasNotText: 'step 0 of' }).waitFor();
  const stepOf = async () => Number(/step (\d+)/.exec(await steps.textContent())[1]);
  const summary = widget.locator('.summary');
  const said = [];
  // Chrome's full compositing update (PaintArtifactCompositor::Update: every paint chunk of the
  // page put into layers again), against the fast path that copies a repainted chunk over.
  const events = await traceWhile(page, [...TIMELINE, 'blink'], async () => {
    for (let i = 0; i < 3; i++) {
      const now = await stepOf();
      await steps.filter({ hasNotText: `step ${now} of` }).waitFor();
      said.push(await summary.textContent());
    }
  });
  await widget.getByRole('button', { name: 'Pause' }).click();
  assert.equal(new Set(said).size, 3, `the words changed three times: ${said.join(' | ')}`);
  const full = events.filter((e) => e.name === 'PaintArtifactCompositor::Update');
  const painted = events.filter((e) => e.name === 'Paint');
  assert.ok(painted.length >= 15, `three rounds of words painted (${painted.length} paints)`);
  assert.ok(full.length <= 1, `${full.length} full layer updates in ${painted.length} paints`);
  watcher.assertClean();
  await page.close();
});

test("the race's end greys Play and Step without putting the page's layers together again", async () => {
  const { page, watcher, widget } = await openWidget(site, 'nn-race', 'steps=60', (w) =>
    w.locator('output.steps').filter({ hasText: 'step 0 of' }).waitFor(),
  );
  const play = widget.getByRole('button', { name: 'Play' });
  await play.click();
  const steps = widget.locator('output.steps');
  await steps.filter({ hasText: /^step [1-9]\d* of 60$/ }).waitFor();
  // Traced from a step before the end until the buttons are disabled and the end is announced.
  const events = await traceWhile(page, [...TIMELINE, 'blink'], async () => {
    await steps.filter({ hasText: 'step 60 of 60' }).waitFor();
    await widget
      .locator('p[aria-live="polite"]')
      .filter({ hasText: /^The race is over\./ })
      .waitFor();
    await afterFrames(page, 10);
  });
  assert.equal(await play.isDisabled(), true);
  assert.equal(await widget.getByRole('button', { name: 'Step' }).isDisabled(), true);
  const full = events.filter((e) => e.name === 'PaintArtifactCompositor::Update');
  assert.equal(full.length, 0, `${full.length} full layer updates at the race's end`);
  watcher.assertClean();
  await page.close();
});

test("a still race that gets another weight's rules writes the rules alone: it does not have the worker paint everything again", async () => {
  const { page, watcher, widget } = await openRace();
  await widget.getByRole('button', { name: 'Step' }).click();
  await widget.locator('output.steps').filter({ hasText: 'step 1 of' }).waitFor();
  await afterFrames(page, 4);
  // Every message the page sends the race's worker, by type and the parts it asks painted.
  await page.evaluate(() => {
    globalThis.sent = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, transfer) {
      globalThis.sent.push([message.type, ...(message.parts ?? [])].join(' '));
      return post.call(this, message, transfer);
    };
  });
  const menu = widget.getByRole('combobox', { name: 'Update rules for' });
  await menu.focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await widget.getAttribute('weight'), '0:1');
  await widget
    .locator('.rule .check')
    .first()
    .filter({ hasText: /^w\(x₁→h₂\): / })
    .waitFor();
  await afterFrames(page, 4);
  // The change of attribute draws the race whole once (its look and every canvas); the rules
  // that come back for the new weight are words on the page, and ask for no painting (a slice
  // grid the worker completes meanwhile has the slice painted, nothing else).
  const sent = await page.evaluate(() => globalThis.sent);
  assert.deepEqual(
    sent.filter((m) => m.startsWith('paint') && m !== 'paint slice'),
    ['paint chart slice boundaries'],
    sent.join(', '),
  );
  watcher.assertClean();
  await page.close();
});
