// How <nn-race> keeps its frames light while it plays, checked by structure, not by time: the
// four runs train in a worker, so the page's core takes no step, checkpoint, gradient, loss or
// prediction while the race plays (on the old code each frame took a step of each run in the
// page); the update rules' elements exist before the first step, so the first words after
// Play change text only (on the old code they were made then: 66 new boxes to lay out in one
// frame).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openWidget, siteForTests } from './widget-page.mjs';

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
