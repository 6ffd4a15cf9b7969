// The loss or the accuracy curve of a training run, training and test digits as two lines, as
// nn-trainer and nn-digits draw them from their history of evaluations, with the spoken
// summary of where the curve ends; paintChart draws without the page, on an OffscreenCanvas in a
// worker too. The drawing itself is render/line-chart.js.

import { boxSize, prepareCanvas } from '../../render/canvas.js';
import { drawLineChart } from '../../render/line-chart.js';
import { showPercent, showSignificant } from './significant.js';

/**
 * One chart from a TrainingHistory on a canvas of the page: which is 'loss' (log scale) or
 * 'accuracy'. While a run goes on (brief), every k-th entry is drawn, about one per 2 pixels, and
 * the spoken summary is left alone; a still chart draws every entry and says where the curve
 * ends. ghost: an earlier run's { values, stride } (entry i at epoch i × stride), drawn dashed
 * and muted behind the lines.
 */
export function drawChart(canvas, which, history, colors, font, brief = false, ghost = null) {
  const size = boxSize(canvas);
  if (size[0] === 0) return;
  if (!brief) canvas.setAttribute('aria-label', chartLabel(which, history));
  paintChart(canvas, size, which, history, { colors, font }, brief, ghost);
}

/** The chart's spoken summary: where its curve ends, e.g. "loss by epoch: 0.123 at epoch 4". */
export function chartLabel(which, history) {
  const last = history.latest?.[which];
  const shown = which === 'loss' ? showSignificant(last, 3) : showPercent(last);
  return `${which} by epoch: ${shown} at epoch ${history.epoch}`;
}

/**
 * The drawing of drawChart, without the page: canvas is an element or an OffscreenCanvas (a
 * worker draws on one); [width, height] its size in CSS pixels; look: { colors, font, ratio?
 * (the page's pixel ratio, for a worker's canvas) }.
 */
export function paintChart(canvas, [width, height], which, history, look, brief, ghost = null) {
  const every = brief ? Math.max(1, Math.ceil((2 * history.series.loss.length) / width)) : 1;
  const pick = (values) => (every === 1 ? values : values.filter((_, i) => i % every === 0));
  const train = pick(history.series[which]);
  const test = pick(which === 'loss' ? history.series.testLoss : history.series.testAccuracy);
  const lines = [{ values: train, color: look.colors.pos, label: 'train' }];
  const xStep = history.stride * every;
  if (ghost) lines.unshift(ghostLine(ghost, xStep, look.colors));
  if (test.some(Number.isFinite)) {
    lines.push({ values: test, color: look.colors.neg, label: 'test', dash: [6, 4] });
  }
  const scale = which === 'loss' ? { log: true } : { yDomain: [0, 1.05] };
  const ctx = prepareCanvas(canvas, width, height, look.ratio);
  drawLineChart(ctx, {
    width,
    height,
    colors: look.colors,
    font: look.font,
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
