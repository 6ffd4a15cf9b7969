// <nn-neuron>: one neuron the reader can play with. Each input and weight, and the bias, can be
// typed or slid; the weighted sum is written out with live numbers, then the activation and
// the output. All the arithmetic is the core's (core.neuron); this file shows and edits it.

import { acceptedNames, formatNumber } from './attributes.js';
import { BaseWidget } from './base-widget.js';
import { el, setText } from './dom.js';
import { describeGoal, goalMet } from './goal.js';
import { neuronStyles } from './nn-neuron-styles.js';
import { numberControl } from './number-control.js';
import {
  networkDiagram,
  networkDiagramStyles,
  updateNetworkDiagram,
} from '../render/network-diagram.js';

const LIMIT = { min: -10, max: 10 };
const SLIDERS = { input: [0, 1, 0.01], weight: [-2, 2, 0.01], bias: [-2, 2, 0.01] };

export class NnNeuron extends BaseWidget {
  static schema = {
    tag: 'nn-neuron',
    summary: 'One neuron: each input times its weight, summed with a bias, through an activation.',
    attributes: {
      inputs: {
        type: 'numbers',
        default: [0.8, 0.6, 0.9],
        minLength: 1,
        maxLength: 8,
        ...LIMIT,
        description: 'The inputs x₁, x₂, …; how many there are (1 to 8) sets the number of inputs.',
      },
      weights: {
        type: 'numbers',
        default: [0.5, 0.7, 0.3],
        ...LIMIT,
        description: 'One weight per input; missing ones count as 0.',
      },
      bias: {
        type: 'number',
        default: 0.1,
        ...LIMIT,
        description: 'The bias b, added to the sum.',
      },
      activation: {
        type: 'name',
        table: 'activations',
        where: 'hidden',
        default: 'sigmoid',
        description: 'The activation applied to z.',
      },
      labels: {
        type: 'string',
        default: '',
        maxLength: 200,
        description: 'Names for the inputs, separated by commas, such as "weather, energy, time".',
      },
      goal: {
        type: 'goal',
        default: null,
        values: ['output', 'z'],
        description: 'An exercise the page checks, such as "output>0.9" or "z<0".',
      },
      locked: {
        type: 'boolean',
        default: false,
        description: 'Shows the numbers without editing.',
      },
    },
  };

  static styles = networkDiagramStyles + neuronStyles;

  #parts = null;
  #solved = false;
  #said = null; // the output last announced; null until the first render, which stays quiet
  #ranges = new Map(); // activation name -> [lowest, highest] output, for the meter

  /** Weights must match the inputs in number. */
  entryFor(name) {
    const entry = super.entryFor(name);
    const count = this.values.inputs.length;
    return name === 'weights' ? { ...entry, minLength: count, maxLength: count } : entry;
  }

  /** The weights fitted to the inputs: extra ones dropped, missing ones 0. */
  get weights() {
    return this.values.inputs.map((_, i) => this.values.weights[i] ?? 0);
  }

  build(body) {
    const select = el('select', { id: 'activation' });
    for (const name of acceptedNames(this.entryFor('activation'), this.core)) {
      select.append(el('option', { value: name, text: name }));
    }
    select.addEventListener('change', () => this.setValue('activation', select.value));
    const bias = this.#control(
      'bias',
      'bias',
      ['bias ', el('var', { text: 'b' })],
      SLIDERS.bias,
      (v) => this.setValue('bias', v),
    );
    const z = el('output', { class: 'num z-value' });
    const output = el('output', { class: 'num output-value' });
    const fill = el('div', { class: 'fill' });
    this.#parts = {
      rows: el('div', { class: 'rows' }),
      diagram: el('div', { class: 'diagram', 'aria-hidden': 'true' }),
      terms: el('span', { class: 'num terms' }),
      z,
      applied: el('span', { class: 'num' }),
      output,
      fill,
      meterEnds: [el('span', { class: 'num' }), el('span', { class: 'num' })],
      goal: el('p', { class: 'goal' }),
      select,
      bias,
      controls: [],
      rowsFor: '',
    };
    const p = this.#parts;
    body.append(
      el('div', { class: 'neuron' }, [
        el('div', { class: 'edit' }, [
          p.rows,
          el('div', { class: 'row last' }, [
            bias.root,
            el('div', { class: 'control' }, [
              el('label', { for: 'activation', class: 'label', text: 'activation' }),
              select,
            ]),
          ]),
        ]),
        el('div', { class: 'result' }, [
          p.diagram,
          el('div', { class: 'numbers' }, [
            el('p', { class: 'formula' }, [el('var', { text: 'z' }), ' = ', p.terms, ' = ', z]),
            el('p', { class: 'formula' }, ['output = ', p.applied, ' = ', output]),
            el('div', { class: 'meter', 'aria-hidden': 'true' }, [
              el('div', { class: 'track' }, [fill]),
              ...p.meterEnds,
            ]),
            p.goal,
          ]),
        ]),
      ]),
    );
  }

  render() {
    const { inputs, bias, activation, goal, locked } = this.values;
    const weights = this.weights;
    const p = this.#parts;
    if (p.rowsFor !== `${inputs.length}|${this.values.labels}`) this.#buildRows(inputs.length);
    const result = this.core.neuron({ inputs, weights, bias, activation });
    p.controls.forEach(([x, w], i) => {
      x.set(inputs[i]);
      w.set(weights[i]);
    });
    p.bias.set(bias);
    for (const control of [...p.controls.flat(), p.bias]) control.lock(locked);
    p.select.value = activation;
    p.select.disabled = locked;

    const terms = inputs.map((x, i) => `${show(x)}·${show(weights[i], true)}`);
    setText(p.terms, `${terms.join(' + ')} ${bias < 0 ? '−' : '+'} ${show(Math.abs(bias))}`);
    setText(p.z, show(Number(result.z.toFixed(4))));
    setText(p.applied, `${activation}(${show(Number(result.z.toFixed(4)))})`);
    setText(p.output, result.output.toFixed(4));
    this.#drawMeter(result.output, activation);
    updateNetworkDiagram(
      this.#parts.net,
      [{ W: { rows: weights.length, cols: 1, data: weights } }],
      2,
    );
    p.net.nodes.at(-1).querySelector('text').textContent = result.output.toFixed(2);
    const news = [this.#checkGoal(goal, result)];
    const said = result.output.toFixed(4);
    if (this.#said !== null && said !== this.#said) news.unshift(`Output ${said}.`);
    if (news.join('')) this.announce(news.join(' '));
    this.#said = said;
  }

  /** One row per input: x_i and w_i side by side, and the small diagram to match. */
  #buildRows(count) {
    const p = this.#parts;
    const names = this.values.labels.split(',').map((s) => s.trim());
    p.controls = Array.from({ length: count }, (_, i) => {
      const sub = el('sub', { text: String(i + 1) });
      const name = names[i] ? ` (${names[i]})` : '';
      const x = this.#control(
        `x${i}`,
        `input ${i + 1}${name}`,
        [el('var', { text: 'x' }), sub, name],
        SLIDERS.input,
        (v) => this.setValue('inputs', this.values.inputs.with(i, v)),
      );
      const w = this.#control(
        `w${i}`,
        `weight ${i + 1}`,
        [el('var', { text: 'w' }), sub.cloneNode(true)],
        SLIDERS.weight,
        (v) => this.setValue('weights', this.weights.with(i, v)),
      );
      return [x, w];
    });
    p.rows.replaceChildren(
      ...p.controls.map(([x, w]) => el('div', { class: 'row' }, [x.root, w.root])),
    );
    const labels = (column, unit) => (column === 0 ? `x${toSubscript(unit + 1)}` : '');
    p.net = networkDiagram({
      shape: [count, 1],
      parameters: [{ W: { rows: count, cols: 1, data: this.weights } }],
      labels,
      width: 200,
      height: Math.max(140, count * 46),
      radius: 17,
    });
    p.diagram.replaceChildren(p.net.svg);
    p.rowsFor = `${count}|${this.values.labels}`;
  }

  #control(id, name, label, slider, onChange) {
    return numberControl({
      id,
      name,
      label,
      entry: { type: 'number', default: 0.5, ...LIMIT },
      slider,
      onChange,
    });
  }

  /** The output as a bar on the activation's range (bounded ends found by asking the core). */
  #drawMeter(output, activation) {
    if (!this.#ranges.has(activation)) {
      const { value } = this.core.activate(activation, [-1e3, -1e2, 1e2, 1e3]);
      const low = Math.abs(value[0] - value[1]) < 1e-9 ? value[0] : null;
      const high = Math.abs(value[2] - value[3]) < 1e-9 ? value[3] : null;
      this.#ranges.set(activation, [low, high]);
    }
    const [low, high] = this.#ranges.get(activation);
    const span = Math.max(1, Math.ceil(Math.abs(output)));
    const lo = low ?? -span;
    const hi = high ?? span;
    const { fill, meterEnds } = this.#parts;
    const start = (Math.max(lo, 0) - lo) / (hi - lo);
    const end = (Math.min(Math.max(output, lo), hi) - lo) / (hi - lo);
    fill.style.left = `${Math.min(start, end) * 100}%`;
    fill.style.width = `${Math.abs(end - start) * 100}%`;
    fill.classList.toggle('negative', output < 0);
    setText(meterEnds[0], show(lo));
    setText(meterEnds[1], show(hi));
  }

  /** Shows the goal line; returns words to announce when the goal has just been met. */
  #checkGoal(goal, result) {
    const solved = goal !== null && goalMet(goal, result);
    const { goal: line } = this.#parts;
    line.hidden = goal === null;
    line.classList.toggle('solved', solved);
    if (goal)
      setText(
        line,
        solved ? `✓ Solved: ${describeGoal(goal)}.` : `Goal: make the ${describeGoal(goal)}.`,
      );
    const news = solved && !this.#solved;
    if (news) this.emit('nn-solved', { goal, ...result });
    this.#solved = solved;
    return news ? `Solved: the ${describeGoal(goal)}.` : '';
  }
}

/** A number for the formula: shortest form, true minus sign, negatives in brackets if asked. */
function show(value, bracket = false) {
  const text = formatNumber(value).replace('-', '−');
  return bracket && value < 0 ? `(${text})` : text;
}

function toSubscript(n) {
  return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[d]);
}
