// <nn-loss> in Chromium, used as a reader would: the table read against the core, two weights
// moved on the loss surface by the arrow keys and by the mouse, the exercise solved, MSE
// compared with cross-entropy by clicking, and bad attributes named while the table stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core, coreNetwork } from './core-network.mjs';
import { screenshot } from './harness.mjs';
import { afterFrames, fixed, openWidget, siteForTests } from './widget-page.mjs';

const DEFAULT = [5, 5, 5, 5, -2, -7, 1, -1, -3];

const site = siteForTests();

const signed = (v) => (v >= 0 ? `+${fixed(v)}` : fixed(v));

/** What the core says for a 2-2-1 sigmoid network with these weights on the XOR table. */
function expected(weights) {
  const nets = {};
  let d;
  for (const loss of ['mse', 'bce']) {
    ({ net: nets[loss], data: d } = coreNetwork(core, { loss, weights, data: { seed: 1 } }));
  }
  const Y = core.targets(d.labels, { classes: 2, activation: 'sigmoid' });
  try {
    const P = nets.mse.predict(d.X).data;
    const rows = Array.from({ length: 4 }, (_, i) => {
      const X = [[d.X.data[2 * i], d.X.data[2 * i + 1]]];
      const T = [[Y.data[i]]];
      return {
        prediction: fixed(P[i]),
        error: signed(P[i] - Y.data[i]),
        mse: fixed(nets.mse.loss(X, T)),
        bce: fixed(nets.bce.loss(X, T)),
      };
    });
    const mean = { mse: nets.mse.loss(d.X, Y), bce: nets.bce.loss(d.X, Y) };
    return { rows, mean: { mse: fixed(mean.mse), bce: fixed(mean.bce) }, raw: mean };
  } finally {
    nets.mse.dispose();
    nets.bce.dispose();
  }
}

/** Waits until the table shows `want` (columns: the losses shown), then returns what it shows. */
async function readTable(widget, want, losses) {
  for (const loss of losses) {
    await widget
      .locator(`.mean.${loss}`)
      .filter({ hasText: new RegExp(`^${want.mean[loss]}$`) })
      .waitFor();
  }
  const rows = await widget.locator('tbody tr').evaluateAll(
    (trs, names) =>
      trs.map((tr) => ({
        prediction: tr.querySelector('.prediction').textContent,
        error: tr.querySelector('.error').textContent,
        ...Object.fromEntries(names.map((n) => [n, tr.querySelector(`.loss.${n}`).textContent])),
      })),
    losses,
  );
  const mean = {};
  for (const n of losses) mean[n] = await widget.locator(`.mean.${n}`).textContent();
  return { rows, mean };
}

function only(want, losses) {
  return {
    rows: want.rows.map((r) => ({
      prediction: r.prediction,
      error: r.error,
      ...Object.fromEntries(losses.map((n) => [n, r[n]])),
    })),
    mean: Object.fromEntries(losses.map((n) => [n, want.mean[n]])),
  };
}

async function openLoss(query) {
  const { page, watcher, widget } = await openWidget(site, 'nn-loss', query, (widget) =>
    widget.locator('tbody tr').first().waitFor(),
  );
  return { page, watcher, widget };
}

test('arrow keys on the surface set two weights; the table and the mean follow the core', async () => {
  const { page, watcher, widget } = await openLoss('surface=1:0,1:1&goal=loss<0.05');
  const start = expected(DEFAULT);
  assert.deepEqual(await readTable(widget, start, ['mse']), only(start, ['mse']));
  await widget
    .locator('.goal')
    .filter({ hasText: 'Goal: make the loss less than 0.05.' })
    .waitFor();
  await widget.evaluate((element) =>
    element.addEventListener('nn-solved', (event) =>
      (window.solved ??= []).push(event.detail.loss),
    ),
  );

  const surface = widget.getByRole('slider', {
    name: /^Loss surface over weight from h1 to y-hat/,
  });
  await surface.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('ArrowUp');
  const weights = [5, 5, 5, 5, -2, -7, 6, -5.9, -3];
  const moved = expected(weights);
  assert.deepEqual(await readTable(widget, moved, ['mse']), only(moved, ['mse']));
  assert.equal(await widget.getAttribute('weights'), weights.join(', '));
  assert.equal(
    await surface.getAttribute('aria-valuetext'),
    `weight from h1 to y-hat = 6, weight from h2 to y-hat = −5.9: mean squared error ${moved.mean.mse}`,
  );
  await widget.locator('.goal.solved').filter({ hasText: '✓ Solved' }).waitFor();
  // nn-solved fires once, on the first render whose mean met the goal.
  const solved = await page.evaluate(() => window.solved);
  assert.equal(solved.length, 1);
  assert.ok(solved[0] < 0.05 && moved.raw.mse < 0.05, String(solved));
  watcher.assertClean();
  await page.close();
});

test('the mouse picks cross-entropy, compares both, and clicks a point on the surface', async () => {
  const { page, watcher, widget } = await openLoss('surface=1:0,1:1&range=8');
  await widget.getByText('binary cross-entropy').click();
  const start = expected(DEFAULT);
  assert.deepEqual(await readTable(widget, start, ['bce']), only(start, ['bce']));
  assert.equal(await widget.getAttribute('loss'), 'bce');
  await widget.getByText('compare both').click();
  assert.deepEqual(await readTable(widget, start, ['mse', 'bce']), only(start, ['mse', 'bce']));
  assert.ok(await widget.locator('.mean.bce').evaluate((td) => td.classList.contains('selected')));

  // A click a quarter of the plot from its right and its top edges: about (4, 4).
  const canvas = widget.locator('.surface-canvas');
  const box = await canvas.boundingBox();
  const plot = { left: 46, top: 24, size: Math.min(box.width - 56, box.height - 52) };
  await page.mouse.click(box.x + plot.left + plot.size * 0.75, box.y + plot.top + plot.size * 0.25);
  await widget
    .locator('.readout')
    .filter({ hasText: /^w\(h₁→ŷ\)\s=\s4(\.0\d)?, / }) // \s: the readout keeps "w = 4" on one line with no-break spaces
    .waitFor();
  const weights = (await widget.getAttribute('weights')).split(', ').map(Number);
  assert.deepEqual(weights.slice(0, 6), DEFAULT.slice(0, 6));
  assert.ok(Math.abs(weights[6] - 4) <= 0.1 && Math.abs(weights[7] - 4) <= 0.1, String(weights));
  const clicked = expected(weights);
  assert.deepEqual(await readTable(widget, clicked, ['mse', 'bce']), only(clicked, ['mse', 'bce']));
  watcher.assertClean();
  await page.close();
});

test('an arrow key in the same frame as new weights or a new surface moves on from the new point', async () => {
  const { page, watcher, widget } = await openLoss('surface=1:0,1:1');
  await readTable(widget, expected(DEFAULT), ['mse']);
  // A page script (or a reader quicker than the next frame) changes the widget, and an arrow
  // key on the map comes before it draws again: the key moves the parameters named now, from
  // their values now, not the pair the last drawing showed.
  const changeAndPress = (name, value, key) =>
    widget.evaluate(
      (element, [attribute, text, pressed]) => {
        element.setAttribute(attribute, text);
        const pad = element.shadowRoot.querySelector('.surface[role="slider"]');
        pad.dispatchEvent(new KeyboardEvent('keydown', { key: pressed, bubbles: true }));
      },
      [name, value, key],
    );
  await changeAndPress('surface', '0:0,0:1', 'ArrowRight');
  const moved = [5.1, ...DEFAULT.slice(1)];
  assert.equal(await widget.getAttribute('weights'), moved.join(', '));
  await readTable(widget, expected(moved), ['mse']);

  await changeAndPress('weights', '1, 2, 3, 4, -2, -7, 1, -1, -3', 'ArrowUp');
  assert.equal(await widget.getAttribute('weights'), '1, 2.1, 3, 4, -2, -7, 1, -1, -3');
  watcher.assertClean();
  await page.close();
});

test('bad attributes are named and the last good table stays', async () => {
  const { page, watcher, widget } = await openLoss('surface=1:0,1:1');
  const start = expected(DEFAULT);
  await readTable(widget, start, ['mse']);
  await widget.evaluate((element) => {
    element.setAttribute('weights', '1, 2');
    element.setAttribute('surface', '0:9,1:1');
    element.setAttribute('loss', 'softmax_ce');
  });
  const alert = widget.getByRole('alert');
  await alert.filter({ hasText: 'weights="1, 2": expected 9 numbers' }).waitFor();
  await alert.filter({ hasText: 'loss="softmax_ce": expected one of mse, bce' }).waitFor();
  await alert.filter({ hasText: 'surface="0:9,1:1": expected 2 different parameters' }).waitFor();
  await afterFrames(page); // the alerts come at once, the drawing after: the table stays
  assert.deepEqual(await readTable(widget, start, ['mse']), only(start, ['mse']));
  assert.equal(await widget.locator('.surface-figure').isVisible(), true);
  watcher.assertClean();
  await page.close();
});

test('screenshots: desktop and a 375 px phone, with nothing wider than the screen', async () => {
  const { page, watcher, widget } = await openLoss(
    'surface=1:0,1:1&compare&goal=loss<0.05&weights=5,5,5,5,-2,-7,3,-2,-3',
  );
  await widget.locator('.mean.bce').filter({ hasText: /\d/ }).waitFor();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  await screenshot(page, 'nn-loss');
  watcher.assertClean();
  await page.close();
});

test('the surface is drawn coarse at once and fine a few frames later, not all in one frame', async () => {
  // Each drawing of the surface canvas (from its clearRect) counts its fillRects: the heatmap's
  // cells. On the code before, the first drawing already had the 1,600 cells of the fine grid:
  // 1,600 core losses computed in the one frame that drew it.
  const page = await site.browser.context.newPage();
  await page.addInitScript(() => {
    const proto = CanvasRenderingContext2D.prototype;
    const [clear, fill] = [proto.clearRect, proto.fillRect];
    proto.clearRect = function (...args) {
      if (this.canvas.classList?.contains('surface-canvas')) (this.canvas.__cells ??= []).push(0);
      return clear.apply(this, args);
    };
    proto.fillRect = function (...args) {
      const cells = this.canvas.__cells;
      if (cells) cells[cells.length - 1] += 1;
      return fill.apply(this, args);
    };
  });
  await page.goto(`${site.server.url}embed/?widget=nn-loss&surface=1:0,1:1`);
  const canvas = page.locator('nn-loss .surface-canvas');
  await page.waitForFunction(
    () =>
      document
        .querySelector('nn-loss')
        ?.shadowRoot?.querySelector('.surface-canvas')
        ?.__cells?.at(-1) >=
      40 * 40, // the fine grid drawn
  );
  const cells = await canvas.evaluate((c) => c.__cells);
  assert.ok(cells[0] >= 20 * 20 && cells[0] < 40 * 40, `first drawing: ${cells[0]} cells`);
  assert.ok(cells.length >= 2, `the fine grid later: ${cells.join(', ')}`);
  await page.close();
});
