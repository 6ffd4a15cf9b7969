// <nn-descent>'s input scale and learning-rate schedule in Chromium, used as a reader would: the
// scale typed into its field, the rate slid and typed, the decay typed, Step and Play. Every
// number shown is checked against gradient descent run here with the core's backward(): one
// scale lands in one step, a scale of 3 makes the same rate diverge and a smaller one zig-zag,
// and a decaying rate settles where a fixed one bounces or diverges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROBLEMS, scaledProblem } from '../../web/src/widgets/nn-descent/problems.js';
import { descend, fixed, readNumbers, shown } from './descent-run.mjs';
import { screenshot } from './harness.mjs';
import { openWidget, siteForTests } from './widget-page.mjs';

const site = siteForTests();

async function openDescent(query) {
  return openWidget(site, 'nn-descent', query, (widget) =>
    widget.locator('output.steps').filter({ hasText: '0' }).waitFor(),
  );
}

/** Types text into the labelled field and commits it with Enter. */
async function type(widget, label, text) {
  const field = widget.getByRole('textbox', { name: label, exact: true });
  await field.fill(text);
  await field.press('Enter');
}

test('scaled inputs: one scale lands in one step, a scale of 3 diverges, then zig-zags', async () => {
  const { page, watcher, widget } = await openDescent('mode=scaled&learning-rate=0.5');
  const start = [-3, 2.5];
  const round = descend(scaledProblem(1), start, 0.5);
  assert.deepEqual(round.history[1].w, [1, -1]); // the oracle: one step to the bottom
  const step = widget.getByRole('button', { name: 'Step' });
  await step.click();
  assert.deepEqual(await readNumbers(widget, 1), shown(round.history[1], 1));

  // The reader types s = 3: a new run starts at the same place on the stretched bowl.
  await type(widget, 'input scale s', '3');
  assert.equal(await widget.getAttribute('input-scale'), '3');
  const steep = descend(scaledProblem(3), start, 0.5);
  assert.ok(steep.diverged);
  assert.deepEqual(await readNumbers(widget, 0), shown(steep.history[0], 0));
  for (let k = 0; k < steep.history.length; k++) await step.click();
  await widget.locator('.verdict[data-status="diverged"]').waitFor();
  const last = steep.history.length - 1;
  assert.deepEqual(await readNumbers(widget, last), shown(steep.history[last], last));

  // A smaller rate, typed, and Reset: Play settles, the path crossing the valley on the way.
  await type(widget, 'learning rate', '0.1');
  await widget.getByRole('button', { name: 'Reset' }).click();
  const zigzag = descend(scaledProblem(3), start, 0.1);
  const w2 = zigzag.history.slice(0, 4).map((h) => h.w[1]);
  assert.ok(w2[0] > 0 && w2[1] < 0 && w2[2] > 0 && w2[3] < 0, `w₂ = ${w2} changes sign`);
  await step.click();
  assert.deepEqual(await readNumbers(widget, 1), shown(zigzag.history[1], 1));
  await widget.getByRole('button', { name: 'Play' }).click();
  const n = zigzag.settled;
  assert.deepEqual(await readNumbers(widget, n), shown(zigzag.history[n], n));
  assert.equal(await widget.locator('.verdict').getAttribute('data-status'), 'converged');
  await screenshot(page, 'nn-descent-scaled');
  watcher.assertClean();
  await page.close();
});

test('the input scale control is there only in the scaled mode, and bad text is named', async () => {
  const { page, watcher, widget } = await openDescent('mode=scaled&input-scale=2');
  const field = widget.getByRole('textbox', { name: 'input scale s', exact: true });
  await field.fill('100');
  await field.press('Enter');
  await widget.locator('#input-scale-message').filter({ hasText: '"100"' }).waitFor();
  assert.equal(await widget.getAttribute('input-scale'), '2'); // the last good scale stays
  await widget.evaluate((element) => element.setAttribute('mode', '2d'));
  await field.waitFor({ state: 'hidden' });
  watcher.assertClean();
  await page.close();
});

test('a decaying learning rate settles where the fixed rate bounces or diverges', async () => {
  const { page, watcher, widget } = await openDescent('learning-rate=0.8&decay=0.1');
  const rateNow = widget.locator('output.rate-now');
  assert.equal(await rateNow.textContent(), fixed(0.8));
  const step = widget.getByRole('button', { name: 'Step' });
  await step.click();
  await step.click();
  const decayed = descend(PROBLEMS.linear, [-1], 0.8, 1000, 0.1);
  assert.deepEqual(await readNumbers(widget, 2), shown(decayed.history[2], 2));
  assert.equal(await rateNow.textContent(), fixed(0.8 / 1.2)); // the rate of step k = 2
  await widget.getByRole('button', { name: 'Play' }).click();
  const n = decayed.settled;
  assert.deepEqual(await readNumbers(widget, n), shown(decayed.history[n], n));

  // The same rate with decay 0, typed: the finished run starts again and bounces far longer.
  const fixedRate = descend(PROBLEMS.linear, [-1], 0.8);
  assert.ok(fixedRate.settled > 4 * n, `fixed ${fixedRate.settled}, decayed ${n}`);
  await type(widget, 'decay', '0');
  await widget.getByRole('button', { name: 'Play' }).click();
  const m = fixedRate.settled;
  assert.deepEqual(await readNumbers(widget, m), shown(fixedRate.history[m], m));
  assert.ok(await rateNow.isHidden());

  // A rate that diverges when fixed settles with decay 0.1.
  assert.ok(descend(PROBLEMS.linear, [-1], 1).diverged);
  const rescued = descend(PROBLEMS.linear, [-1], 1, 1000, 0.1);
  await type(widget, 'decay', '0.1');
  await type(widget, 'learning rate', '1');
  await widget.getByRole('button', { name: 'Play' }).click();
  const r = rescued.settled;
  assert.deepEqual(await readNumbers(widget, r), shown(rescued.history[r], r));
  assert.equal(await widget.locator('.verdict').getAttribute('data-status'), 'converged');
  watcher.assertClean();
  await page.close();
});
