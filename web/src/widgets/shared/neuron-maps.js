// The pictures of what each neuron of a 2-input network computes: its activation over a grid
// of the input plane, drawn as a heatmap with the data points on top. The activations come
// from one core forward pass over the grid (Network.forward, each layer's `a`); this module
// builds the grid, picks colours and draws.

import { prepareCanvas } from '../../render/canvas.js';
import { heatmapScale } from '../../render/heatmap.js';
import { drawPoints } from '../../render/point-marks.js';
import { el } from '../../render/dom.js';

const INTENSITY = 0.6;

/** n × n points over [x₁ min, x₁ max, x₂ min, x₂ max], row by row from the top (x₂ max). */
export function inputGrid([x0, x1, y0, y1], n) {
  const data = new Float64Array(n * n * 2);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      data[(r * n + c) * 2] = x0 + ((c + 0.5) / n) * (x1 - x0);
      data[(r * n + c) * 2 + 1] = y1 - ((r + 0.5) / n) * (y1 - y0);
    }
  }
  return { rows: n * n, cols: 2, data };
}

/** Column `unit` of a samples × units matrix. */
export function column(matrix, unit) {
  return Float64Array.from({ length: matrix.rows }, (_, i) => matrix.data[i * matrix.cols + unit]);
}

/**
 * Draws one neuron's map on canvas. o: { values (n × n, from inputGrid's order), n, middle
 *   (the value drawn in the background colour: the class threshold), spread (the distance from
 *   the middle that gets the full colour), colors (themeColors()), domain, points?, labels?,
 *   wrong?, pointSize? }
 */
export function drawNeuronMap(canvas, o) {
  const [width, height] = [canvas.clientWidth, canvas.clientHeight];
  if (width === 0 || height === 0) return;
  const ctx = prepareCanvas(canvas, width, height);
  const scale = heatmapScale(ctx, o.colors, [-1, 1]);
  const spread = o.spread > 0 ? o.spread : 1;
  // One pixel per grid cell, then stretched with smoothing: the boundary comes out as a soft
  // line instead of a staircase. At most 60 % of the full colour, so the points stand out.
  const cells = document.createElement('canvas');
  cells.width = o.n;
  cells.height = o.n;
  const cellCtx = cells.getContext('2d');
  const image = cellCtx.createImageData(o.n, o.n);
  o.values.forEach((v, i) => {
    const [r, g, b] = scale((INTENSITY * (v - o.middle)) / spread);
    image.data.set([r, g, b, 255], i * 4);
  });
  cellCtx.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(cells, 0, 0, width, height);
  if (!o.points) return;
  const [x0, x1, y0, y1] = o.domain;
  const at = ([a, b]) => [((a - x0) / (x1 - x0)) * width, ((y1 - b) / (y1 - y0)) * height];
  drawPoints(ctx, {
    points: o.points.map(at),
    labels: o.labels,
    wrong: o.wrong,
    colors: o.colors,
    size: o.pointSize,
  });
}

/** [lowest, highest] output of an activation, asked of the core (null where unbounded). */
export function activationBounds(core, activation) {
  const { value } = core.activate(activation, [-1e3, -1e2, 1e2, 1e3]);
  // Equal values at 100 and 1000 mean the curve has levelled off there.
  const low = Math.abs(value[0] - value[1]) < 1e-9 ? value[0] : null;
  const high = Math.abs(value[2] - value[3]) < 1e-9 ? value[3] : null;
  return [low, high];
}

/**
 * The { middle, spread } of drawNeuronMap: the middle given (or the bounds' midpoint, or 0),
 * the spread to the bounds, or for an unbounded activation to the farthest value.
 */
export function mapColouring([low, high], values, middle) {
  const bounded = low !== null && high !== null;
  const mid = middle ?? (bounded ? (low + high) / 2 : 0);
  if (bounded) return { middle: mid, spread: (high - low) / 2 };
  let spread = 0;
  for (const v of values) spread = Math.max(spread, Math.abs(v - mid));
  return { middle: mid, spread };
}

/** The output value between the two classes: halfway between the targets the core encodes. */
export function classThreshold(core, activation) {
  const { data } = core.targets([0, 1], { classes: 2, activation });
  return (data[0] + data[1]) / 2;
}

/**
 * A small canvas per hidden neuron, captioned with its name. Returns { root (null when there
 * are no hidden layers), maps: [{ canvas, layer, unit }] } (layer: the index in forward's layers).
 */
export function hiddenMaps(shape, nameOf) {
  const maps = [];
  const figures = [];
  for (let layer = 0; layer < shape.length - 2; layer++) {
    for (let unit = 0; unit < shape[layer + 1]; unit++) {
      const name = nameOf(layer + 1, unit);
      const label = `What ${name} computes over the input plane`;
      const canvas = el('canvas', { role: 'img', 'aria-label': label });
      maps.push({ canvas, layer, unit });
      figures.push(el('figure', {}, [el('figcaption', { text: name }), canvas]));
    }
  }
  const root =
    figures.length === 0
      ? null
      : el('div', { class: 'hidden-maps' }, [
          el('p', { text: 'What each hidden neuron computes' }),
          el('div', { class: 'maps' }, figures),
        ]);
  return { root, maps };
}
