// The network diagram of <nn-backprop>: render/network-diagram.js's drawing, with each
// neuron's output a written below it and its δ above it once the walk-through reaches them,
// the current neuron ringed and the connections in use highlighted. Shows numbers it is given.

import { networkDiagram, updateNetworkDiagram } from '../render/network-diagram.js';
import { unitName } from './backprop-names.js';
import { setText, svg } from './dom.js';
import { showSignificant } from './significant.js';

const RADIUS = 19;

/** shape, parameters (getParameters() form) -> { svg, show(view) } */
export function backpropDiagram(shape, parameters) {
  const height = Math.max(190, Math.max(...shape) * 90);
  const diagram = networkDiagram({
    shape,
    parameters,
    labels: (column, unit) => unitName(shape, column, unit),
    width: 380,
    height,
    radius: RADIUS,
  });
  const texts = diagram.nodes.map((node) => {
    const below = svg('text', { class: 'below', y: RADIUS + 15, 'text-anchor': 'middle' });
    const above = svg('text', { class: 'above', y: -RADIUS - 7, 'text-anchor': 'middle' });
    node.append(below, above);
    return { below, above };
  });
  const key = (column, unit) => `${column}:${unit}`;
  const index = new Map(
    diagram.nodes.map((node, i) => [key(node.dataset.column, node.dataset.unit), i]),
  );
  return {
    svg: diagram.svg,
    /**
     * view: { parameters, below: Map('column:unit' -> text), above: Map, current: [column,
     *   unit] or null, edges: [[layer, from, to]], done: Set of 'column:unit' }
     */
    show(view) {
      updateNetworkDiagram(diagram, view.parameters);
      diagram.nodes.forEach((node, i) => {
        const id = key(node.dataset.column, node.dataset.unit);
        setText(texts[i].below, view.below.get(id) ?? '');
        setText(texts[i].above, view.above.get(id) ?? '');
        node.classList.toggle('done', view.done.has(id));
      });
      const current = view.current ? index.get(key(...view.current)) : -1;
      diagram.nodes.forEach((node, i) => node.classList.toggle('current', i === current));
      const active = new Set(view.edges.map((edge) => edge.join(':')));
      for (const edge of diagram.edges) {
        const { layer, from, to } = edge.dataset;
        edge.classList.toggle('active', active.has(`${layer}:${from}:${to}`));
      }
    },
  };
}

/**
 * What the diagram shows after steps[0..index]: each input's x, each reached neuron's a and
 * δ (single-sample runs only: a batch has four of each), the weights before or after the update.
 */
export function diagramView({ steps, index, run, shape }) {
  const single = run.X.rows === 1;
  const below = new Map();
  const above = new Map();
  const done = new Set();
  if (single) {
    for (let i = 0; i < shape[0]; i++) below.set(`0:${i}`, `x = ${run.X.data[i]}`);
  }
  for (const step of steps.slice(0, index + 1)) {
    if (!step.reveal) continue;
    const [column, unit] = step.node;
    const id = `${column}:${unit}`;
    done.add(id);
    if (!single) continue;
    const layer = run[step.reveal === 'a' ? 'forward' : 'backward'].layers[column - 1];
    const value = layer[step.reveal === 'a' ? 'a' : 'delta'].data[unit];
    const map = step.reveal === 'a' ? below : above;
    map.set(id, `${step.reveal === 'a' ? 'a' : 'δ'} = ${showSignificant(value)}`);
  }
  const step = steps[index];
  return {
    parameters: step.updated ? run.after : run.before,
    below,
    above,
    done,
    current: step.node ?? null,
    edges: step.edges ?? [],
  };
}
