// What <nn-trainer> shows besides the boundary: the network diagram coloured by the current
// weights (with neuron-tiles.js, the maps of the hidden neurons), the loss and accuracy curves,
// and a table of every weight. The numbers arrive from the core (the history of evaluations,
// getParameters); this module draws them.

import { prepareCanvas } from '../../render/canvas.js';
import { el, setText } from '../../render/dom.js';
import { drawLineChart } from '../../render/line-chart.js';
import { networkDiagram, updateNetworkDiagram } from '../../render/network-diagram.js';
import { showPercent, showSignificant } from '../shared/significant.js';
import { subscript } from '../shared/unit-names.js';
import { neuronTiles } from './neuron-tiles.js';

/** The diagram and the neuron maps for a shape such as [2, 8, 8, 1]. */
export function networkParts(shape, parameters) {
  const widest = Math.max(...shape);
  const height = Math.min(300, Math.max(170, widest * 30));
  const outputs = shape.at(-1);
  const diagram = networkDiagram({
    shape,
    parameters,
    width: 360,
    height,
    radius: Math.max(6, Math.min(13, (height / widest) * 0.38)),
    labels: (column, unit) => {
      if (column === 0) return `x${subscript(unit + 1)}`;
      if (column === shape.length - 1) return outputs === 1 ? 'ŷ' : String(unit);
      return '';
    },
  });
  return { diagram, tiles: neuronTiles(shape) };
}

/** Redraws the diagram's edges for the current weights. */
export function showWeights(diagram, parameters) {
  updateNetworkDiagram(diagram, parameters);
}

/**
 * One chart from a TrainingHistory: which is 'loss' (log scale) or 'accuracy'. While a run goes
 * on (brief), every k-th entry is drawn, about one per 2 pixels, and the spoken summary is left
 * alone; a still chart draws every entry and says where the curve ends.
 */
export function drawChart(canvas, which, history, colors, font, brief = false) {
  const [width, height] = [canvas.clientWidth, canvas.clientHeight];
  if (width === 0) return;
  const every = brief ? Math.max(1, Math.ceil((2 * history.series.loss.length) / width)) : 1;
  const pick = (values) => (every === 1 ? values : values.filter((_, i) => i % every === 0));
  const train = pick(history.series[which]);
  const test = pick(which === 'loss' ? history.series.testLoss : history.series.testAccuracy);
  const lines = [{ values: train, color: colors.pos, label: 'train' }];
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
  const xStep = history.stride * every;
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

/** A table of every weight and bias, layer by layer, for readers who want the numbers. */
export function weightsTable() {
  const body = el('tbody');
  const root = el('details', { class: 'weights' }, [
    el('summary', { text: 'Every weight and bias' }),
    el('div', { class: 'table-wrap' }, [
      el('table', { class: 'num' }, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { scope: 'col', text: 'layer' }),
            el('th', { scope: 'col', text: 'weights W (one row per input), then biases b' }),
          ]),
        ]),
        body,
      ]),
    ]),
  ]);
  return {
    root,
    /** parameters: getParameters(); only drawn while the details are open. */
    update(parameters) {
      if (!root.open) return;
      if (body.children.length !== parameters.length) {
        body.replaceChildren(
          ...parameters.map((_, l) =>
            el('tr', {}, [el('th', { scope: 'row', text: String(l + 1) }), el('td')]),
          ),
        );
      }
      parameters.forEach(({ W, b }, l) => {
        const rows = Array.from({ length: W.rows }, (_, r) =>
          Array.from(W.data.subarray(r * W.cols, (r + 1) * W.cols), (w) =>
            showSignificant(w, 6),
          ).join('  '),
        );
        const text = `${rows.join('\n')}\nb: ${Array.from(b, (v) => showSignificant(v, 6)).join('  ')}`;
        setText(body.children[l].lastChild, text);
      });
    },
  };
}
