// <nn-race> in Chromium, used as a reader would: Step and Play/Pause by keyboard, the rules'
// weight chosen with the mouse. The four runs must show the same first weights; after the steps
// the loss of each, the Adam rule's numbers and the weight's change must equal a plain Trainer
// run with that optimizer computed here in node through the facade; a bad attribute gets the
// house message and the race stays as it was; axe finds nothing; lesson 11 quotes what its race
// shows at the start and at the end.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { schema } from '../../web/src/widgets/nn-race/schema.js';
import { RUNS } from '../../web/src/widgets/nn-race/rules.js';
import { raceSpec } from '../../web/src/widgets/nn-race/spec.js';
import { showSignificant } from '../../web/src/widgets/shared/significant.js';
import { flatIndex, fromParameters } from '../../web/src/widgets/shared/weights-attribute.js';
import { core } from './core-network.mjs';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { screenshot, watchPage } from './harness.mjs';
import { distinctColours } from './pixels.mjs';
import { afterFrames, axeProblems, openWidget, quietFor, siteForTests } from './widget-page.mjs';

const site = siteForTests({ axe: true });
const show = (v) => showSignificant(v, 4);

function openRace(query = '') {
  return openWidget(site, 'nn-race', query, (w) =>
    w.locator('output.steps').filter({ hasText: 'step 0 of' }).waitFor(),
  );
}

/**
 * A plain facade Trainer per optimizer at the defaults with `changes` (attribute name -> parsed
 * value): losses and parameters after each step.
 */
function plainRuns(steps, changes = {}) {
  const values = Object.fromEntries(
    Object.entries(schema.attributes).map(([name, entry]) => [name, entry.default]),
  );
  const spec = raceSpec(core, { ...values, ...changes });
  return RUNS.map(({ name }, k) => {
    const net = core.createNetwork(spec.network);
    const data = core.makeDataset(spec.data.name, spec.data);
    const options = { optimizer: name, learningRate: spec.rates[k], batchSize: 0 };
    const trainer = core.createTrainer(net, data, { ...options, seed: spec.network.seed });
    const losses = [trainer.evaluate().loss];
    const params = [fromParameters(net.getParameters())];
    for (let s = 0; s < steps; s++) {
      trainer.step();
      losses.push(trainer.evaluate().loss);
      params.push(fromParameters(net.getParameters()));
    }
    trainer.dispose();
    net.dispose();
    return { losses, params };
  });
}

const stepText = (widget) => widget.locator('output.steps').textContent();

test('the four runs start from the same weights and step as plain Trainers do', async () => {
  const { page, watcher, widget } = await openRace();
  const shape = [2, 4, 1];
  const runs = plainRuns(3);
  const menu = widget.getByRole('combobox', { name: 'Update rules for' });
  // Every run shows the same first value for each weight chosen (mouse on the menu).
  for (const ref of ['0:0', '0:5', '1:2', '1:4']) {
    await menu.selectOption(ref);
    assert.equal(await widget.getAttribute('weight'), ref);
    await afterFrames(page, 2);
    const first = runs[0].params[0][flatIndex(shape, ...ref.split(':').map(Number))];
    const lines = await widget.locator('.rule .check').allTextContents();
    assert.equal(lines.length, 4);
    for (const line of lines) assert.match(line, new RegExp(`= ${show(first)}\\.$`));
  }
  await menu.selectOption('0:1');
  const step = widget.getByRole('button', { name: 'Step' });
  await step.focus();
  for (const key of ['Enter', 'Space', 'Enter']) await page.keyboard.press(key);
  await widget.locator('output.steps').filter({ hasText: 'step 3 of 300' }).waitFor();
  await afterFrames(page, 2);
  const summary = await widget.locator('.summary').textContent();
  RUNS.forEach((run, k) => {
    assert.ok(
      summary.includes(`${run.label} ${show(runs[k].losses[3])}`),
      `${run.label} in ${summary}`,
    );
  });
  // The rules: each run's w(x₁→h₂) before and after step 3, and Adam's Δw, as the core's.
  const at = flatIndex(shape, 0, 1);
  const checks = await widget.locator('.rule .check').allTextContents();
  RUNS.forEach((run, k) => {
    const [before, after] = [runs[k].params[2][at], runs[k].params[3][at]];
    assert.equal(
      checks[k],
      `w(x₁→h₂): ${show(before)} → ${show(after)}, a change of ${show(after - before)}.`,
    );
  });
  const adam = widget.locator('.rule[data-optimizer="adam"]');
  const delta = await adam.locator('dd[data-term="Δw"]').textContent();
  assert.equal(delta, show(runs[3].params[3][at] - runs[3].params[2][at]));
  watcher.assertClean();
  await page.close();
});

test('Step in the same frame as a new seed steps the new race', async () => {
  const { page, watcher, widget } = await openRace();
  const runs = plainRuns(1, { seed: 2 });
  await widget.evaluate((e) => {
    e.setAttribute('seed', '2');
    const step = [...e.shadowRoot.querySelectorAll('button')].find((b) => b.textContent === 'Step');
    step.click();
  });
  await widget.locator('output.steps').filter({ hasText: 'step 1 of 300' }).waitFor();
  await afterFrames(page, 2);
  const summary = await widget.locator('.summary').textContent();
  RUNS.forEach((run, k) => {
    assert.ok(
      summary.includes(`${run.label} ${show(runs[k].losses[1])}`),
      `${run.label} in ${summary}`,
    );
  });
  watcher.assertClean();
  await page.close();
});

test('Play and Pause by keyboard; the race stops at its last step', async () => {
  // 200 steps, so the race is still on when the pause comes (it ends at the last step).
  const { page, watcher, widget } = await openRace('steps=200');
  const play = widget.getByRole('button', { name: 'Play' });
  await play.focus();
  await page.keyboard.press('Space');
  const pause = widget.getByRole('button', { name: 'Pause' });
  assert.equal(await pause.getAttribute('aria-pressed'), 'true');
  await widget.locator('output.steps').filter({ hasNotText: 'step 0 of' }).waitFor();
  await page.keyboard.press('Enter'); // the same button, now Pause
  await widget.getByRole('button', { name: 'Play' }).waitFor();
  // A step asked of the worker before the press is taken, then the race says where it stopped.
  const said = widget.locator('p[aria-live="polite"]').filter({ hasText: /^Paused\. Step \d+:/ });
  await said.waitFor();
  const step = /^Paused\. Step (\d+):/.exec(await said.textContent())[1];
  const paused = await stepText(widget);
  assert.equal(paused, `step ${step} of 200`, 'the play bar says the step the pause announced');
  await quietFor(page, 300);
  assert.equal(await stepText(widget), paused, 'paused: no more steps');
  await page.keyboard.press('Space');
  await widget.locator('output.steps').filter({ hasText: 'step 200 of 200' }).waitFor();
  const again = widget.getByRole('button', { name: 'Play' });
  await again.waitFor();
  assert.equal(await again.isDisabled(), true, 'the race is over');
  await widget.getByRole('button', { name: 'Reset' }).click();
  await widget.locator('output.steps').filter({ hasText: 'step 0 of 200' }).waitFor();
  watcher.assertClean();
  await page.close();
});

test('bad attributes get the house message and the race stays as it was', async () => {
  const { page, watcher, widget } = await openRace();
  await widget.getByRole('button', { name: 'Step' }).click();
  await widget.locator('output.steps').filter({ hasText: 'step 1 of 300' }).waitFor();
  await widget.evaluate((e) => e.setAttribute('learning-rates', '0.1, abc, 0.1, 0.1'));
  const alerts = widget.locator('.alerts');
  await alerts.filter({ hasText: 'learning-rates' }).waitFor();
  assert.match(await alerts.textContent(), /learning-rates="0\.1, abc, 0\.1, 0\.1"/);
  await widget.evaluate((e) => e.setAttribute('weight', '7:0'));
  await alerts
    .filter({ hasText: 'weight="7:0": expected one parameter written layer:index, such as "0:0"' })
    .waitFor();
  await afterFrames(page, 2);
  assert.equal(await stepText(widget), 'step 1 of 300', 'the race goes on where it was');
  watcher.assertClean();
  await page.close();
});

test("Adam's m-hat and v-hat: set in the formulas' serif, heard as 'm hat' and 'v hat'", async () => {
  const { page, watcher, widget } = await openRace();
  await widget.getByRole('button', { name: 'Step' }).click();
  const adam = widget.locator('.rule[data-optimizer="adam"]');
  await adam.locator('dd[data-term="m̂"]').waitFor();
  // The terms as the accessibility tree has them (their accessible names are their titles).
  const tree = await adam.locator('dl').ariaSnapshot();
  for (const name of ['m hat', 'v hat']) {
    assert.match(tree, new RegExp(`^- term: ${name}$`, 'm'), `heard as ${name}`);
    const term = adam.locator('dt').filter({ hasText: name });
    // A monospace font sets the combining hat (U+0302) beside its letter ("mˆ"): the symbol
    // takes the formula's font, which sets it over the letter.
    const [font, formula] = await Promise.all([
      term.evaluate((e) => getComputedStyle(e).fontFamily),
      adam.locator('.formula').evaluate((e) => getComputedStyle(e).fontFamily),
    ]);
    assert.equal(font, formula, `${name}'s font`);
  }
  watcher.assertClean();
  await page.close();
});

test('axe finds nothing; screenshots at 1280 and 375 px', async () => {
  const { page, watcher, widget } = await openRace();
  for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: 'Step' }).click();
  await widget.locator('output.steps').filter({ hasText: 'step 3 of' }).waitFor();
  await widget.locator('summary').click(); // the table of losses, open
  await afterFrames(page, 2);
  assert.equal(await widget.locator('table.readout tbody tr').count(), 4); // steps 0 to 3
  assert.deepEqual(await axeProblems(page, site), [], 'axe');
  await screenshot(page, 'nn-race');
  watcher.assertClean();
  await page.close();
});

test("lesson 11's numbers are what its race shows at the start and after its 300 steps", async () => {
  const lesson = readFileSync(join(repoRoot, 'lessons/11-modern-tools/index.md'), 'utf8').replace(
    /\s+/g,
    ' ',
  );
  const says = (phrase) => assert.ok(lesson.includes(phrase), `lesson 11 says "${phrase}"`);
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  await page.goto(`${site.server.url}lessons/11-modern-tools/`);
  const race = page.locator('nn-race');
  await race.scrollIntoViewIfNeeded();
  await race.locator('output.steps').filter({ hasText: 'step 0 of 300' }).waitFor();
  await afterFrames(page, 2);
  const start = /loss SGD (\S+), momentum \1, RMSprop \1, Adam \1\.$/.exec(
    await race.locator('.summary').textContent(),
  );
  assert.ok(start, 'the four start at one loss');
  says(`All four start at a loss of ${start[1]}.`);
  await race.getByRole('button', { name: 'Play' }).click();
  await race.locator('output.steps').filter({ hasText: 'step 300 of 300' }).waitFor();
  await afterFrames(page, 2);
  const captions = await race.locator('.small-boundary figcaption').allTextContents();
  const [sgd, momentum, rmsprop, adam] = captions.map((c) => /^loss (\S+), (\S+)$/.exec(c));
  says(`Adam is far ahead, at a loss of ${adam[1]} with ${adam[2]} of the points right`);
  says(`RMSprop has ${rmsprop[1]} (${rmsprop[2]}), momentum ${momentum[1]} (${momentum[2]})`);
  says(`plain SGD ${sgd[1]} (${sgd[2]})`);
  await screenshot(page, 'lesson-11-race');
  watcher.assertClean();
  await page.close();
});

/** Opens `url` with the race's worker script held back until release() is called. */
async function withWorkerHeld(url) {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/nl/race-worker.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url);
  return { page, watcher, release };
}

test('Play pressed before the race is made (its worker not yet started) plays it', async () => {
  // The worker's script is held back until after the press, so the race cannot be made before.
  const { page, watcher, release } = await withWorkerHeld(
    `${site.server.url}lessons/11-modern-tools/`,
  );
  const race = page.locator('nn-race');
  await race.getByRole('button', { name: 'Play' }).click(); // scrolls it into view: drawn first
  release();
  await race.getByRole('button', { name: 'Pause' }).waitFor();
  await race.locator('output.steps').filter({ hasNotText: 'step 0 of' }).waitFor();
  await race.getByRole('button', { name: 'Pause' }).click();
  watcher.assertClean();
  await page.close();
});

test('Play pressed before the race was drawn: it is drawn whole as it plays', async () => {
  // The worker is held until after the press, so the race's first drawing is a playing one.
  const { page, watcher, release } = await withWorkerHeld(
    `${site.server.url}lessons/11-modern-tools/`,
  );
  const race = page.locator('nn-race');
  await race.getByRole('button', { name: 'Play' }).click();
  release();
  await race
    .locator('output.steps')
    .filter({ hasText: /step [1-9]\d+ of/ })
    .waitFor();
  // Painted in the worker with the page's look: the loss chart, the slice, the four boundaries.
  const canvases = [
    'canvas.chart',
    'canvas.slice-surface',
    ...[0, 1, 2, 3].map((k) => `.small-boundary >> nth=${k} >> canvas.cells`),
  ];
  for (const selector of canvases) {
    const colours = await distinctColours(race.locator(selector));
    assert.ok(colours > 20, `${selector} is painted: ${colours} colours`);
  }
  // The slice's menus are filled, and every changing word fits the box measured for it.
  for (const id of ['slice-across', 'slice-up']) {
    assert.ok((await race.locator(`#${id} option`).count()) > 10, `#${id} has its weights`);
  }
  const overflowing = await race.evaluate((element) =>
    [...element.shadowRoot.querySelectorAll('.line-box')]
      .filter(
        (box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1,
      )
      .map((box) => `${box.className}: "${box.textContent}"`),
  );
  assert.deepEqual(overflowing, [], 'no word overflows its line box');
  await race.getByRole('button', { name: 'Pause' }).click();
  watcher.assertClean();
  await page.close();
});

test('the race is aria-busy until its worker has made it, and not after', async () => {
  const { page, watcher, release } = await withWorkerHeld(
    `${site.server.url}embed/?widget=nn-race&steps=40`,
  );
  const race = page.locator('nn-race');
  await race.getByRole('button', { name: 'Play' }).waitFor(); // built, the race not yet made
  const busy = () => race.locator('.body').getAttribute('aria-busy');
  assert.equal(await busy(), 'true');
  release();
  await race.locator('output.steps').filter({ hasText: 'step 0 of 40' }).waitFor();
  await afterFrames(page, 2);
  assert.equal(await busy(), null);
  watcher.assertClean();
  await page.close();
});

for (const [what, refuse] of [
  [
    'a browser that will not start the worker (a script on another origin)',
    // As for embed.js loaded from another origin than the page: new Worker(url) throws.
    (page) =>
      page.addInitScript(() => {
        globalThis.Worker = class {
          constructor() {
            throw new DOMException('Script cannot be accessed from origin', 'SecurityError');
          }
        };
      }),
  ],
  [
    "a worker's script that does not load (a copy without nl/race-worker.js)",
    (page) => page.route('**/nl/race-worker.js', (route) => route.fulfill({ status: 404 })),
  ],
]) {
  test(`${what}: the race runs on the page, with the same numbers`, async () => {
    const page = await site.browser.context.newPage();
    await refuse(page);
    const watcher = await watchPage(page);
    await page.goto(`${site.server.url}embed/?widget=nn-race`);
    const widget = page.locator('nn-race');
    await widget.locator('output.steps').filter({ hasText: 'step 0 of' }).waitFor();
    await widget.getByRole('button', { name: 'Step' }).click();
    await widget.getByRole('button', { name: 'Step' }).click();
    await widget.locator('output.steps').filter({ hasText: 'step 2 of 300' }).waitFor();
    await afterFrames(page, 2);
    const runs = plainRuns(2);
    const summary = await widget.locator('.summary').textContent();
    RUNS.forEach((run, k) => {
      assert.ok(
        summary.includes(`${run.label} ${show(runs[k].losses[2])}`),
        `${run.label}: ${summary}`,
      );
    });
    watcher.assertClean();
    await page.close();
  });
}
