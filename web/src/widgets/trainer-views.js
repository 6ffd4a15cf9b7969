// What <nn-trainer> shows besides the boundary: the network diagram coloured by the current
// weights, a small map per hidden neuron (its activation over the input plane), the loss and
// accuracy curves, and a table of every weight. The numbers arrive from the core (the grid
// forward pass, the history of evaluations, getParameters); this module draws them.

import { prepareCanvas } from '../render/canvas.js';
import { divergingTable, paintCells, tableIndex } from '../render/heatmap-image.js';
import { drawLineChart } from '../render/line-chart.js';
import { networkDiagram, updateNetworkDiagram } from '../render/network-diagram.js';
import { subscript } from './backprop-names.js';
import { el, setText } from './dom.js';
import { showPercent, showSignificant } from './significant.js';

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
  const maps = [];
  const layers = shape.slice(1, -1).map((units, layer) => {
    const figures = Array.from({ length: units }, (_, unit) => {
      const name = `layer ${layer + 1}, neuron ${unit + 1}`;
      const canvas = el('canvas', { role: 'img', 'aria-label': `What ${name} computes` });
      maps.push({ canvas, layer, unit });
      return el('figure', {}, [canvas, el('figcaption', { text: `${layer + 1}.${unit + 1}` })]);
    });
    return el('div', { class: 'map-row' }, figures);
  });
  return { diagram, maps, mapRows: layers };
}

/** Redraws the diagram's edges for the current weights. */
export function showWeights(diagram, parameters) {
  updateNetworkDiagram(diagram, parameters);
}

/**
 * Paints each hidden neuron's activation over the grid, every other grid point (a map is
 * small). o: { forward (over the grid), grid: n, colors, bounds: [low, high] of the activation
 * (null where unbounded) }.
 */
export function drawNeuronMaps(maps, o) {
  let table = null;
  const half = o.grid >> 1;
  // Cell i of the half-size map is grid point (2 row, 2 col).
  const point = (i) => 2 * Math.floor(i / half) * o.grid + 2 * (i % half);
  for (const map of maps) {
    table ??= divergingTable(map.canvas.getContext('2d'), o.colors, 0.85);
    const { data, cols } = o.forward.layers[map.layer].a;
    const [low, high] = o.bounds;
    let [middle, spread] = [0, 0];
    if (low !== null && high !== null) [middle, spread] = [(low + high) / 2, (high - low) / 2];
    else {
      for (let i = map.unit; i < data.length; i += cols)
        spread = Math.max(spread, Math.abs(data[i]));
    }
    const k = spread > 0 ? 1 / spread : 1;
    paintCells(map.canvas, {
      rows: half,
      cols: half,
      table,
      entry: (i) => tableIndex((data[point(i) * cols + map.unit] - middle) * k),
    });
  }
}

/** One chart from a TrainingHistory: which is 'loss' (log scale) or 'accuracy'. */
export function drawChart(canvas, which, history, colors, font) {
  const { series, stride } = history;
  const [width, height] = [canvas.clientWidth, canvas.clientHeight];
  if (width === 0) return;
  const test = which === 'loss' ? series.testLoss : series.testAccuracy;
  const lines = [{ values: series[which], color: colors.pos, label: 'train' }];
  if (test.some(Number.isFinite)) {
    lines.push({ values: test, color: colors.neg, label: 'test', dash: [6, 4] });
  }
  const scale = which === 'loss' ? { log: true } : { yDomain: [0, 1.05] };
  const last = history.latest?.[which];
  const shown = which === 'loss' ? showSignificant(last, 3) : showPercent(last);
  canvas.setAttribute('aria-label', `${which} by epoch: ${shown} at epoch ${history.epoch}`);
  const ctx = prepareCanvas(canvas, width, height);
  drawLineChart(ctx, {
    width,
    height,
    colors,
    font,
    xStep: stride,
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
