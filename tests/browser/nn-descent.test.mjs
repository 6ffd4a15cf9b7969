// <nn-descent> in Chromium, used as a reader would: steps by keyboard and by mouse, the
// learning rate typed and slid, Play and Reset. Every number it shows is checked against a run
// of w ← w − lr × dL/dw made here with the core's own backward(); a tiny rate must be called
// crawling, a good one must converge and solve the goal, a huge one must diverge without NaN.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROBLEMS } from '../../web/src/widgets/nn-descent/problems.js';
import { descend, readNumbers, shown } from './descent-run.mjs';
import { screenshot } from './harness.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

// The run stops before a step past 10¹², and says so: not that the loss is too large to show,
// while it shows it (5.83 × 10¹¹).
const DIVERGED =
  'diverged: each step overshoots further than the last, and the next would take the loss (or a weight or the slope) past 1 × 10¹², so the run stops at the loss shown. Reset and try a smaller learning rate.';

const site = siteForTests();

async function openDescent(query) {
  const { page, watcher, widget } = await openWidget(site, 'nn-descent', query, (widget) =>
    widget.locator('output.steps').filter({ hasText: '0' }).waitFor(),
  );
  return { page, watcher, widget };
}

test('a tiny learning rate crawls: steps by keyboard match the core', async () => {
  const { page, watcher, widget } = await openDescent('learning-rate=0.001');
  const run = descend(PROBLEMS.linear, [-1], 0.001, 5);
  assert.deepEqual(await readNumbers(widget, 0), shown(run.history[0], 0));
  await widget.getByRole('button', { name: 'Step' }).focus();
  for (const key of ['Enter', 'Enter', 'Enter', 'Space', 'Space']) await page.keyboard.press(key);
  assert.deepEqual(await readNumbers(widget, 5), shown(run.history[5], 5));
  const verdict = widget.locator('.verdict');
  assert.equal(await verdict.getAttribute('data-status'), 'crawling');
  assert.match(await verdict.textContent(), /^crawling: the loss falls by less than 1 % a step/);
  watcher.assertClean();
  await page.close();
});

test('a good learning rate, typed, converges under Play and solves the goal', async () => {
  const { page, watcher, widget } = await openDescent('goal=converge<50');
  const goal = widget.locator('.goal');
  await goal.filter({ hasText: 'Goal: choose a learning rate' }).waitFor();
  await widget.evaluate((element) =>
    element.addEventListener('nn-solved', (event) => (window.solved = event.detail)),
  );
  const field = widget.getByRole('textbox', { name: 'learning rate' });
  await field.fill('abc');
  await field.press('Enter');
  await widget.locator('#rate-message').filter({ hasText: '"abc" is not accepted' }).waitFor();
  await field.fill('0.3');
  await field.press('Enter');
  assert.equal(await widget.getAttribute('learning-rate'), '0.3');
  await widget.getByRole('button', { name: 'Play' }).click();
  const run = descend(PROBLEMS.linear, [-1], 0.3);
  assert.ok(run.settled < 50, `settled after ${run.settled} steps`);
  assert.deepEqual(await readNumbers(widget, run.settled), shown(run.history.at(-1), run.settled));
  assert.equal(await widget.locator('.verdict').getAttribute('data-status'), 'converged');
  await goal.filter({ hasText: '✓ Solved: the loss settled in fewer than 50 steps.' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.solved), {
    goal: { subject: 'converge', op: '<', target: 50 },
    steps: run.settled,
    learningRate: 0.3,
  });
  watcher.assertClean();
  await page.close();
});

test('at η = 6/7 the steps swing between w = −1 and 5 at one loss: not converged, not solved', async () => {
  // The factor 1 − (7/3)η is −1: each step lands on the mirror point, as high as the last.
  const { page, watcher, widget } = await openDescent('goal=converge<50');
  const field = widget.getByRole('textbox', { name: 'learning rate' });
  await field.fill(String(6 / 7));
  await field.press('Enter');
  const run = descend(PROBLEMS.linear, [-1], 6 / 7, 3);
  assert.deepEqual(
    run.history.map((h) => h.w[0]),
    [-1, 5, -1, 5],
  );
  assert.equal(run.settled, undefined);
  const step = widget.getByRole('button', { name: 'Step' });
  for (let k = 1; k <= 3; k++) {
    await step.click();
    assert.deepEqual(await readNumbers(widget, k), shown(run.history[k], k));
  }
  const verdict = widget.locator('.verdict');
  assert.equal(await verdict.getAttribute('data-status'), 'swinging');
  assert.match(await verdict.textContent(), /^swinging: each step jumps across the valley/);
  assert.equal(await step.isDisabled(), false); // the run goes on: it has not settled
  assert.doesNotMatch(await widget.locator('.goal').textContent(), /Solved/);
  watcher.assertClean();
  await page.close();
});

test('Play keeps rolling after the widget is moved elsewhere in the page', async () => {
  // A page may move a widget (a tab switcher, a slide deck): it leaves the document and comes
  // back, and the run it was playing goes on from where it was.
  const { page, watcher, widget } = await openDescent('learning-rate=0.001');
  await widget.getByRole('button', { name: 'Play' }).click();
  await widget
    .locator('output.steps')
    .filter({ hasText: /^[1-9]/ })
    .waitFor();
  const steps = () =>
    widget.evaluate((e) => Number(e.shadowRoot.querySelector('output.steps')?.textContent));
  const before = await steps();
  await widget.evaluate((element) => {
    element.remove();
    document.body.append(element);
  });
  await widget.getByRole('button', { name: 'Pause' }).waitFor();
  // Two more steps come within a second or two (one each 150 ms) unless Play stalled.
  await page.waitForFunction(
    (least) =>
      Number(
        document.querySelector('nn-descent').shadowRoot.querySelector('output.steps')?.textContent,
      ) >= least,
    before + 2,
    { timeout: 5000 },
  );
  assert.ok((await steps()) >= before + 2);
  watcher.assertClean();
  await page.close();
});

test('a huge learning rate diverges: words instead of NaN, then Reset', async () => {
  const { page, watcher, widget } = await openDescent('');
  const slider = widget.getByRole('slider', { name: 'learning rate slider' });
  await slider.focus();
  await page.keyboard.press('End');
  assert.equal(await widget.getAttribute('learning-rate'), '10');
  const run = descend(PROBLEMS.linear, [-1], 10);
  assert.ok(run.diverged);
  const step = widget.getByRole('button', { name: 'Step' });
  for (let k = 0; k < run.history.length; k++) await step.click();
  const verdict = widget.locator('.verdict');
  await verdict.filter({ hasText: DIVERGED }).waitFor();
  const steps = run.history.length - 1;
  const last = await readNumbers(widget, steps);
  // Beyond 1e5 a number is written as a power of ten: "6.50 × 10¹¹".
  assert.deepEqual(last, shown(run.history.at(-1), steps));
  assert.match(last.loss, /^\d\.\d\d × 10[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*$/);
  const text = await widget.evaluate((element) => element.shadowRoot.textContent);
  assert.doesNotMatch(text, /NaN|Infinity/);
  assert.ok(await step.isDisabled());
  const reset = widget.getByRole('button', { name: 'Reset' });
  assert.ok(await reset.evaluate((button) => button.classList.contains('primary')));
  await reset.focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await readNumbers(widget, 0), shown(run.history[0], 0));
  assert.equal(await verdict.getAttribute('data-status'), 'ready');
  watcher.assertClean();
  await page.close();
});

test('Step and Play pressed in the same frame as a new start act on the run from it', async () => {
  const { page, watcher, widget } = await openDescent('learning-rate=0.001');
  // A click on the curve, then Step or Play before the next frame (a quick reader on a busy
  // machine): the new start begins a new run, and the press must count on it, not be lost.
  const press = (name, start) =>
    widget.evaluate(
      (element, [button, value]) => {
        element.setAttribute('start', value);
        [...element.shadowRoot.querySelectorAll('button')]
          .find((b) => b.textContent === button)
          .click();
      },
      [name, start],
    );
  await press('Step', '-2');
  const stepped = descend(PROBLEMS.linear, [-2], 0.001, 1);
  assert.deepEqual(await readNumbers(widget, 1), shown(stepped.history[1], 1));

  await press('Play', '-3');
  await widget.getByRole('button', { name: 'Pause' }).click();
  await widget.getByRole('button', { name: 'Play' }).waitFor();
  const steps = Number(await widget.locator('output.steps').textContent());
  const played = descend(PROBLEMS.linear, [-3], 0.001, steps);
  assert.deepEqual(await readNumbers(widget, steps), shown(played.history[steps], steps));
  watcher.assertClean();
  await page.close();
});

test('2-D: Play rolls down the surface; a click and the arrow keys pick the start', async () => {
  const { page, watcher, widget } = await openDescent('mode=2d&learning-rate=1');
  await widget.getByRole('button', { name: 'Play' }).click();
  const run = descend(PROBLEMS.plane, [-3, 2.5], 1);
  assert.ok(run.settled, 'the 2-D run settles at rate 1');
  assert.deepEqual(await readNumbers(widget, run.settled), shown(run.history.at(-1), run.settled));
  // The valley is narrow: the path crossed it, so the slope turned against itself on the way.
  const turns = run.history.slice(1).filter((h, i) => {
    const g = run.history[i].grad;
    return g[0] * h.grad[0] + g[1] * h.grad[1] < 0;
  });
  assert.ok(turns.length > 0);

  const surface = widget.getByRole('slider', { name: 'Loss surface over weight w₁ and weight w₂' });
  const box = await widget.locator('.surface-canvas').boundingBox();
  const plot = { left: 46, top: 24, size: Math.min(box.width - 56, box.height - 52) };
  // The centre of the plot is w = (0, 0) on the domain −4 … 4.
  await page.mouse.click(box.x + plot.left + plot.size / 2, box.y + plot.top + plot.size / 2);
  await readNumbers(widget, 0);
  const [w1, w2] = (await widget.getAttribute('start')).split(', ').map(Number);
  assert.ok(Math.abs(w1) <= 0.05 && Math.abs(w2) <= 0.05, `${w1}, ${w2}`);
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  const start = [Math.round((w1 + 0.1) * 100) / 100, Math.round((w2 + 0.1) * 100) / 100];
  await page.waitForFunction(
    (want) => document.querySelector('nn-descent').getAttribute('start') === want,
    start.join(', '),
  );
  const fresh = descend(PROBLEMS.plane, start, 1, 0);
  const expected = shown(fresh.history[0], 0);
  // The attribute changes at once; the numbers follow at the next drawing.
  await widget.locator('output.w').filter({ hasText: expected.w }).waitFor();
  assert.deepEqual(await readNumbers(widget, 0), expected);
  watcher.assertClean();
  await page.close();
});

test('2-D: an arrow key in the same frame as a click on the map moves on from the click', async () => {
  const { page, watcher, widget } = await openDescent('mode=2d');
  await widget.getByRole('slider', { name: 'Loss surface over weight w₁ and weight w₂' }).waitFor();
  // A click at the centre of the plot (w = 0, 0) and ArrowRight before the widget draws again:
  // the key must step from the clicked point, not from the start the last drawing showed.
  await widget.evaluate((w) => {
    const canvas = w.shadowRoot.querySelector('.surface-canvas');
    const rect = canvas.getBoundingClientRect();
    const size = Math.min(rect.width - 56, rect.height - 52);
    const at = { clientX: rect.left + 46 + size / 2, clientY: rect.top + 24 + size / 2 };
    canvas.dispatchEvent(
      new PointerEvent('pointerdown', { ...at, pointerId: 1, isPrimary: true, bubbles: true }),
    );
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true });
    w.shadowRoot.querySelector('.surface[role="slider"]').dispatchEvent(key);
  });
  const start = await widget.getAttribute('start');
  const [w1, w2] = start.split(',').map(Number);
  assert.ok(Math.abs(w1 - 0.1) <= 0.05 && Math.abs(w2) <= 0.05, `start="${start}"`);
  watcher.assertClean();
  await page.close();
});

test('2-D: an arrow key in the same frame as a new start moves on from that start', async () => {
  const { page, watcher, widget } = await openDescent('mode=2d');
  await widget.getByRole('slider', { name: 'Loss surface over weight w₁ and weight w₂' }).waitFor();
  // A page script sets the start and an arrow key on the map follows before the next drawing:
  // the key must step from the new start, not from where the last drawing put the ball.
  await widget.evaluate((w) => {
    w.setAttribute('start', '1, -1');
    const key = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true });
    w.shadowRoot.querySelector('.surface[role="slider"]').dispatchEvent(key);
  });
  assert.equal(await widget.getAttribute('start'), '1, -0.9');
  watcher.assertClean();
  await page.close();
});

test('screenshots: desktop and a 375 px phone, with nothing wider than the screen', async () => {
  const { page, watcher, widget } = await openDescent('learning-rate=0.6&goal=converge<50');
  for (let k = 0; k < 3; k++) await widget.getByRole('button', { name: 'Step' }).click();
  await readNumbers(widget, 3);
  await page.evaluate(() => {
    const second = document.createElement('nn-descent');
    second.setAttribute('mode', '2d');
    second.setAttribute('learning-rate', '1.1');
    document.querySelector('[data-frame-host]').append(second);
  });
  const plane = page.locator('nn-descent').nth(1);
  await plane.locator('output.steps').filter({ hasText: '0' }).waitFor();
  for (let k = 0; k < 12; k++) await plane.getByRole('button', { name: 'Step' }).click();
  await readNumbers(plane, 12);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  await screenshot(page, 'nn-descent');
  watcher.assertClean();
  await page.close();
});
