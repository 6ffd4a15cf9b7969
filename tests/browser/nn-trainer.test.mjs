// <nn-trainer> in Chromium, used as a reader would, by mouse and keyboard: XOR trained to 100%
// with the numbers checked against the core in the page, reset to the same first weights, a
// learning rate changed mid-run, a learning rate of 123 that diverges (explained from its
// numbers, with lesson 8 linked), points added by click and by keyboard, bad attributes, and
// screenshots. Long tasks while training are a timing target, so they are measured by the bench
// (tests/bench/trainer-frames.mjs), not tested here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { showSignificant } from '../../web/src/widgets/shared/significant.js';
import { core, coreNetwork } from './core-network.mjs';
import { screenshot, watchPage } from './harness.mjs';
import { epochOf, readout, untilEpoch } from './trainer-readout.mjs';
import { afterFrames, quietFor, siteForTests } from './widget-page.mjs';

const site = siteForTests();

async function openTrainer(query = '') {
  const page = await site.browser.context.newPage();
  const watcher = await watchPage(page);
  await page.goto(`${site.server.url}embed/?widget=nn-trainer&${query}`);
  const widget = page.locator('nn-trainer');
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 · loss/ })
    .waitFor();
  return { page, watcher, widget };
}

/** The weights table's text (opening it first), and the diagram's edge widths and signs. */
async function weightsShown(widget) {
  const details = widget.locator('details.weights');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await widget.locator('details.weights td').first().filter({ hasText: /\d/ }).waitFor();
  // Paused, the widget may spread its parts over a few frames after a change.
  for (let i = 0; i < 6; i++) {
    await widget.page().evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
  const table = await details.locator('tbody').textContent();
  const diagram = await widget.evaluate((element) =>
    [...element.shadowRoot.querySelectorAll('.edge')]
      .map((edge) => `${edge.getAttribute('class')}:${edge.lastChild.getAttribute('stroke-width')}`)
      .join(' '),
  );
  return `${table}\n${diagram}`;
}

/**
 * The default XOR run redone by the core: a 2-4-1 tanh network (seed 1, or `seed`) trained by
 * sgd for `epochs`, then `more` epochs with `rate`; returns evaluate().
 */
function coreRun({ epochs, more = 0, rate = 0.3, seed = 1 }) {
  const { net, data } = coreNetwork(core, {
    shape: [2, 4, 1],
    hidden: 'tanh',
    loss: 'bce',
    seed,
    data: { noise: 0, testFraction: 0, seed },
  });
  const options = { optimizer: 'sgd', learningRate: 0.3, l2: 0, batchSize: 0, seed };
  const trainer = core.createTrainer(net, data, options);
  if (epochs > 0) trainer.train(epochs);
  trainer.setOptions({ optimizer: 'sgd', learningRate: rate, l2: 0 });
  if (more > 0) trainer.train(more);
  const result = trainer.evaluate();
  trainer.dispose();
  net.dispose();
  return { loss: result.loss, accuracy: result.accuracy };
}

test('XOR trains to 100%: the goal is met, the numbers are the core’s, the model goes out', async () => {
  const { page, watcher, widget } = await openTrainer('goal=accuracy>=1&save-model');
  await page.evaluate(() => {
    window.solved = null;
    window.models = [];
    document.addEventListener('nn-solved', (event) => (window.solved = event.detail));
    document.addEventListener('nn-model', (event) => window.models.push(event.detail.model));
  });
  await widget
    .locator('.goal')
    .filter({ hasText: 'Goal: reach a training accuracy of at least 100%.' })
    .waitFor();
  await widget.getByRole('button', { name: 'Play' }).click();
  await widget.locator('.goal.solved').filter({ hasText: '✓ Solved' }).waitFor({ timeout: 20000 });
  assert.match(await readout(widget), /accuracy 100%/);
  // Pause from the keyboard: the play button has focus after the click.
  await widget.getByRole('button', { name: 'Pause' }).focus();
  await page.keyboard.press('Enter');
  await widget.getByRole('button', { name: 'Play' }).waitFor();
  const paused = await readout(widget);
  await quietFor(page, 300); // playing, the readout would change within 250 ms
  assert.equal(await readout(widget), paused, 'paused means no more epochs');

  const epoch = epochOf(paused);
  const expected = await coreRun({ epochs: epoch });
  assert.equal(expected.accuracy, 1);
  assert.ok(
    paused.includes(`loss ${showSignificant(expected.loss, 3)} ·`),
    `${paused} vs ${expected.loss}`,
  );
  const solved = await page.evaluate(() => window.solved);
  assert.equal(solved.accuracy, 1);
  assert.ok(solved.epoch >= 1 && solved.epoch <= epoch);

  const models = await page.evaluate(() => window.models);
  assert.ok(models.length >= 1);
  assert.equal(models.at(-1).format, 'neuronlab.model');
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('neuronlab:model')));
  assert.deepEqual(saved, models.at(-1));
  assert.deepEqual(
    saved.layers.map((l) => l.units),
    [4, 1],
  );
  watcher.assertClean();
  await page.close();
});

test('reset returns to the same first weights; a new seed starts afresh', async () => {
  const { page, watcher, widget } = await openTrainer('speed=fast');
  const first = await weightsShown(widget);
  // Each seed's first readout, from the core: waiting for it waits for that seed's drawing
  // (so the seeds must not share it, or a wait could end on the seed before).
  const epochZero = async (seed) => {
    const { loss } = await coreRun({ epochs: 0, seed });
    return `Epoch 0 · loss ${showSignificant(loss, 3)} ·`;
  };
  const [one, two, three] = [await epochZero(1), await epochZero(2), await epochZero(3)];
  assert.ok(two !== one && three !== one, `${one} | ${two} | ${three}`);
  await widget.getByRole('button', { name: 'Play' }).click();
  await untilEpoch(widget, 30);
  await widget.getByRole('button', { name: 'Pause' }).click();
  assert.notEqual(await weightsShown(widget), first);
  // Reset from the keyboard.
  await widget.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Space');
  await widget.locator('.readout').filter({ hasText: one }).waitFor();
  assert.equal(await weightsShown(widget), first);

  const seed = widget.getByRole('textbox', { name: 'seed' });
  await seed.fill('2');
  await seed.press('Enter');
  await widget.locator('.readout').filter({ hasText: two }).waitFor();
  assert.notEqual(await weightsShown(widget), first);
  await widget.getByRole('button', { name: 'Next seed' }).click();
  assert.equal(await widget.getAttribute('seed'), '3');
  await seed.fill('1');
  await seed.press('Enter');
  await widget.locator('.readout').filter({ hasText: one }).waitFor();
  assert.equal(await weightsShown(widget), first);
  watcher.assertClean();
  await page.close();
});

test('a new learning rate mid-run keeps the epoch count and the weights', async () => {
  const { page, watcher, widget } = await openTrainer('');
  const step = widget.getByRole('button', { name: 'Step' });
  for (let i = 0; i < 3; i++) {
    await step.click();
    await untilEpoch(widget, i + 1);
    assert.match(await readout(widget), new RegExp(`^Epoch ${i + 1} ·`));
  }
  const weights = await weightsShown(widget);
  const rate = widget.getByRole('textbox', { name: 'learning rate' });
  await rate.fill('0.05');
  await rate.press('Enter');
  assert.equal(await widget.getAttribute('learning-rate'), '0.05');
  await afterFrames(page); // the drawing of the new rate
  assert.match(await readout(widget), /^Epoch 3 ·/);
  assert.equal(await weightsShown(widget), weights);
  await step.click();
  await untilEpoch(widget, 4);
  assert.match(await readout(widget), /^Epoch 4 ·/);
  const expected = await coreRun({ epochs: 3, more: 1, rate: 0.05 });
  assert.ok((await readout(widget)).includes(`loss ${showSignificant(expected.loss, 3)} ·`));

  // While playing: another optimizer, chosen from the menu, does not restart the count.
  await widget.getByRole('button', { name: 'Play' }).click();
  await untilEpoch(widget, 20);
  const before = epochOf(await readout(widget));
  await widget.getByRole('combobox', { name: 'optimizer' }).selectOption('momentum');
  // The readout changes only when the widget draws: its next text is from after the change.
  const during = await readout(widget);
  await widget.locator('.readout').filter({ hasNotText: during }).waitFor();
  assert.ok(epochOf(await readout(widget)) >= before, 'the epoch count went on');
  assert.equal(await widget.getAttribute('optimizer'), 'momentum');
  watcher.assertClean();
  await page.close();
});

test('Step, Play and added points in the same frame as a new seed act on the new network', async () => {
  const { page, watcher, widget } = await openTrainer('');
  // A reader quicker than the next frame (a busy machine): the change of seed must not cancel
  // the press that follows it, nor may a second point replace the first.
  const press = (name, seed) =>
    widget.evaluate(
      (element, [button, value]) => {
        element.setAttribute('seed', value);
        [...element.shadowRoot.querySelectorAll('button')]
          .find((b) => b.textContent === button)
          .click();
      },
      [name, seed],
    );
  await press('Step', '2');
  const stepped = await coreRun({ epochs: 1, seed: 2 });
  await widget
    .locator('.readout')
    .filter({ hasText: `Epoch 1 · loss ${showSignificant(stepped.loss, 3)} ·` })
    .waitFor();

  await press('Play', '3');
  await widget.getByRole('button', { name: 'Pause' }).waitFor();
  await untilEpoch(widget, 2);
  await widget.getByRole('button', { name: 'Pause' }).click();

  await widget.getByRole('application').evaluate((plot) => {
    plot.focus(); // puts the keyboard cursor in the middle of the plot
    for (let i = 0; i < 2; i++) plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  });
  await widget
    .locator('.count')
    .filter({ hasText: /^6 training points$/ })
    .waitFor();
  assert.equal((await widget.getAttribute('points')).split(', ').length, 6);
  watcher.assertClean();
  await page.close();
});

test('a learning rate of 123 diverges: a plain message, paused, and no NaN anywhere', async () => {
  const query =
    'dataset=circle&samples=200&activation=relu&hidden-layers=8&batch-size=10&speed=fast';
  const { page, watcher, widget } = await openTrainer(query);
  const rate = widget.getByRole('textbox', { name: 'learning rate' });
  await rate.fill('123');
  await page.keyboard.press('Enter');
  await widget.getByRole('button', { name: 'Play' }).click();
  const status = widget.locator('.status');
  await status.filter({ hasText: 'is too large for this loss' }).waitFor();
  // How it came about, from the last minibatch losses, and a rate to try (issue 14): the rate as
  // its field writes it and a tenth of it, every digit (not 120 and 12, two digits).
  assert.equal(await rate.inputValue(), '123');
  assert.match(
    await status.textContent(),
    /^The learning rate 123 is too large for this loss: (over the last \d+ steps? the loss grew 10\S+ times \(from .+ to .+\), then overflowed|the last step .+)\. The weights are back to the last finite ones; try 12\.3 and press Play\.$/,
  );
  await widget
    .locator('.health .advice')
    .filter({ hasText: 'Why: Lesson 8, Gradient descent.' })
    .waitFor();
  await widget.getByRole('button', { name: 'Play' }).waitFor();
  assert.equal(
    await widget.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed'),
    'false',
  );
  await weightsShown(widget);
  const shown = await widget.evaluate((element) => {
    const texts = [element.shadowRoot.textContent];
    for (const node of element.shadowRoot.querySelectorAll('*')) {
      for (const attribute of node.attributes) texts.push(attribute.value);
    }
    return texts.join(' ');
  });
  assert.doesNotMatch(shown, /NaN|Infinity/);
  // Lower the rate and press Play: the message goes and training goes on from finite weights.
  await rate.fill('0.1');
  await widget.getByRole('button', { name: 'Play' }).click();
  await status.filter({ hasText: /^$/ }).waitFor({ state: 'hidden' });
  watcher.assertClean();
  await page.close();
});

test('a training step the core fails: stopped with its message; Reset and Play go on', async () => {
  const { page, watcher, widget } = await openTrainer('speed=slow');
  // The next step() of any trainer of this page throws, once, as a failing core would.
  await widget.evaluate((element) => {
    const { core } = element;
    const data = core.makeDataset('xor', { samples: 4, noise: 0, testFraction: 0, seed: 1 });
    const net = core.createNetwork({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
    const probe = core.createTrainer(net, data, {});
    const proto = Object.getPrototypeOf(probe);
    const step = proto.step;
    proto.step = function failOnce() {
      proto.step = step;
      throw new Error('step: simulated failure in the core');
    };
    probe.dispose();
    net.dispose();
  });
  await widget.getByRole('button', { name: 'Play' }).click();
  const status = widget.getByRole('status').filter({ hasText: 'Training stopped' });
  await status.waitFor();
  assert.match(await status.textContent(), /step: simulated failure in the core\. Press Reset/);
  await widget.getByRole('button', { name: 'Play' }).waitFor();
  const stopped = await readout(widget);
  await quietFor(page, 300); // playing, the readout would change within 250 ms
  assert.equal(await readout(widget), stopped, 'no training after the failure');

  await widget.getByRole('button', { name: 'Reset' }).click();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 · loss/ })
    .waitFor();
  await widget.getByRole('button', { name: 'Play' }).click();
  await untilEpoch(widget, 2);
  assert.equal(await widget.getByRole('status').filter({ hasText: 'Training stopped' }).count(), 0);
  watcher.assertClean();
  await page.close();
});

test('a setup the core refuses is named; Reset goes back to the last one it accepted', async () => {
  const { page, watcher, widget } = await openTrainer('');
  // Every attribute is checked against the core's own ranges before the core sees it, so no
  // value a reader can give is refused; a refusal is simulated: from now on the core refuses
  // to train on 50 samples or more, with a message in its form.
  await widget.evaluate((element) => {
    const proto = Object.getPrototypeOf(element.core);
    const createTrainer = proto.createTrainer;
    proto.createTrainer = function refuseFrom50(net, data, options) {
      if (data.X.rows >= 50) throw new Error('createTrainer: 50 samples; accepted: up to 49');
      return createTrainer.call(this, net, data, options);
    };
  });
  await widget.getByRole('button', { name: 'Step' }).click();
  await untilEpoch(widget, 1);
  // The refused setup and Reset in one frame: Reset starts the last accepted setup again.
  await widget.evaluate((element) => {
    element.setAttribute('samples', '50');
    [...element.shadowRoot.querySelectorAll('button')]
      .find((b) => b.textContent === 'Reset weights')
      .click();
  });
  const refused = 'createTrainer: 50 samples; accepted: up to 49';
  await widget.getByRole('alert').filter({ hasText: refused }).waitFor();
  await widget
    .locator('.readout')
    .filter({ hasText: /^Epoch 0 · loss/ })
    .waitFor();
  await widget
    .locator('.count')
    .filter({ hasText: /^4 training points$/ })
    .waitFor();

  // A trainer whose very first setup is refused: its buttons and plot do nothing harmful.
  await page.evaluate(() => {
    const late = document.createElement('nn-trainer');
    late.setAttribute('samples', '50');
    document.body.prepend(late);
  });
  const late = page.locator('nn-trainer').first();
  await late.getByRole('alert').filter({ hasText: refused }).waitFor();
  for (const name of ['Reset', 'Step', 'Play']) await late.getByRole('button', { name }).click();
  await late.getByRole('application').click();
  await afterFrames(page, 2);
  await late.getByRole('alert').filter({ hasText: refused }).waitFor();
  watcher.assertClean();
  await page.close();
});

test('points added by a click and by the keyboard join the training set', async () => {
  const { page, watcher, widget } = await openTrainer('');
  const count = widget.locator('.count');
  await count.filter({ hasText: /^4 training points$/ }).waitFor();
  const plot = widget.getByRole('application');
  const box = await plot.boundingBox();
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.5);
  await count.filter({ hasText: /^5 training points$/ }).waitFor();
  const points = (await widget.getAttribute('points')).split(', ').map(Number);
  assert.equal(points.length, 3);
  assert.ok(Math.abs(points[0]) < 0.05 && Math.abs(points[1] - 0.5) < 0.05, String(points));
  assert.equal(points[2], 1);

  await widget.getByText('class 0').click();
  await plot.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await count.filter({ hasText: /^6 training points$/ }).waitFor();
  const more = (await widget.getAttribute('points')).split(', ').map(Number);
  assert.deepEqual(more.slice(0, 3), points);
  assert.equal(more.length, 6);
  assert.equal(more[5], 0);
  assert.match(await widget.evaluate((element) => element.embedCode()), /points="[^"]+, 0"/);
  // The data set still trains, with the extra points in it.
  await widget.getByRole('button', { name: 'Step' }).click();
  await untilEpoch(widget, 1);
  watcher.assertClean();
  await page.close();
});

test('training stops while the widget is off screen and goes on when it is back', async () => {
  const { page, watcher, widget } = await openTrainer('speed=slow');
  await widget.getByRole('button', { name: 'Play' }).click();
  await untilEpoch(widget, 2);
  await page.evaluate(() => {
    const spacer = Object.assign(document.createElement('div'), { id: 'spacer' });
    spacer.style.height = '5000px';
    document.querySelector('nn-trainer').before(spacer);
    window.scrollTo(0, 0);
  });
  // The next frame finds it off screen; the drawing it had asked for is the last.
  await afterFrames(page, 4);
  const away = await readout(widget);
  await quietFor(page, 1000);
  assert.equal(await readout(widget), away, 'no epochs while off screen');
  // The first readout once back, caught in the page whatever the pace of this test: 10 epochs
  // a second, so had it trained while away, a whole second's worth would show at once.
  await widget.evaluate((element, before) => {
    const shown = element.shadowRoot.querySelector('.readout');
    window.firstBack = new Promise((done) =>
      new MutationObserver((_, observer) => {
        if (shown.textContent === before) return;
        observer.disconnect();
        done(shown.textContent);
      }).observe(shown, { childList: true, characterData: true, subtree: true }),
    );
  }, away);
  await widget.scrollIntoViewIfNeeded();
  const back = await page.evaluate(() => window.firstBack);
  assert.ok(epochOf(back) > epochOf(away) && epochOf(back) <= epochOf(away) + 5, back);
  watcher.assertClean();
  await page.close();
});

test('bad attributes are named and the last good setup stays', async () => {
  const { watcher, widget, page } = await openTrainer('');
  await widget.evaluate((element) => element.setAttribute('loss', 'softmax_ce'));
  const alert = widget.getByRole('alert');
  await alert
    .filter({ hasText: 'loss="softmax_ce": expected mse or bce for a data set of 2 classes' })
    .waitFor();
  await widget.evaluate((element) => element.setAttribute('hidden-layers', '4,0'));
  await alert.filter({ hasText: 'hidden-layers="4,0"' }).waitFor();
  await widget.evaluate((element) => element.setAttribute('points', '0.5, 0.5'));
  await alert.filter({ hasText: 'expected three numbers per point' }).waitFor();
  await afterFrames(page); // the alerts come at once, the drawing after: the setup stays
  assert.match(await widget.locator('.count').textContent(), /^4 training points/);
  assert.match(await readout(widget), /^Epoch 0 · loss/);
  watcher.assertClean();
  await page.close();
});

test('screenshots: a trained spiral on a desktop and a 375 px phone', async () => {
  const query =
    'dataset=spiral&samples=300&noise=0.05&test-fraction=0.2&hidden-layers=8,8&optimizer=adam&learning-rate=0.02&batch-size=10&speed=fast';
  const { page, watcher, widget } = await openTrainer(query);
  await widget.getByRole('button', { name: 'Play' }).click();
  await untilEpoch(widget, 400);
  await widget.getByRole('button', { name: 'Pause' }).click();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  await screenshot(page, 'nn-trainer');
  watcher.assertClean();
  await page.close();
});

test("Play and Pause change the neuron maps' resolution, not their pictures' size", async () => {
  const { page, watcher, widget } = await openTrainer('hidden-layers=8,3&activation=relu');
  const pictures = widget.locator('.tiles .map-button canvas');
  const measure = () =>
    pictures.evaluateAll((canvases) =>
      canvases.map((c) => ({ pixels: c.width, height: c.getBoundingClientRect().height })),
    );
  const still = await measure();
  await widget.getByRole('button', { name: 'Play' }).click();
  await untilEpoch(widget, 3);
  const playing = await measure();
  await widget.getByRole('button', { name: 'Pause' }).click();
  await widget.getByRole('button', { name: 'Play' }).waitFor();
  await afterFrames(page, 5);
  const paused = await measure();
  assert.equal(still.length, 2, 'a picture for each hidden layer');
  still.forEach((s, i) => {
    assert.notEqual(playing[i].pixels, s.pixels, 'playing, the maps are drawn coarser');
    // The page below does not move: each picture as tall playing as still (on the old code the
    // 8 tiles' picture was 1.7 px shorter while playing at 1280 px).
    assert.ok(Math.abs(playing[i].height - s.height) < 0.01, `${s.height} vs ${playing[i].height}`);
    assert.ok(Math.abs(paused[i].height - s.height) < 0.01, `${s.height} vs ${paused[i].height}`);
  });
  watcher.assertClean();
  await page.close();
});
