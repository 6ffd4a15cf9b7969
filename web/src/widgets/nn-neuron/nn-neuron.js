// <nn-neuron>: one neuron the reader can play with. Each input and weight, and the bias, can be
// typed or slid; the weighted sum is written out with live numbers, then the activation and
// the output. All the arithmetic is the core's (core.neuron); this file shows and edits it.

import { el, setText } from '../../render/dom.js';
import { networkDiagram, updateNetworkDiagram } from '../../render/network-diagram.js';
import { acceptedNames, withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { fixedNote, lockFixed } from '../base/exercise.js';
import { goalSentence } from '../base/goal.js';
import { showFixed, showNumber } from '../shared/format.js';
import { goalStatus } from '../shared/goal-status.js';
import { unitName } from '../shared/notation.js';
import { numberControl } from '../shared/number-control.js';
import { outputMeter } from './output-meter.js';
import { LIMIT, schema } from './schema.js';
import diagramCss from '../../render/network-diagram.css' with { type: 'text' };
import numberCss from '../shared/number-control.css' with { type: 'text' };
import css from './nn-neuron.css' with { type: 'text' };

const SLIDERS = { input: [0, 1, 0.01], weight: [-2, 2, 0.01], bias: [-2, 2, 0.01] };

export class NnNeuron extends BaseWidget {
  static schema = withExercise(schema);

  static styles = [diagramCss, numberCss, css];

  #parts = null;
  #said = null; // the output last announced; null until the first render, which stays quiet
  #ranges = new Map(); // activation name -> [lowest, highest] output, for the meter

  /** At most one weight per input; missing ones count as 0 (see the weights getter). */
  entryFor(name) {
    const entry = super.entryFor(name);
    const count = this.values.inputs.length;
    return name === 'weights' ? { ...entry, maxLength: count } : entry;
  }

  /** The weights fitted to the inputs: missing ones 0. */
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
      'bias b',
      ['bias ', el('var', { text: 'b' })],
      SLIDERS.bias,
      (v) => this.setValue('bias', v),
    );
    const p = (this.#parts = {
      rows: el('div', { class: 'rows' }),
      diagram: el('div', { class: 'diagram', 'aria-hidden': 'true' }),
      terms: el('span', { class: 'num terms' }),
      z: el('output', { class: 'num z-value' }),
      applied: el('span', { class: 'num' }),
      output: el('output', { class: 'num output-value' }),
      meter: outputMeter(),
      goal: goalStatus(),
      kept: fixedNote(),
      select,
      bias,
      controls: [],
      rowsFor: '',
    });
    const activation = el('div', { class: 'control' }, [
      el('label', { for: 'activation', class: 'label', text: 'activation' }),
      select,
    ]);
    const formulas = el('div', { class: 'numbers' }, [
      el('p', { class: 'formula' }, [el('var', { text: 'z' }), ' = ', p.terms, ' = ', p.z]),
      el('p', { class: 'formula' }, ['output = ', p.applied, ' = ', p.output]),
      p.meter.root,
      p.goal.root,
      p.kept,
    ]);
    body.append(
      el('div', { class: 'neuron' }, [
        el('div', { class: 'edit' }, [
          p.rows,
          el('div', { class: 'row last' }, [bias.root, activation]),
        ]),
        el('div', { class: 'result' }, [p.diagram, formulas]),
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
    p.select.value = activation;
    const controls = (list) => list.flatMap((control) => [control.field, control.range]);
    const terms = [
      ['inputs', controls(p.controls.map(([x]) => x))],
      ['weights', controls(p.controls.map(([, w]) => w))],
      ['bias', controls([p.bias])],
      ['activation', [p.select]],
    ];
    lockFixed(this, terms, p.kept, locked);

    // z written twice: the factors w_i·x_i, then the core's products, each followed by the bias.
    const plusBias = `${bias < 0 ? '−' : '+'} ${showNumber(Math.abs(bias))}`;
    const factors = inputs.map((x, i) => `${showNumber(x)}·${showNumber(weights[i], true)}`);
    const products = result.products.map((t) => showNumber(Number(t.toFixed(4)), true));
    setText(p.terms, `${factors.join(' + ')} ${plusBias} = ${products.join(' + ')} ${plusBias}`);
    const z = showNumber(Number(result.z.toFixed(4)));
    setText(p.z, z);
    setText(p.applied, `${activation}(${z})`);
    setText(p.output, showFixed(result.output));
    p.meter.show(result.output, ...this.#range(activation, result.output));
    updateNetworkDiagram(p.net, [{ W: { rows: weights.length, cols: 1, data: weights } }], 2);
    setText(p.net.nodes.at(-1).lastChild, showFixed(result.output, 2));

    const news = [];
    const said = showFixed(result.output);
    if (this.#said !== null && said !== this.#said) news.push(`Output ${said}.`);
    if (p.goal.check(goal, result, this)) {
      this.emit('nn-solved', { goal, ...result });
      news.push(`Solved: the ${goalSentence(goal)}.`);
    }
    if (news.length > 0) this.announce(news.join(' '));
    this.#said = said;
  }

  /** One row per input: x_i and w_i side by side, and the small diagram to match. */
  #buildRows(count) {
    const p = this.#parts;
    const names = this.values.labels.split(',').map((s) => s.trim());
    p.controls = Array.from({ length: count }, (_, i) => {
      const sub = () => el('sub', { text: String(i + 1) });
      const name = names[i] ? ` (${names[i]})` : '';
      const xLabel = [spoken('input '), el('var', { text: 'x' }), sub(), name];
      const x = this.#control(`x${i}`, `input x${i + 1}${name}`, xLabel, SLIDERS.input, (v) =>
        this.setValue('inputs', this.values.inputs.with(i, v)),
      );
      const wLabel = [spoken('weight '), el('var', { text: 'w' }), sub()];
      const w = this.#control(`w${i}`, `weight w${i + 1}`, wLabel, SLIDERS.weight, (v) =>
        this.setValue('weights', this.weights.with(i, v)),
      );
      return [x, w];
    });
    p.rows.replaceChildren(
      ...p.controls.map(([x, w]) => el('div', { class: 'row' }, [x.root, w.root])),
    );
    p.net = networkDiagram({
      shape: [count, 1],
      parameters: [{ W: { rows: count, cols: 1, data: this.weights } }],
      labels: (column, unit) => (column === 0 ? unitName([count, 1], 0, unit) : ''),
      width: 200,
      height: Math.max(140, count * 46),
      radius: 17,
    });
    p.diagram.replaceChildren(p.net.svg);
    p.rowsFor = `${count}|${this.values.labels}`;
  }

  #control(id, name, label, slider, onChange) {
    const entry = { type: 'number', default: 0.5, ...LIMIT };
    return numberControl({ id, name, label, entry, slider, onChange });
  }

  /**
   * The meter's ends: the activation's own bounds where it has them (asked of the core at
   * z = ±100 and ±1000: equal values mean the curve has levelled off), else ±(|output| rounded up).
   */
  #range(activation, output) {
    if (!this.#ranges.has(activation)) {
      const { value } = this.core.activate(activation, [-1e3, -1e2, 1e2, 1e3]);
      const low = Math.abs(value[0] - value[1]) < 1e-9 ? value[0] : null;
      const high = Math.abs(value[2] - value[3]) < 1e-9 ? value[3] : null;
      this.#ranges.set(activation, [low, high]);
    }
    const [low, high] = this.#ranges.get(activation);
    const span = Math.max(1, Math.ceil(Math.abs(output)));
    return [low ?? -span, high ?? span];
  }
}

/** Words for screen readers only, such as "input " before x₁. */
function spoken(text) {
  return el('span', { class: 'sr-only', text });
}
