// Lessons 5 to 9: each exercise solved as a reader would, and each tried by a side door that
// must not count, refused with the reason shown: a third hidden neuron for XOR by hand, a layer
// of another size, the other loss, a start already at the bottom, a map over other weights.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exercise, goalLine, onExercise, openLesson, typeInto } from './exercise-page.mjs';
import { afterFrames, siteForTests } from './widget-page.mjs';

const site = siteForTests();
const NOT_SOLVED = /^Goal/;

/** Opens the lesson at `hash`, expects the note to name each refused `name.attribute`. */
async function refusedByLink(slug, name, hash, refused) {
  const { page, watcher } = await openLesson(site, slug, hash);
  const widget = await exercise(page, name);
  const note = await page.locator('.state-note').textContent();
  for (const attribute of refused) assert.match(note, new RegExp(`“${name}\\.${attribute}”`));
  assert.match(await widget.locator('.goal').textContent(), NOT_SOLVED);
  return { page, watcher, widget };
}

/** Sets attributes as a script would; the goal line must name the change. */
async function forced(widget, attributes, words) {
  await widget.evaluate((element, pairs) => {
    for (const [name, value] of pairs) element.setAttribute(name, value);
  }, Object.entries(attributes));
  const text = await goalLine(widget, words);
  assert.match(text, NOT_SOLVED);
}

describe('lesson 5: XOR by hand in the 2-2-1 network', () => {
  const slug = '05-two-layers-solve-xor';
  // A third hidden neuron that does nothing: OR and AND in h₁ and h₂, as in the hint.
  const WIDE = '20,20,0,20,20,0,-10,-30,0,20,-20,0,-10';

  test('OR, AND and "OR and not AND" typed by keyboard solve it', async () => {
    await onExercise(site, slug, 'xor-by-hand', async ({ page, widget }) => {
      await widget.locator('[aria-label^="weight from x1 to h1"]').first().focus();
      // Each weight, then each bias, in the order the arrow keys reach them from w(x₁→h₁).
      const keys = ['', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowUp'];
      keys.push('ArrowRight', 'ArrowDown', 'ArrowRight');
      const values = [20, 20, 20, 20, -30, -10, 20, -20, -10];
      for (const [i, key] of keys.entries()) {
        if (key) await page.keyboard.press(key);
        for (const press of ['Enter', 'ControlOrMeta+A']) await page.keyboard.press(press);
        await page.keyboard.type(String(values[i]));
        await page.keyboard.press('Escape');
      }
      await goalLine(widget, '✓ Solved: the network computes XOR.');
    });
  });

  test('side door: a link to a 2-3-1 network is refused; a script’s is named', async () => {
    const hash = `#xor-by-hand.shape=2,3,1&xor-by-hand.weights=${WIDE}`;
    const { page, watcher, widget } = await refusedByLink(slug, 'xor-by-hand', hash, ['shape']);
    assert.equal(await widget.getAttribute('shape'), null);
    await forced(widget, { shape: '2,3,1' }, 'The goal is met, but the shape is 2,3,1, not 2,2,1.');
    watcher.assertClean();
    await page.close();
  });
});

describe('lesson 6: W and b from a target Z', () => {
  const slug = '06-batches-are-matrices';
  test('W = (2 1; −1 3) and b = (1, −1) give the target: solved', async () => {
    await onExercise(site, slug, 'w-from-z', async ({ page, widget }) => {
      // X's rows are (0, 0), (0, 1), (1, 0), (1, 1): Z's first row is b, its third minus b is
      // W's row from x₁, its second minus b W's row from x₂ (Z is 4 × 2, row by row).
      const z = (await widget.getAttribute('target')).split(',').map(Number);
      const b = z.slice(0, 2);
      const W = [z.slice(4, 6), z.slice(2, 4)].map((row) => row.map((v, j) => v - b[j]));
      const cells = W.flatMap((row, r) =>
        row.map((v, c) => [`W row ${r + 1}, column ${c + 1}`, v]),
      );
      cells.push(...b.map((v, c) => [`b, column ${c + 1}`, v]));
      assert.deepEqual(
        cells.map(([, v]) => v),
        [2, 1, -1, 3, 1, -1],
      );
      for (const [name, value] of cells) {
        await typeInto(page, widget.getByRole('textbox', { name, exact: true }), value);
      }
      await goalLine(widget, '✓ Solved: XW + b equals the target Z.');
    });
  });

  test('side door: a layer of one unit is refused by link and named when forced', async () => {
    const { page, watcher, widget } = await refusedByLink(slug, 'w-from-z', '#w-from-z.units=1', [
      'units',
    ]);
    await forced(widget, { units: '1' }, 'Not counted: the number of units is 1, not 2.');
    watcher.assertClean();
    await page.close();
  });
});

describe('lesson 7: finish the network (mean squared error below 0.05)', () => {
  const slug = '07-measuring-wrong-the-loss';

  test('the output weights moved on the map by keyboard: solved', async () => {
    await onExercise(site, slug, 'loss-below', async ({ page, widget }) => {
      await widget.getByRole('slider', { name: /^Loss surface/ }).focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
      for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
      await goalLine(widget, '✓ Solved: the loss is less than 0.05.');
    });
  });

  test('side door: cross-entropy is locked; another map is refused by link', async () => {
    const hash = '#loss-below.surface=0:0,0:1&loss-below.loss=bce';
    const { page, watcher, widget } = await refusedByLink(slug, 'loss-below', hash, [
      'surface',
      'loss',
    ]);
    assert.equal(await widget.getByRole('radio', { name: /cross-entropy/i }).isDisabled(), true);
    assert.match(await widget.locator('.fixed-note').textContent(), /keeps the loss as given/);
    await forced(widget, { loss: 'bce' }, 'the loss is bce, not mse.');
    watcher.assertClean();
    await page.close();
  });
});

describe('lesson 8: settle fast', () => {
  const slug = '08-gradient-descent';

  test('a rate of 0.43 settles in fewer than 10 steps: solved', async () => {
    await onExercise(site, slug, 'settle-fast', async ({ page, widget }) => {
      await typeInto(page, widget.getByRole('textbox', { name: 'learning rate' }), '0.43');
      await widget.getByRole('button', { name: 'Play' }).click();
      await goalLine(widget, '✓ Solved: the loss settled in fewer than 10 steps.');
    });
  });

  test('side door: a start at the bottom settles at once, and is not counted', async () => {
    const { page, watcher, widget } = await refusedByLink(
      slug,
      'settle-fast',
      '#settle-fast.start=0',
      ['start'],
    );
    await forced(widget, { start: '0' }, 'the start is 0, not -1.');
    await widget.getByRole('button', { name: 'Play' }).click();
    await afterFrames(page, 20);
    assert.match(await widget.locator('.goal').textContent(), /^Goal.*the start is 0, not -1\./);
    watcher.assertClean();
    await page.close();
  });
});

describe('lesson 9: fix the hidden bias', () => {
  const slug = '09-backpropagation-step-by-step';

  test('h₂’s bias moved to −7 on the map by keyboard: solved', async () => {
    await onExercise(site, slug, 'fix-hidden-bias', async ({ page, widget }) => {
      await widget.getByRole('slider', { name: /^Loss surface/ }).focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
      await goalLine(widget, '✓ Solved: the loss is less than 0.05.');
    });
  });

  test('side door: a map over the output weights is refused by link and named', async () => {
    const hash = '#fix-hidden-bias.surface=1:0,1:1';
    const { page, watcher, widget } = await refusedByLink(slug, 'fix-hidden-bias', hash, [
      'surface',
    ]);
    await forced(widget, { surface: '1:0,1:1' }, 'the surface is 1:0,1:1, not 0:4,0:5.');
    watcher.assertClean();
    await page.close();
  });
});
