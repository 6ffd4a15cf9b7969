// What <nn-trainer> shows besides the boundary and the curves (shared/training-chart.js): the
// network diagram coloured by the current weights (with neuron-tiles.js, the maps of the hidden
// neurons) and a table of every weight. The numbers arrive from the core (getParameters); this
// module draws them.

import { el, setText } from '../../render/dom.js';
import { networkDiagram, updateNetworkDiagram } from '../../render/network-diagram.js';
import { showSignificant } from '../shared/significant.js';
import { subscript } from '../shared/unit-names.js';
import { neuronTiles } from './neuron-tiles.js';

/**
 * The diagram and the neuron maps for a shape such as [2, 8, 8, 1]; inputs: the input units'
 * labels (x₁, x₂ when absent).
 */
export function networkParts(shape, parameters, inputs = []) {
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
      if (column === 0) return inputs[unit] ?? `x${subscript(unit + 1)}`;
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
