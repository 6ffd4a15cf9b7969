// <nn-network>: a small network on the plane of two inputs, with every weight and bias
// editable (click a connection or a neuron, or Tab to the diagram, arrow keys, Enter). Each
// hidden neuron shows its activation over the input plane, the output its decision boundary
// with the data points, and a table reads out each point. All numbers come from one core
// Network (forward over a grid and over the data); this file draws and edits them.

import { el, setText } from '../../render/dom.js';
import { drawNeuronMap, neuronMapStops } from '../../render/heatmap.js';
import { mapAxes } from '../../render/map-axes.js';
import { updateNetworkDiagram } from '../../render/network-diagram.js';
import { themeColors } from '../../render/theme.js';
import { withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { judge } from '../base/exercise.js';
import { exerciseLine } from '../shared/exercise-line.js';
import { mapViewer } from '../shared/map-viewer.js';
import * as maps from '../shared/neuron-maps.js';
import { unitName } from '../shared/notation.js';
import { ownedNetwork } from '../shared/owned-network.js';
import { readoutTable } from '../shared/readout-table.js';
import { truthTable } from '../shared/truth-table.js';
import {
  fromParameters,
  parameterCount,
  toParameters,
  weightsEntry,
} from '../shared/weights-attribute.js';
import { LIMIT, schema } from './schema.js';
import * as parts from './view.js';
import axesCss from '../../render/map-axes.css' with { type: 'text' };
import diagramCss from '../../render/network-diagram.css' with { type: 'text' };
import viewerCss from '../shared/map-viewer.css' with { type: 'text' };
import numberCss from '../shared/number-control.css' with { type: 'text' };
import tableCss from '../shared/readout-table.css' with { type: 'text' };
import css from './nn-network.css' with { type: 'text' };

const GRID = 80; // heatmap cells per side
const HINT = 'Hint: try making one hidden neuron an OR and the other an AND.';

export class NnNetwork extends BaseWidget {
  static schema = withExercise(schema);

  static styles = [axesCss, viewerCss, diagramCss, tableCss, numberCss, css];

  #parts = null;
  #nets = null; // ownedNetwork(): the one core Network, owned here
  #net = null; // the network for the current shape and activations
  #shape = null; // the shape it was built for (the last good one)
  #initial = null; // its seeded weights, used while the attribute does not fit the shape
  #picked = { kind: 'weight', layer: 0, a: 0, b: 0 };
  #grid = null;
  #data = new Map(); // truth-table name -> truthTable()
  #checked = false; // the reader pressed Check and the network was wrong

  entryFor(name) {
    const entry = super.entryFor(name);
    return name === 'weights' ? weightsEntry(entry, this.values.shape) : entry;
  }

  build(body) {
    this.#nets = ownedNetwork(this.core, this.disposeables);
    const check = el('button', { type: 'button', text: 'Check my network', hidden: true });
    check.addEventListener('click', () => this.#check());
    const p = (this.#parts = {
      diagram: el('div', { class: 'diagram' }),
      editor: el('div', { class: 'editor' }),
      output: el('canvas', {
        class: 'output-map',
        role: 'img',
        'aria-label': 'The output over the input plane',
      }),
      hidden: el('div'),
      drawn: [], // what each hidden map shows: { title, draw(canvas), frame }, for the viewer
      table: el('div', { class: 'table' }),
      goal: exerciseLine(),
      hint: el('p', { class: 'hint', role: 'status' }),
      check,
      netFor: '',
    });
    p.outputAxes = mapAxes(p.output);
    p.viewer = mapViewer({ count: () => p.drawn.length, item: (i) => p.drawn[i] });
    this.observeSize(p.output);
    body.append(
      parts.layout(p),
      p.viewer.root,
      p.table,
      el('div', { class: 'exercise' }, [p.goal.root, check]),
      p.hint,
    );
  }

  render() {
    const { shape, goal } = this.values;
    const [hidden, output] = [this.values['hidden-activation'], this.values['output-activation']];
    const problem = parts.specProblem(shape, output);
    if (problem) throw new Error(problem);
    const p = this.#parts;
    if (p.netFor !== `${shape}|${hidden}|${output}`) this.#rebuild(shape, hidden, output);
    const flat = this.#weights();
    const parameters = toParameters(shape, flat);
    this.#net.setParameters(parameters);

    const data = this.#dataset(goal === 'xor' ? 'xor' : this.values.dataset);
    const onData = this.#net.forward(data.X);
    const outputs = maps.column(onData.output, 0);
    const middle = maps.classThreshold(this.core, output);
    const right = outputs.map((v, i) => (data.labels[i] === 1 ? v > middle : v < middle));
    this.#drawMaps(data, middle, right);

    updateNetworkDiagram(p.net, parameters);
    p.labels(shape, flat, p.nav.items);
    const picked = this.#pickedItem();
    for (const item of p.nav.items) item.element.classList.toggle('picked', item === picked);
    // Only a changed value goes to the field: one the reader is starting to type ("-") stays.
    const value = flat[parts.itemIndex(shape, picked)];
    if (value !== p.shown) p.control.set((p.shown = value));
    p.rows.update(parts.pointRows(p.rowSpec, data, onData.layers[0].a, outputs, right));
    const count = right.filter(Boolean).length;
    const said = `Decision boundary: ${count} of ${right.length} points right`;
    p.output.setAttribute('aria-label', said);

    const { solved, reason } = judge(this, { met: count === right.length });
    p.check.hidden = goal !== 'xor' || solved;
    const words = 'make the network compute XOR: all four points right.';
    if (p.goal.show(goal === 'xor' ? words : null, solved, 'the network computes XOR.', reason)) {
      this.emit('nn-solved', { goal, weights: [...flat] });
      this.announce('Solved: the network computes XOR.');
    }
    const hint = this.#checked && !solved ? `Not yet: ${count} of 4 points right. ${HINT}` : '';
    setText(p.hint, goal === 'xor' ? hint : '');
  }

  /** Each neuron's activation over the input plane: one core forward pass over the grid. */
  #drawMaps(data, middle, right) {
    const p = this.#parts;
    const layers = this.#net.forward(this.#grid).layers;
    const [hidden, output] = [this.values['hidden-activation'], this.values['output-activation']];
    const common = {
      n: GRID,
      colors: themeColors(this),
      domain: data.domain,
      points: data.rows,
      labels: data.labels,
    };
    const bounds = maps.activationBounds(this.core, hidden);
    const stops = neuronMapStops(p.output.getContext('2d'), common.colors);
    p.drawn = p.maps.map(({ canvas, layer, unit, name }) => {
      const values = maps.column(layers[layer].a, unit);
      const colouring = maps.mapColouring(bounds, values);
      const options = { ...common, ...colouring, values, pointSize: 4 };
      drawNeuronMap(canvas, options);
      return {
        title: `What ${name} computes over the input plane`,
        draw: (large) => drawNeuronMap(large, { ...options, pointSize: 6 }),
        frame: maps.mapFrame(data.domain, name, colouring, stops),
      };
    });
    p.viewer.refresh();
    const values = maps.column(layers.at(-1).a, 0);
    const colouring = maps.mapColouring(maps.activationBounds(this.core, output), values, middle);
    const wrong = right.map((r) => !r);
    drawNeuronMap(p.output, { ...common, ...colouring, values, wrong });
    const shape = this.values.shape;
    const name = unitName(shape, shape.length - 1, 0);
    p.outputAxes.update(maps.mapFrame(data.domain, name, colouring, stops));
  }

  /** A new core Network, diagram and maps for a new shape or activation. */
  #rebuild(shape, hidden, output) {
    const p = this.#parts;
    const layers = shape.slice(1).map((units, i) => ({
      units,
      activation: i === shape.length - 2 ? output : hidden,
    }));
    this.#net = this.#nets.get({ inputs: 2, layers, seed: 1 });
    this.#shape = shape;
    // Seeded weights, to 2 decimals so that the diagram and the attribute stay readable.
    this.#initial = fromParameters(this.#net.getParameters()).map((w) => Math.round(w * 100) / 100);
    Object.assign(
      p,
      parts.editableDiagram(shape, this.#initial, (item, keys) => this.#pick(item, keys)),
    );
    p.diagram.replaceChildren(p.net.svg);
    const hiddenMaps = maps.hiddenMaps(shape);
    p.maps = hiddenMaps.maps;
    p.maps.forEach(({ button }, i) =>
      button.addEventListener('click', () => p.viewer.show(i, button)),
    );
    p.hidden.replaceChildren(...[hiddenMaps.root].filter(Boolean));
    p.rowSpec = parts.pointTable(shape);
    p.rows = readoutTable(p.rowSpec);
    p.table.replaceChildren(p.rows.root);
    this.#grid = maps.inputGrid(this.#dataset('xor').domain, GRID);
    this.#pick(this.#pickedItem(), false, false);
    p.netFor = `${shape}|${hidden}|${output}`;
  }

  /**
   * The weights in force, as the attribute's list: the attribute when it fits the network's
   * shape, else the seeded ones. Read from the attributes, not from the last drawing, so that
   * a second edit made before the next frame (a quick keyboard) keeps the first.
   */
  #weights() {
    const fits = this.values.weights.length === parameterCount(this.#shape);
    return fits ? this.values.weights : this.#initial;
  }

  #pickedItem() {
    const { kind, layer, a, b } = this.#picked;
    return this.#parts.nav.find(kind, layer, a, b) ?? this.#parts.nav.items[0];
  }

  /** Shows the editor for a weight or bias; from the keyboard, puts the cursor in its field. */
  #pick(item, byKeyboard, rerender = true) {
    const p = this.#parts;
    const shape = this.values.shape;
    this.#picked =
      item.kind === 'weight'
        ? { kind: 'weight', layer: item.layer, a: item.from, b: item.to }
        : { kind: 'bias', layer: item.layer, a: item.unit };
    const index = parts.itemIndex(shape, item);
    p.control = parts.parameterControl(shape, item, LIMIT, {
      onChange: (v) => this.setValue('weights', this.#weights().with(index, v)),
      onEscape: () => p.nav.focus(this.#pickedItem()),
    });
    p.editor.replaceChildren(p.control.root);
    p.shown = this.#weights()[index] ?? 0;
    p.control.set(p.shown);
    if (byKeyboard) {
      p.control.field.focus();
      p.control.field.select();
    }
    if (rerender) this.requestRender();
  }

  #check() {
    this.#checked = true;
    this.requestRender();
    this.announce(this.#parts.goal.root.classList.contains('solved') ? 'Solved.' : HINT);
  }

  #dataset(name) {
    if (!this.#data.has(name)) this.#data.set(name, truthTable(this.core, name));
    return this.#data.get(name);
  }
}
