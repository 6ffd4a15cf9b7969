// The loss or the accuracy curve of a training run, training and test digits as two lines, as
// nn-trainer and nn-digits draw them from their history of evaluations, with the spoken
// summary of where the curve ends. The drawing itself is render/line-chart.js.

import { canvasSize, prepareCanvas } from '../../render/canvas.js';
import { drawLineChart } from '../../render/line-chart.js';
import { showPercent, showSignificant } from './significant.js';

/**
 * One chart from a TrainingHistory: which is 'loss' (log scale) or 'accuracy'. While a run goes
 * on (brief), every k-th entry is drawn, about one per 2 pixels, and the spoken summary is left
 * alone; a still chart draws every entry and says where the curve ends. ghost: an earlier run's
 * { values, stride } (entry i at epoch i × stride), drawn dashed and muted behind the lines.
 */
export function drawChart(canvas, which, history, colors, font, brief = false, ghost = null) {
  const [width, height] = canvasSize(canvas);
  if (width === 0) return;
  const every = brief ? Math.max(1, Math.ceil((2 * history.series.loss.length) / width)) : 1;
  const pick = (values) => (every === 1 ? values : values.filter((_, i) => i % every === 0));
  const train = pick(history.series[which]);
  const test = pick(which === 'loss' ? history.series.testLoss : history.series.testAccuracy);
  const lines = [{ values: train, color: colors.pos, label: 'train' }];
  const xStep = history.stride * every;
  if (ghost) lines.unshift(ghostLine(ghost, xStep, colors));
  if (test.some(Number.isFinite)) {
    lines.push({ values: test, color: colors.neg, label: 'test', dash: [6, 4] });
  }
  const scale = which === 'loss' ? { log: true } : { yDomain: [0, 1.05] };
  if (!brief) {
    const last = history.latest?.[which];
    const shown = which === 'loss' ? showSignificant(last, 3) : showPercent(last);
    canvas.setAttribute('aria-label', `${which} by epoch: ${shown} at epoch ${history.epoch}`);
  }
  const ctx = prepareCanvas(canvas, width, height);
  drawLineChart(ctx, {
    width,
    height,
    colors,
    font,
    xStep,
    series: lines,
    yTitle: which,
    ...scale,
  });
}

/** The ghost's values at the chart's epochs 0, xStep, 2 xStep, … (the nearest kept before). */
function ghostLine(ghost, xStep, colors) {
  const last = (ghost.values.length - 1) * ghost.stride;
  const values = Array.from(
    { length: Math.floor(last / xStep) + 1 },
    (_, j) => ghost.values[Math.floor((j * xStep) / ghost.stride)],
  );
  return { values, color: colors.muted, label: 'previous', dash: [2, 4] };
}
