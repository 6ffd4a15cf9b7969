// The loss chart's x axis counts whole epochs or steps (web/src/render/line-chart.js): after two
// steps it is labelled 0, 1, 2, never 0.5 or 1.5. Drawn into a context that records fillText.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawLineChart } from '../../web/src/render/line-chart.js';

/** A 2-D context stand-in: every method a no-op, measureText a fixed width; keeps fillText's texts. */
function recordingContext() {
  const texts = [];
  const ctx = new Proxy(
    {},
    {
      get(target, name) {
        if (name in target) return target[name];
        if (name === 'fillText') return (text) => texts.push(String(text));
        if (name === 'measureText') return (text) => ({ width: 7 * String(text).length });
        return () => {};
      },
      set(target, name, value) {
        target[name] = value;
        return true;
      },
    },
  );
  return { ctx, texts };
}

const colors = { fg: '#000', muted: '#666', border: '#ccc' };

// Losses far from the x range with whole-number ticks, so any decimal label is an x label.
for (const [values, expected] of [
  [
    [10, 12, 14],
    ['0', '1', '2'],
  ],
  [
    [10, 14],
    ['0', '1'],
  ],
]) {
  test(`after ${values.length - 1} steps the x axis names only whole steps`, () => {
    const { ctx, texts } = recordingContext();
    drawLineChart(ctx, {
      width: 400,
      height: 200,
      series: [{ values: Float64Array.from(values), color: '#00f' }],
      colors,
      font: '12px sans-serif',
      xTitle: 'step',
    });
    for (const label of expected)
      assert.ok(texts.includes(label), `no x label ${label} in ${texts}`);
    assert.deepEqual(
      texts.filter((t) => t.includes('.')),
      [],
      `labels: ${texts}`,
    );
  });
}
