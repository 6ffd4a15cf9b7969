// Pieces of <nn-network> kept apart so the widget file stays short: the names of neurons and
// parameters as the reader sees and hears them (shared/notation.js), the numbers written on the
// diagram, and the per-point table. Nothing here computes the network: values arrive from the
// core (through the widget) and are only printed.

import { el, svg } from '../../render/dom.js';
import { networkDiagram } from '../../render/network-diagram.js';
import { showFixed, showNumber } from '../shared/format.js';
import { biasName, unitName, weightName } from '../shared/notation.js';
import { numberControl } from '../shared/number-control.js';
import { flatIndex, toParameters } from '../shared/weights-attribute.js';
import { diagramNavigation } from './diagram-navigation.js';

const RADIUS = 20;
const HELP =
  'Click a connection or a neuron to change its weight or bias. By keyboard: Tab to the diagram, arrow keys to move, Enter to edit, Escape to go back.';

/** "w(x₁→h₁)" or "b(h₁)" ('text'), "weight from x1 to h1" or "bias of h1" ('words'). */
export function itemName(shape, item, form = 'text') {
  return item.kind === 'weight'
    ? weightName(shape, item.layer, item.from, item.to, form)
    : biasName(shape, item.layer, item.unit, form);
}

/** The item's position in the flat weights list (see weights-attribute.js). */
export function itemIndex(shape, { kind, layer, from, to, unit }) {
  const units = shape[layer + 1];
  const inLayer = kind === 'weight' ? from * units + to : shape[layer] * units + unit;
  return flatIndex(shape, layer, inLayer);
}

/**
 * Writes each weight beside its connection (near its start, where the lines fan out) on a
 * small chip that is also the connection's keyboard stop, and each bias under its neuron.
 * Returns { chips: Map(edge -> chip), update(shape, flat, items) } where update refreshes the
 * numbers and the items' spoken labels.
 */
export function parameterLabels(diagram, radius) {
  const chips = new Map();
  const texts = new Map();
  const chipLayer = svg('g', { class: 'chips' });
  const biasLayer = svg('g', { class: 'values', 'aria-hidden': 'true' });
  diagram.svg.append(chipLayer, biasLayer);
  // With many connections the numbers would cover each other: then they are only spoken.
  const edges = diagram.edges.length <= 12 ? diagram.edges : [];
  for (const edge of edges) {
    const wire = edge.lastChild;
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(wire.getAttribute(k)));
    const [x, y] = [x1 + 0.3 * (x2 - x1), y1 + 0.3 * (y2 - y1)];
    const text = svg('text');
    const chip = svg('g', { class: 'chip', transform: `translate(${x} ${y})` }, [
      svg('rect', { y: -9, height: 18, rx: 5 }),
      text,
    ]);
    chips.set(edge, chip);
    texts.set(edge, text);
    chipLayer.append(chip);
  }
  for (const node of diagram.nodes) {
    if (Number(node.dataset.column) === 0) continue;
    // Beside the neuron, not inside it: its spoken label ("bias of h₁: −1") says the number.
    const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(node.getAttribute('transform'));
    const text = svg('text', { class: 'bias', x, y: Number(y) + radius + 14 });
    texts.set(node, text);
    biasLayer.append(text);
  }
  const update = (shape, flat, items) => {
    for (const item of items) {
      const shown = showNumber(flat[itemIndex(shape, item)]);
      const text = texts.get(item.element);
      if (text && item.kind === 'weight') {
        text.textContent = shown;
        const width = 10 + 7.5 * shown.length;
        text.previousSibling.setAttribute('x', -width / 2);
        text.previousSibling.setAttribute('width', width);
      } else if (text) text.textContent = `b ${shown}`;
      item.target.setAttribute('aria-label', `${itemName(shape, item, 'words')}: ${shown}`);
    }
  };
  return { chips, update };
}

/** readoutTable() options: inputs, the first hidden layer's outputs (if small), output, target. */
export function pointTable(shape) {
  const hidden = shape.length > 2 && shape[1] <= 4 ? shape[1] : 0;
  const headers = ['x₁', 'x₂'];
  for (let u = 0; u < hidden; u++) headers.push(unitName(shape, 1, u));
  headers.push('ŷ', 't', 'right?');
  const caption = `Each data point through the network${hidden ? ': what the hidden neurons say,' : ':'} the output ŷ and the target t`;
  return { hidden, caption, headers };
}

/** One row per point; hidden and outputs are core forward() matrices (points × units). */
export function pointRows(spec, data, hidden, outputs, right) {
  return data.rows.map((x, i) => {
    const cells = [showNumber(x[0]), showNumber(x[1])];
    for (let u = 0; u < spec.hidden; u++) cells.push(showFixed(hidden.data[i * hidden.cols + u]));
    cells.push(showFixed(outputs[i]), String(data.labels[i]));
    cells.push({ text: right[i] ? '✓ right' : '✗ wrong', class: right[i] ? 'right' : 'wrong' });
    return cells;
  });
}

/** What is wrong with a shape and output activation for this widget, or '' when nothing. */
export function specProblem(shape, output) {
  if (shape[0] !== 2 || shape[shape.length - 1] !== 1) {
    return `shape="${shape.join(',')}": expected 2 inputs first and 1 output last, such as "2,2,1"`;
  }
  if (output === 'softmax') {
    return 'output-activation="softmax": one output needs step, sigmoid, tanh or linear (softmax of one number is always 1)';
  }
  return '';
}

/**
 * The field and slider for one weight or bias, labelled with its name; Escape in the field
 * calls onEscape (the widget sends the focus back to the diagram). limit: { min, max }.
 */
export function parameterControl(shape, item, limit, { onChange, onEscape }) {
  const control = numberControl({
    id: 'parameter',
    name: itemName(shape, item, 'words'),
    // Shown as the lessons write it, spoken in words a screen reader says well.
    label: [
      el('span', { 'aria-hidden': 'true', text: itemName(shape, item) }),
      el('span', { class: 'sr-only', text: itemName(shape, item, 'words') }),
    ],
    entry: { type: 'number', default: 0, ...limit },
    slider: [-30, 30, 0.5],
    onChange,
  });
  control.field.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onEscape();
  });
  return control;
}

/**
 * The diagram for a shape, every connection and neuron focusable and clickable, the numbers
 * written on it. Returns { net (networkDiagram()), labels (parameterLabels()), nav }.
 */
export function editableDiagram(shape, flat, onPick) {
  const net = networkDiagram({
    shape,
    parameters: toParameters(shape, flat),
    labels: (c, u) => unitName(shape, c, u),
    width: Math.max(380, (shape.length - 1) * 150),
    height: Math.max(230, Math.max(...shape) * 64),
    radius: RADIUS,
  });
  net.svg.setAttribute('aria-label', 'The network: arrow keys move, Enter edits');
  const { chips, update } = parameterLabels(net, RADIUS);
  const targetFor = (element) => chips.get(element) ?? element;
  return { net, labels: update, nav: diagramNavigation({ diagram: net, onPick, targetFor }) };
}

/** The widget's two columns: the diagram, help and editor; the output's and hidden maps. */
export function layout(p) {
  return el('div', { class: 'network' }, [
    el('div', { class: 'left' }, [p.diagram, el('p', { class: 'help', text: HELP }), p.editor]),
    el('div', { class: 'right' }, [
      el('figure', { class: 'output' }, [
        el('figcaption', { text: 'Output over the input plane' }),
        p.outputAxes.root,
      ]),
      p.hidden,
    ]),
  ]);
}
