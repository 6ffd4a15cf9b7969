// Lessons 1 to 4: each exercise solved as a reader would, and each tried by a side door that
// must not count: an input changed where the text forbids it, a tanh swapped for linear, a
// convergence too slow, another data set picked. Each side door is refused with the reason shown.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goalLine, onExercise, tryTyping, typeInto } from './exercise-page.mjs';
import { afterFrames, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const NOT_SOLVED = /^Goal/;

describe('lesson 1: make the neuron say no', () => {
  const slug = '01-one-neuron';

  test('a bias of −1.2 solves it', async () => {
    await onExercise(site, slug, 'say-no', async ({ page, widget: neuron }) => {
      await typeInto(page, neuron.getByRole('textbox', { name: 'bias b' }), '-1.2');
      await goalLine(neuron, '✓ Solved: the output is less than 0.5.');
    });
  });

  test('side door: x₂ = −2 is refused, the inputs are locked and say why', async () => {
    await onExercise(site, slug, 'say-no', async ({ page, widget: neuron }) => {
      const x2 = neuron.getByRole('textbox', { name: /input x2/ });
      await tryTyping(page, x2, '-2');
      await afterFrames(page, 2);
      assert.match(await neuron.locator('.goal').textContent(), NOT_SOLVED);
      assert.equal(await x2.isEditable(), false);
      assert.equal(await neuron.getByRole('slider', { name: /input x2/ }).isDisabled(), true);
      const note = neuron.locator('.fixed-note');
      assert.equal(await note.textContent(), 'This exercise keeps the inputs as given.');
      assert.match(await x2.getAttribute('aria-describedby'), /(^| )fixed-note$/);
      // Weights and bias stay the reader's to change.
      assert.equal(await neuron.getByRole('textbox', { name: 'bias b' }).isEditable(), true);
    });
  });

  test('side door: a link cannot change the inputs; a script that does is named', async () => {
    await onExercise(
      site,
      slug,
      'say-no',
      async ({ page, widget: neuron }) => {
        assert.equal(await neuron.getAttribute('inputs'), '0.8, 0.6, 0.9');
        assert.match(await page.locator('.state-note').textContent(), /“say-no\.inputs”/);
        await neuron.evaluate((element) => element.setAttribute('inputs', '0.8, -2, 0.9'));
        const text = await goalLine(neuron, 'the inputs are');
        assert.match(
          text,
          /^Goal: make the output less than 0\.5\. The goal is met, but the inputs are 0\.8, -2, 0\.9, not 0\.8, 0\.6, 0\.9\./,
        );
      },
      '#say-no.inputs=0.8,-2,0.9',
    );
  });
});

describe('lesson 2: a tanh above 0.9', () => {
  const slug = '02-activation-functions';

  test('weights 1 and 1 solve it: tanh(1.5) = 0.9051', async () => {
    await onExercise(site, slug, 'tanh-above-0-9', async ({ page, widget: neuron }) => {
      await typeInto(page, neuron.getByRole('textbox', { name: 'weight w1' }), '1');
      await typeInto(page, neuron.getByRole('textbox', { name: 'weight w2' }), '1');
      await neuron.locator('.output-value').filter({ hasText: '0.9051' }).waitFor();
      await goalLine(neuron, '✓ Solved: the output is greater than 0.9.');
    });
  });

  test('side door: linear instead of tanh is locked, and named when forced', async () => {
    await onExercise(site, slug, 'tanh-above-0-9', async ({ page, widget: neuron }) => {
      const menu = neuron.getByRole('combobox', { name: 'activation' });
      if (await menu.isEnabled()) await menu.selectOption('linear');
      await afterFrames(page, 2);
      assert.match(await neuron.locator('.goal').textContent(), NOT_SOLVED);
      assert.equal(await menu.isDisabled(), true);
      assert.equal(
        await neuron.locator('.fixed-note').textContent(),
        'This exercise keeps the inputs and activation as given.',
      );
      await neuron.evaluate((element) => element.setAttribute('activation', 'linear'));
      const text = await goalLine(neuron, 'the activation is linear, not tanh');
      assert.match(text, /^Goal: .* The goal is met, but the activation is linear, not tanh\./);
    });
  });
});

describe('lesson 3: converge on OR in fewer than 10 epochs', () => {
  const slug = '03-the-perceptron-learns';

  test('a rate of 0.6 converges after 5 epochs: solved', async () => {
    await onExercise(site, slug, 'or-fast', async ({ page, widget }) => {
      await goalLine(widget, 'Goal: train the perceptron until it converges within 9 epochs');
      await typeInto(page, widget.getByRole('textbox', { name: 'learning rate' }), '0.6');
      const epoch = widget.getByRole('button', { name: 'Step: one epoch' });
      for (let e = 1; e <= 5; e++) await epoch.click();
      await goalLine(widget, '✓ Solved: converged after 5 epochs.');
    });
  });

  test('side door: a rate of 0.1 converges after 23 epochs, which is not counted', async () => {
    await onExercise(site, slug, 'or-fast', async ({ page, widget }) => {
      await typeInto(page, widget.getByRole('textbox', { name: 'learning rate' }), '0.1');
      const epoch = widget.getByRole('button', { name: 'Step: one epoch' });
      for (let e = 1; e <= 23; e++) await epoch.click();
      await widget
        .locator('.status')
        .filter({ hasText: /^Converged after 23 epochs/ })
        .waitFor();
      const text = await widget.locator('.goal').textContent();
      assert.match(text, NOT_SOLVED);
      assert.match(
        text,
        /Converged, but after 23 epochs \(the limit is 9\): press Reset and try a larger learning rate\./,
      );
      assert.equal(await widget.getByRole('radio', { name: 'AND' }).isDisabled(), true);
    });
  });
});

describe('lesson 4: place a line by hand (AND)', () => {
  const slug = '04-the-xor-wall';

  test('both handles moved by keyboard separate AND: solved', async () => {
    await onExercise(site, slug, 'separate-and', async ({ page, widget: and }) => {
      for (const name of ['Line handle 1', 'Line handle 2']) {
        await and.getByRole('slider', { name }).focus();
        for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowUp'])
          await page.keyboard.press(`Shift+${key}`);
      }
      await goalLine(and, '✓ Solved: every point is on its own side.');
    });
  });

  test('side door: picking OR, which the starting line separates, is locked', async () => {
    await onExercise(site, slug, 'separate-and', async ({ page, widget: and }) => {
      const or = and.getByRole('radio', { name: 'OR', exact: true });
      if (await or.isEnabled()) await and.getByText('OR', { exact: true }).click();
      await afterFrames(page, 2);
      assert.match(await and.locator('.goal').textContent(), NOT_SOLVED);
      assert.equal(await or.isDisabled(), true);
      assert.equal(
        await and.locator('.fixed-note').textContent(),
        'This exercise keeps the data set as given.',
      );
      await and.evaluate((element) => element.setAttribute('dataset', 'or'));
      await goalLine(and, 'The goal is met, but the data set is or, not and.');
    });
  });
});
