// The network diagram of <nn-backprop>: render/network-diagram.js's drawing, with each
// neuron's z and output a written below it and its δ above it once the walk-through reaches them,
// the current neuron ringed and the connections in use highlighted. Shows numbers it is given.

import { setText, svg } from '../../render/dom.js';
import { networkDiagram, updateNetworkDiagram } from '../../render/network-diagram.js';
import { showSignificant } from '../shared/significant.js';
import { unitName } from '../shared/notation.js';

const RADIUS = 19;

/** shape, parameters (getParameters() form) -> { svg, show(view) } */
export function backpropDiagram(shape, parameters) {
  const height = Math.max(215, Math.max(...shape) * 100);
  const diagram = networkDiagram({
    shape,
    parameters,
    labels: (column, unit) => unitName(shape, column, unit),
    // About 130 units between columns, so a neuron's numbers never run into the next column's.
    width: Math.max(380, (shape.length - 1) * 130 + 90),
    height,
    radius: RADIUS,
  });
  const texts = diagram.nodes.map((node) => {
    const text = (y, kind) => svg('text', { class: kind, y, 'text-anchor': 'middle' });
    const lines = [text(RADIUS + 15, 'below'), text(RADIUS + 29, 'below')];
    const above = text(-RADIUS - 7, 'above');
    node.append(...lines, above);
    return { lines, above };
  });
  const key = (column, unit) => `${column}:${unit}`;
  const index = new Map(
    diagram.nodes.map((node, i) => [key(node.dataset.column, node.dataset.unit), i]),
  );
  return {
    svg: diagram.svg,
    /**
     * view: { parameters, below: Map('column:unit' -> [lines of text]), above: Map('column:unit'
     *   -> text), current: [column, unit] or null, edges: [[layer, from, to]], done: Set }
     */
    show(view) {
      updateNetworkDiagram(diagram, view.parameters);
      diagram.nodes.forEach((node, i) => {
        const id = key(node.dataset.column, node.dataset.unit);
        const lines = view.below.get(id) ?? [];
        texts[i].lines.forEach((line, k) => setText(line, lines[k] ?? ''));
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
 * What the diagram shows after steps[0..index]: each input's x, each reached neuron's z, a and
 * δ (single-sample runs only: a batch has four of each), the weights before or after the update.
 */
export function diagramView({ steps, index, run, shape }) {
  const single = run.X.rows === 1;
  const below = new Map();
  const above = new Map();
  const done = new Set();
  if (single) {
    for (let i = 0; i < shape[0]; i++) below.set(`0:${i}`, [`x = ${run.X.data[i]}`]);
  }
  for (const step of steps.slice(0, index + 1)) {
    if (!step.reveal) continue;
    const [column, unit] = step.node;
    const id = `${column}:${unit}`;
    done.add(id);
    if (!single) continue;
    if (step.reveal === 'a') {
      const { z, a } = run.forward.layers[column - 1];
      below.set(id, [
        `z = ${showSignificant(z.data[unit])}`,
        `a = ${showSignificant(a.data[unit])}`,
      ]);
    } else {
      const { delta } = run.backward.layers[column - 1];
      above.set(id, `δ = ${showSignificant(delta.data[unit])}`);
    }
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
