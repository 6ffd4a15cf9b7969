// Builds an SVG drawing of a layered network: a column of nodes per layer (the inputs first)
// and a line per weight whose colour is the weight's sign and whose width its magnitude.
// Nodes and edges carry data-* attributes, so a widget can make them focusable and clickable.
// Weights arrive as net.getParameters() gives them; nothing is computed about the network.

import { svg } from './dom.js';

const MAX_WIDTH = 6;
const WIDTH_STEP = 0.25; // pixels: finer differences do not show

/**
 * o: { shape: [inputs, units…], parameters: [{ W: { rows, cols, data } }], labels?:
 *   (column, unit) -> string, width = 480, height = 260, radius?, maxWeight? (the top of the
 *   edge-width scale; by default the largest weight, at least 1) }
 * Returns { svg, nodes, edges, at }: nodes are <g class="node" data-column data-unit> with a
 * circle and a text; edges are <g class="edge" data-layer data-from data-to> with a wide,
 * invisible hit line and the visible wire; at[e] is edge e's [layer, index into W.data]. Layer
 * l's W[from][to] joins column l to l + 1.
 */
export function networkDiagram(o) {
  const { shape, width = 480, height = 260, labels = () => '' } = o;
  const radius = o.radius ?? Math.min(20, (height / Math.max(...shape)) * 0.3);
  const columnX = (c) => radius + 24 + (c * (width - 2 * (radius + 24))) / (shape.length - 1);
  const unitY = (c, u) => (height * (u + 0.5)) / shape[c];
  const edges = [];
  const at = []; // edge e shows parameters[at[e][0]].W.data[at[e][1]]
  for (let l = 0; l < shape.length - 1; l++) {
    for (let from = 0; from < shape[l]; from++) {
      for (let to = 0; to < shape[l + 1]; to++) {
        const ends = {
          x1: columnX(l),
          y1: unitY(l, from),
          x2: columnX(l + 1),
          y2: unitY(l + 1, to),
        };
        edges.push(
          svg('g', { class: 'edge', 'data-layer': l, 'data-from': from, 'data-to': to }, [
            svg('line', { class: 'hit', ...ends }),
            svg('line', { class: 'wire', ...ends }),
          ]),
        );
        at.push([l, from * shape[l + 1] + to]);
      }
    }
  }
  const nodes = shape.flatMap((units, c) =>
    Array.from({ length: units }, (_, u) =>
      svg(
        'g',
        {
          class: 'node',
          'data-column': c,
          'data-unit': u,
          transform: `translate(${columnX(c)} ${unitY(c, u)})`,
        },
        [
          svg('circle', { r: radius }),
          svg('text', {
            'text-anchor': 'middle',
            'dominant-baseline': 'central',
            text: labels(c, u),
          }),
        ],
      ),
    ),
  );
  const root = svg('svg', { class: 'network', viewBox: `0 0 ${width} ${height}`, role: 'group' }, [
    svg('g', { class: 'edges' }, edges),
    svg('g', { class: 'nodes' }, nodes),
  ]);
  const diagram = { svg: root, nodes, edges, at };
  updateNetworkDiagram(diagram, o.parameters, o.maxWeight);
  return diagram;
}

/**
 * Recolours and resizes the edges for new weights (same shape), without rebuilding. Widths go
 * in steps of WIDTH_STEP pixels and an edge is touched only when its sign or step changed, so
 * a trainer's frequent updates restyle the few edges that visibly moved, not all of them.
 */
export function updateNetworkDiagram(diagram, parameters, maxWeight) {
  const weights = diagram.at.map(([layer, i]) => parameters[layer].W.data[i]);
  const top = maxWeight ?? Math.max(1, ...weights.map(Math.abs));
  for (const [e, edge] of diagram.edges.entries()) {
    const weight = weights[e];
    const sign = weight < 0 ? 'neg' : 'pos';
    const exact = 0.75 + (MAX_WIDTH - 0.75) * Math.min(1, Math.abs(weight) / top);
    const width = (Math.round(exact / WIDTH_STEP) * WIDTH_STEP).toFixed(2);
    if (edge.classList.contains(sign) && edge.lastChild.getAttribute('stroke-width') === width)
      continue;
    edge.classList.toggle('pos', sign === 'pos');
    edge.classList.toggle('neg', sign === 'neg');
    edge.lastChild.setAttribute('stroke-width', width);
  }
}
