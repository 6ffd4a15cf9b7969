// Draws loss (or accuracy) curves: one or more series over epochs, axes with a few ticks and
// an optional log scale for the values, with each series named at its last point. Pure
// drawing from the numbers given; nothing is computed about the network.

import { drawAxes, polyline } from './axes.js';
import { extent, linearScale, logScale, paddedExtent } from './scale.js';

/**
 * o: { width, height, series: [{ values, color, label?, dash? }], log?, yDomain?, colors:
 *   { fg, muted, border }, font, xTitle = 'epoch', yTitle = 'loss', xStep = 1 }
 * x is the index of a value times xStep (epoch 0, 1, … or, for a thinned history kept every
 * 4th epoch, 0, 4, 8, …). With log, values <= 0 are left out.
 * Returns { x, y, box }.
 */
export function drawLineChart(ctx, o) {
  const box = { left: 48, top: 24, right: o.width - 12, bottom: o.height - 24 };
  const longest = Math.max(2, ...o.series.map((s) => s.values.length));
  const step = o.xStep ?? 1;
  const x = linearScale([0, (longest - 1) * step], [box.left, box.right]);
  const all = o.series.flatMap((s) => Array.from(s.values).filter((v) => !o.log || v > 0));
  const y = o.log
    ? logScale(o.yDomain ?? logExtent(all), [box.bottom, box.top])
    : linearScale(o.yDomain ?? paddedExtent(all), [box.bottom, box.top]);
  drawAxes(ctx, {
    x,
    y,
    box,
    colors: o.colors,
    font: o.font,
    // x counts whole epochs or steps: a tick between two (0.5 of a step) names nothing that exists
    xTicks: x.ticks(5).filter(Number.isInteger),
    xTitle: o.xTitle ?? 'epoch',
    yTitle: o.yTitle ?? 'loss',
  });
  ctx.save();
  ctx.font = o.font;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2;
  for (const { values, color, label, dash } of o.series) {
    const shown = o.log ? Array.from(values, (v) => (v > 0 ? v : NaN)) : values;
    const epochs = Array.from(shown, (_, i) => i * step);
    ctx.strokeStyle = color;
    ctx.setLineDash(dash ?? []);
    polyline(ctx, x, y, epochs, shown);
    const last = shown[shown.length - 1];
    if (label && Number.isFinite(last)) {
      ctx.fillStyle = color;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText(label, box.right, Math.max(box.top + 14, y(last) - 4));
    }
  }
  ctx.restore();
  return { x, y, box };
}

/** From the largest power of ten below the smallest value to the one above the largest. */
function logExtent(values) {
  if (values.length === 0) return [1e-3, 1];
  const [min, max] = extent(values);
  const lo = 10 ** Math.floor(Math.log10(min));
  const hi = 10 ** Math.ceil(Math.log10(max));
  return lo === hi ? [lo / 10, hi * 10] : [lo, hi];
}
