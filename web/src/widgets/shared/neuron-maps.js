// The pictures of what each neuron of a 2-input network computes: its activation over a grid
// of the input plane, with the data points on top. The activations come from one core forward
// pass over the grid (Network.forward, each layer's `a`); this module builds the grid, the
// canvases (each a button that enlarges it, see map-viewer.js), the colouring and the axes;
// render/heatmap.js's drawNeuronMap draws.

import { el } from '../../render/dom.js';
import { unitName } from './notation.js';

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
 * mapAxes' update for a map over the input plane [x₁ min, x₁ max, x₂ min, x₂ max] coloured by
 * mapColouring's { middle, spread }; name: what the colour shows (such as "h₁"); stops: the
 * colours from middle − spread to middle + spread (heatmap.js neuronMapStops).
 */
export function mapFrame([x0, x1, y0, y1], name, { middle, spread }, stops) {
  const inputs = [2, 1];
  const half = spread > 0 ? spread : 1;
  return {
    x: { domain: [x0, x1], name: unitName(inputs, 0, 0) },
    y: { domain: [y0, y1], name: unitName(inputs, 0, 1) },
    scale: { name, domain: [middle - half, middle + half], colors: stops },
  };
}

/**
 * A small canvas per hidden neuron of a shape, captioned with its name, inside a button that
 * enlarges it. Returns { root (null when there are no hidden layers), maps: [{ canvas, button,
 * layer, unit, name }] } (layer: the index in forward's layers).
 */
export function hiddenMaps(shape) {
  const maps = [];
  const figures = [];
  for (let layer = 0; layer < shape.length - 2; layer++) {
    for (let unit = 0; unit < shape[layer + 1]; unit++) {
      const name = unitName(shape, layer + 1, unit);
      const words = unitName(shape, layer + 1, unit, 'words');
      const canvas = el('canvas');
      const label = `What ${words} computes over the input plane: enlarge`;
      const button = el('button', { type: 'button', class: 'map-button', 'aria-label': label }, [
        canvas,
      ]);
      maps.push({ canvas, button, layer, unit, name });
      figures.push(el('figure', {}, [el('figcaption', { text: name }), button]));
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
