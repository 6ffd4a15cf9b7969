// <nn-network> in Chromium, used as a reader would: the lesson-5 exercise solved by keyboard
// alone (Tab to the diagram, arrows, Enter, type, Escape) with a hidden OR and a hidden AND,
// a wrong check that gives the hint, weights edited by clicking and sliding, another shape,
// bad attributes. Every number is checked against the core's forward pass, run in node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core, coreNetwork } from './core-network.mjs';
import { screenshot } from './harness.mjs';
import {
  afterFrames,
  axeProblems,
  fixed,
  openWidget,
  recordSolved,
  siteForTests,
} from './widget-page.mjs';

const DEFAULT = [3, -2, 3, 2, -1, 0, 2, 2, -2];
// Hidden 1 = OR (w 20, 20, b −10), hidden 2 = AND (w 20, 20, b −30), output = h1 − h2.
const XOR = [20, 20, 20, 20, -10, -30, 20, -20, -10];

const site = siteForTests({ axe: true });

/**
 * The table the widget should show, from the core: per XOR point the hidden outputs, the
 * output, and whether it is right (above 0.5 for class 1, below for class 0).
 */
function expectedTable(weights, { shape = [2, 2, 1], hidden = 'sigmoid', dataset = 'xor' } = {}) {
  const { net, data: d } = coreNetwork(core, { shape, hidden, weights, dataset });
  try {
    const { layers: out, output } = net.forward(d.X);
    return [0, 1, 2, 3].map((i) => {
      const h = Array.from({ length: shape[1] }, (_, u) => fixed(out[0].a.data[i * shape[1] + u]));
      const y = output.data[i];
      const right = d.labels[i] === 1 ? y > 0.5 : y < 0.5;
      return [
        String(d.X.data[2 * i]),
        String(d.X.data[2 * i + 1]),
        ...h,
        fixed(y),
        String(d.labels[i]),
        right ? '✓ right' : '✗ wrong',
      ];
    });
  } finally {
    net.dispose();
  }
}

async function readTable(widget) {
  const rows = widget.locator('table.readout tbody tr');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    out.push(await rows.nth(i).locator('td').allTextContents());
  }
  return out;
}

/**
 * Waits until the table shows exactly `expected` (looked at in every frame, in the page), then
 * returns what it shows; if it never does, what it showed last, for the assertion to name.
 */
async function waitForTable(page, widget, expected) {
  await page
    .waitForFunction(
      (want) => {
        const rows = document
          .querySelector('nn-network')
          .shadowRoot.querySelectorAll('table.readout tbody tr');
        const shown = [...rows].map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => td.textContent),
        );
        return JSON.stringify(shown) === want;
      },
      JSON.stringify(expected),
      { polling: 'raf' },
    )
    .catch(() => {});
  return readTable(widget);
}

async function openNetwork(query) {
  const { page, watcher, widget } = await openWidget(site, 'nn-network', query, (widget) =>
    widget.locator('table.readout tbody tr').first().waitFor(),
  );
  await recordSolved(widget);
  return { page, watcher, widget };
}

/** The aria-label of whatever has the focus inside the widget. */
function focusedLabel(page) {
  return page.evaluate(
    () =>
      document.querySelector('nn-network').shadowRoot.activeElement?.getAttribute('aria-label') ??
      '',
  );
}

/** Clicks the middle of an element's box with the mouse. */
async function clickMiddle(page, locator) {
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The colour of the output map at a point of the input plane: [r, g, b]. */
function mapColour(widget, [x1, x2]) {
  return widget.locator('canvas.output-map').evaluate(
    (canvas, [a, b]) => {
      const [lo, hi] = [-0.5, 1.5];
      const px = Math.round(((a - lo) / (hi - lo)) * canvas.width);
      const py = Math.round(((hi - b) / (hi - lo)) * canvas.height);
      return Array.from(canvas.getContext('2d').getImageData(px, py, 1, 1).data.slice(0, 3));
    },
    [x1, x2],
  );
}

test('lesson 5 by keyboard: a hidden OR and a hidden AND make XOR, and the widget says solved', async () => {
  const { page, watcher, widget } = await openNetwork('goal=xor');
  await widget.locator('.goal').filter({ hasText: 'Goal: make the network compute XOR' }).waitFor();
  assert.deepEqual(
    await waitForTable(page, widget, expectedTable(DEFAULT)),
    expectedTable(DEFAULT),
  );

  // A check before it is right gives the hint, with the count the core gives.
  const rightNow = expectedTable(DEFAULT).filter((row) => row.at(-1) === '✓ right').length;
  await widget.getByRole('button', { name: 'Check my network' }).click();
  await widget
    .locator('.hint')
    .filter({ hasText: `Not yet: ${rightNow} of 4 points right.` })
    .filter({ hasText: 'try making one hidden neuron an OR and the other an AND' })
    .waitFor();

  // Tab from the top of the page (the frame's skip link) into the diagram.
  await page.getByRole('link', { name: 'Skip to the widget' }).focus();
  for (let i = 0; i < 8 && !(await focusedLabel(page)).startsWith('weight'); i++) {
    await page.keyboard.press('Tab');
  }
  const steps = [
    [[], 'weight from x1 to h1', 20],
    [['ArrowDown'], 'weight from x1 to h2', 20],
    [['ArrowDown'], 'weight from x2 to h1', 20],
    [['ArrowDown'], 'weight from x2 to h2', 20],
    [['ArrowRight'], 'bias of h2', -30],
    [['ArrowUp'], 'bias of h1', -10],
    [['ArrowRight'], 'weight from h1 to y-hat', 20],
    [['ArrowDown'], 'weight from h2 to y-hat', -20],
    [['ArrowRight'], 'bias of y-hat', -10],
  ];
  for (const [keys, name, value] of steps) {
    for (const key of keys) await page.keyboard.press(key);
    assert.ok((await focusedLabel(page)).startsWith(`${name}:`), await focusedLabel(page));
    await page.keyboard.press('Enter');
    // Enter put the cursor in the number field labelled with the parameter's name.
    const field = widget.getByRole('textbox', { name });
    assert.ok(await field.evaluate((node) => node.getRootNode().activeElement === node));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(value));
    await page.keyboard.press('Escape');
    // The focus is back on the diagram item, which now speaks the new value.
    const said = `${name}: ${String(value).replace('-', '−')}`;
    await page.waitForFunction(
      (text) =>
        document
          .querySelector('nn-network')
          .shadowRoot.activeElement?.getAttribute('aria-label') === text,
      said,
    );
  }
  assert.equal(await widget.getAttribute('weights'), XOR.join(', '));
  const table = await waitForTable(page, widget, expectedTable(XOR));
  assert.deepEqual(table, expectedTable(XOR));
  assert.ok(table.every((row) => row.at(-1) === '✓ right'));
  await widget
    .locator('.goal.solved')
    .filter({ hasText: '✓ Solved: the network computes XOR.' })
    .waitFor();
  const solved = await page.evaluate(() => window.solved);
  assert.equal(solved.length, 1);
  // It fired when the network first got all four right (this can be before the last edit).
  assert.ok(expectedTable(solved[0].weights).every((row) => row.at(-1) === '✓ right'));
  assert.equal(await widget.locator('.hint').textContent(), '');

  // The output map is blue (class 1) where XOR is 1 and orange (class 0) where it is 0.
  const [one, zero] = [await mapColour(widget, [-0.4, 1]), await mapColour(widget, [-0.4, -0.4])];
  assert.ok(one[2] > one[0], `class-1 corner ${one}`);
  assert.ok(zero[0] > zero[2], `class-0 corner ${zero}`);
  watcher.assertClean();
  await page.close();
});

test('by mouse: click a connection and type, click a neuron and slide its bias', async () => {
  const { page, watcher, widget } = await openNetwork('');
  // A horizontal wire has a bounding box 0 px high, so click it where a person would.
  await clickMiddle(page, widget.locator('.edge[data-layer="0"][data-from="1"][data-to="1"]'));
  const weight = widget.getByRole('textbox', { name: 'weight from x2 to h2' });
  await weight.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('-4');
  await page.keyboard.press('Enter');
  const edited = DEFAULT.with(3, -4);
  assert.deepEqual(await waitForTable(page, widget, expectedTable(edited)), expectedTable(edited));
  const edge = widget.locator('.edge[data-layer="0"][data-from="1"][data-to="1"]');
  assert.match(await edge.getAttribute('class'), /\bneg\b/);
  await widget.getByRole('button', { name: 'weight from x2 to h2: −4' }).waitFor();

  await widget.locator('.node[data-column="1"][data-unit="0"]').click();
  const slider = widget.getByRole('slider', { name: 'bias of h1 slider' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const slid = edited.with(4, 0);
  assert.deepEqual(await waitForTable(page, widget, expectedTable(slid)), expectedTable(slid));
  assert.equal(await widget.getAttribute('weights'), slid.join(', '));
  assert.match(
    await widget.evaluate((element) => element.embedCode()),
    /weights="3, -2, 3, -4, 0, 0/,
  );
  watcher.assertClean();
  await page.close();
});

test('two weights typed before the widget draws again both count', async () => {
  const { page, watcher, widget } = await openNetwork('');
  // A quick keyboard reader (Enter, type, Escape, arrow, Enter, type) on a busy machine can
  // edit a second weight before the frame that draws the first: both edits must stay.
  await widget.evaluate((element) => {
    const root = element.shadowRoot;
    const type = (edge, text) => {
      root.querySelector(edge).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const field = root.querySelector('#parameter');
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true })); // committed, as Escape does
    };
    type('.edge[data-layer="0"][data-from="0"][data-to="0"]', '5');
    type('.edge[data-layer="0"][data-from="1"][data-to="1"]', '-4');
  });
  const edited = DEFAULT.with(0, 5).with(3, -4);
  assert.equal(await widget.getAttribute('weights'), edited.join(', '));
  assert.deepEqual(await waitForTable(page, widget, expectedTable(edited)), expectedTable(edited));
  watcher.assertClean();
  await page.close();
});

test('another shape: 2,3,1 with tanh hidden neurons, seeded weights, three maps', async () => {
  const { page, watcher, widget } = await openNetwork('shape=2,3,1&hidden-activation=tanh');
  const net = core.createNetwork({
    inputs: 2,
    layers: [
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    seed: 1,
  });
  const seeded = net.getParameters().flatMap(({ W, b }) => [...W.data, ...b]);
  net.dispose();
  const weights = seeded.map((w) => Math.round(w * 100) / 100);
  const expected = expectedTable(weights, { shape: [2, 3, 1], hidden: 'tanh' });
  assert.deepEqual(await waitForTable(page, widget, expected), expected);
  assert.equal(await widget.locator('.hidden-maps canvas').count(), 3);
  assert.deepEqual(await widget.locator('.hidden-maps figcaption').allTextContents(), [
    'h₁',
    'h₂',
    'h₃',
  ]);
  watcher.assertClean();
  await page.close();
});

test('bad attributes are named in an alert; the last good weights stay', async () => {
  const { page, watcher, widget } = await openNetwork('weights=1,2&dataset=xr');
  const alert = widget.getByRole('alert');
  await alert.filter({ hasText: 'weights="1,2": expected 9 numbers' }).waitFor();
  await alert.filter({ hasText: 'dataset="xr": expected one of and, or, xor' }).waitFor();
  assert.deepEqual(
    await waitForTable(page, widget, expectedTable(DEFAULT)),
    expectedTable(DEFAULT),
  );
  await widget.evaluate((element) => element.setAttribute('shape', '3,2,1'));
  await alert
    .filter({ hasText: 'shape="3,2,1": expected 2 inputs first and 1 output last' })
    .waitFor();
  await afterFrames(page); // the drawing, which finds the shape wrong: the table stays
  assert.deepEqual(await readTable(widget), expectedTable(DEFAULT));
  watcher.assertClean();
  await page.close();
});

test('axe and screenshots: the solved XOR network, desktop and a 375 px phone', async () => {
  const { page, watcher, widget } = await openNetwork(`goal=xor&weights=${XOR.join(',')}`);
  await widget.locator('.goal.solved').waitFor();
  await clickMiddle(page, widget.locator('.edge').first());
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widest <= 375, `the page is ${widest} px wide at 375 px`);
  assert.deepEqual(await axeProblems(page, site), [], 'axe');
  await screenshot(page, 'nn-network');
  watcher.assertClean();
  await page.close();
});
