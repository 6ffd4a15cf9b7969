// <nn-export>: a network as code for the frameworks. The model (JSON from Network.toJSON(), or
// a shape and weights, or the latest one a sibling such as <nn-trainer> sends in an 'nn-model'
// event) is read by the core, then written as NumPy, PyTorch and Keras code in three tabs, with
// a glossary from the lab's words to the framework's. The code comes from export/*.js.

import { el, setText } from '../../render/dom.js';
import { BaseWidget } from '../base/base-widget.js';
import { seededWeights } from '../shared/owned-network.js';
import { savedModelText } from '../shared/saved-model.js';
import { parameterCount, toParameters, weightsEntry } from '../shared/weights-attribute.js';
import { codeTabs } from './code-tabs.js';
import { glossaryRows } from './glossary.js';
import { kerasCode } from './keras.js';
import { numpyCode } from './numpy.js';
import { shapeText } from './python-format.js';
import { pytorchCode } from './pytorch.js';
import { FRAMEWORKS, schema } from './schema.js';
import { storedNote, trainAtProblem } from './stored-note.js';
import css from './nn-export.css' with { type: 'text' };

const GENERATORS = { numpy: numpyCode, pytorch: pytorchCode, keras: kerasCode };

export class NnExport extends BaseWidget {
  static schema = schema;

  static styles = [css];

  #parts = null;
  #model = null; // the last good model object, read back from the core
  #modelKey = '';
  #codes = new Map(); // tab, optimizer and rate -> code for #model
  #stored = { state: 'shown', refusal: '' }; // with `stored`: whether one was found and read

  /** Weights fitted to the shape, when given. */
  entryFor(name) {
    const entry = super.entryFor(name);
    return name === 'weights' ? weightsEntry(entry, this.values.shape) : entry;
  }

  build(body) {
    const tabs = codeTabs({
      id: 'code',
      label: 'Framework',
      tabs: FRAMEWORKS,
      onSelect: (id) => this.setValue('tab', id),
    });
    const copy = el('button', { type: 'button', class: 'copy-code', text: 'Copy code' });
    const status = el('span', { class: 'copy-status', role: 'status' });
    copy.addEventListener('click', () => this.#copy(status));
    this.#parts = {
      tabs,
      status,
      summary: el('p', { class: 'summary' }),
      note: storedNote(),
      glossary: el('tbody'),
      glossaryHead: el('th', { scope: 'col' }),
    };
    const p = this.#parts;
    const glossary = el('table', { class: 'glossary' }, [
      el('caption', { text: 'The same ideas, in the lab’s words and the framework’s' }),
      el('thead', {}, [
        el('tr', {}, [el('th', { scope: 'col', text: 'In the lab' }), p.glossaryHead]),
      ]),
      p.glossary,
    ]);
    p.panel = el('div', { class: 'export', hidden: true }, [
      el('div', { class: 'code-side' }, [
        el('div', { class: 'tab-row' }, [tabs.list, copy]),
        tabs.panel,
        status,
      ]),
      el('div', { class: 'glossary-side' }, [glossary]),
    ]);
    body.append(p.summary, p.note.root, p.panel);
    this.#listen();
    // A model saved by an earlier lesson's trainer replaces the attributes' one (and becomes
    // the model attribute, so the embed code carries it). One the core refuses is never written
    // there: the attributes' network is shown, with a note saying why.
    if (this.values.stored && !this.values.model) {
      const saved = savedModelText();
      const refusal = saved === null ? '' : this.#refusal(saved);
      if (saved !== null && !refusal) this.setValue('model', saved);
      else this.#stored = { state: saved === null ? 'none' : 'refused', refusal };
    }
  }

  /** Why the stored model is not shown, while no other model replaced it ('' otherwise). */
  #refusedNote() {
    const { state, refusal } = this.#stored;
    if (this.values.model || state !== 'refused') return '';
    return ` Your saved model could not be read (${refusal}), so this is the default network.`;
  }

  /** Why the core (or the schema's length limit) refuses a model text, or '' when it reads. */
  #refusal(text) {
    const { maxLength } = schema.attributes.model;
    if (text.length > maxLength)
      return `it has ${text.length} characters; at most ${maxLength} are read`;
    try {
      this.core.networkFromJSON(text).dispose();
      return '';
    } catch (error) {
      return error.message;
    }
  }

  render() {
    let problem = '';
    try {
      this.#readModel();
    } catch (error) {
      if (!this.#model) throw error;
      problem = `${error.message}. The code shown is still the last good model’s.`;
    }
    const { tab } = this.values;
    const model = this.#model;
    const p = this.#parts;
    p.panel.hidden = false;
    p.tabs.show(tab, this.#code(tab));
    const framework = FRAMEWORKS.find((f) => f.id === tab).name;
    setText(p.glossaryHead, `In ${framework}`);
    p.glossary.replaceChildren(
      ...glossaryRows(model, tab).map(([lab, theirs]) =>
        el('tr', {}, [
          el('th', { scope: 'row', text: lab }),
          el('td', { class: 'num', text: theirs }),
        ]),
      ),
    );
    const activations = model.layers.map((layer) => layer.activation).join(', ');
    const following = this.values.source ? ` Following #${this.values.source}.` : '';
    setText(
      p.summary,
      `A ${shapeText(model)} network (${activations}; loss ${model.loss}).${following}${this.#refusedNote()}`,
    );
    // The note stands until a model arrives (a named source's, or one set by the page).
    const trainAt = this.values['train-at'];
    const linkProblem = trainAtProblem(trainAt);
    const state = this.values.model ? 'shown' : this.#stored.state;
    p.note.show({ state, trainAt: linkProblem ? '' : trainAt });
    if (linkProblem) problem = problem ? `${problem} ${linkProblem}` : linkProblem;
    if (problem) throw new Error(problem);
  }

  /**
   * The code of `tab` for the model shown, made once per model and tab. Copy asks for it too:
   * pressed in the same frame as another tab, it copies that tab's code, not nothing.
   */
  #code(tab) {
    const { optimizer, 'learning-rate': learningRate } = this.values;
    const key = `${tab}|${optimizer}|${learningRate}`;
    if (!this.#codes.has(key))
      this.#codes.set(key, GENERATORS[tab](this.#model, { optimizer, learningRate }));
    return this.#codes.get(key);
  }

  /** Reads the model through the core (so a malformed one gets the core's message). */
  #readModel() {
    const { model: text, shape, weights, activation, output, loss } = this.values;
    const key = text ? `json|${text}` : JSON.stringify([shape, weights, activation, output, loss]);
    if (key === this.#modelKey) return;
    let net = null;
    try {
      if (text) {
        try {
          net = this.core.networkFromJSON(text);
        } catch (error) {
          throw new Error(
            `model="${text.length > 40 ? `${text.slice(0, 39)}…` : text}": ${error.message}`,
          );
        }
      } else {
        const layers = shape.slice(1).map((units, l) => ({
          units,
          activation: l === shape.length - 2 ? output : activation,
        }));
        net = this.core.createNetwork({ inputs: shape[0], layers, loss, seed: 1 });
        const flat =
          weights.length === parameterCount(shape) ? weights : seededWeights(this.core, shape);
        net.setParameters(toParameters(shape, flat));
      }
      this.#model = net.toJSON();
      this.#modelKey = key;
      this.#codes.clear();
    } finally {
      net?.dispose();
    }
  }

  /**
   * Takes the model from 'nn-model' events: from the `source` element, or else any sibling,
   * unless the export shows the stored model (then only a named source replaces it).
   */
  #listen() {
    const listener = (event) => {
      const from = event.target;
      const { source, stored } = this.values;
      const sibling = !stored && from !== this && this.parentNode?.contains(from);
      const wanted = source ? from.id === source : sibling;
      const model = event.detail?.model;
      if (!wanted || model === undefined) return;
      this.setValue('model', typeof model === 'string' ? model : JSON.stringify(model));
      // The sender's training settings, for the PyTorch code's training comment.
      const training = event.detail.training;
      if (training) {
        this.setValue('optimizer', training.optimizer);
        this.setValue('learning-rate', training.learningRate);
      }
    };
    // The root of the widget's current place: a move into another shadow root listens there.
    this.whileConnected(() => {
      const root = this.getRootNode();
      root.addEventListener('nn-model', listener);
      return () => root.removeEventListener('nn-model', listener);
    });
  }

  async #copy(status) {
    const tab = this.values.tab;
    const name = FRAMEWORKS.find((f) => f.id === tab).name;
    try {
      await navigator.clipboard.writeText(this.#model ? this.#code(tab) : '');
      setText(status, `${name} code copied.`);
    } catch {
      // No clipboard here: select the code so that Ctrl+C (⌘C) copies it.
      const range = document.createRange();
      range.selectNodeContents(this.#parts.tabs.code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      setText(status, `The ${name} code is selected: press Ctrl+C (⌘C) to copy it.`);
    }
  }
}
