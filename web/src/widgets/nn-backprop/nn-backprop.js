// <nn-backprop>: one training step of a small XOR network, walked through neuron by neuron:
// forward (each z and a), the loss, backward (each δ by the chain rule, then each gradient
// beside its finite-difference estimate) and the update. Every number is the core's
// (session.js); the walk-through is a list of steps the reader moves along.

import { el, setText } from '../../render/dom.js';
import { BaseWidget } from '../base/base-widget.js';
import { headingLevel } from '../shared/headings.js';
import { fromParameters, parameterCount, weightsEntry } from '../shared/weights-attribute.js';
import { backpropSettings } from './controls.js';
import { backpropDiagram, diagramView } from './diagram.js';
import { schema } from './schema.js';
import { runStep } from './session.js';
import { stepScrubber } from './step-scrubber.js';
import { buildSteps } from './steps.js';
import { gradientTable, renderBlocks } from './view.js';
import diagramCss from '../../render/network-diagram.css' with { type: 'text' };
import numberCss from '../shared/number-control.css' with { type: 'text' };
import css from './nn-backprop.css' with { type: 'text' };

const KEYS = { ArrowRight: 1, ArrowDown: 1, n: 1, N: 1, ArrowLeft: -1, ArrowUp: -1, p: -1, P: -1 };

export class NnBackprop extends BaseWidget {
  static schema = schema;

  static styles = [diagramCss, numberCss, css];

  #parts = null;
  #key = ''; // the settings the current run was computed for
  #run = null;
  #steps = [];
  #shape = [2, 2, 1]; // the last good shape
  #diagram = null;
  #diagramFor = '';
  #history = []; // weights before each "Next training step" (null: the seeded ones)
  #shown = -1;

  /** The weights must fit the shape in number. */
  entryFor(name) {
    const entry = super.entryFor(name);
    if (name !== 'weights') return entry;
    const count = parameterCount(this.values.shape);
    const example = Array.from({ length: count }, (_, i) => (i % 2 ? -0.5 : 0.5)).join(', ');
    return { ...weightsEntry(entry, this.values.shape), example };
  }

  build(body) {
    const settings = backpropSettings(this);
    const scrubber = stepScrubber({
      onMove: (index) => this.setValue('step', index),
      onStep: (direction) => this.#move(direction),
    });
    const p = (this.#parts = {
      settings,
      scrubber,
      figure: el('figure', { class: 'diagram', 'aria-hidden': 'true' }),
      // The step's title (this one until drawn), one heading level below the page's.
      title: el(`h${headingLevel(this)}`, {
        class: 'title',
        text: 'One training step, node by node',
      }),
      blocks: el('div', { class: 'blocks' }),
      check: gradientTable(),
    });
    const stage = (p.stage = el(
      'div',
      {
        class: 'stage',
        tabindex: 0,
        role: 'group',
        'aria-label': 'Backpropagation, step by step: Next and Back, or the arrow keys, or n and p',
      },
      [p.figure, el('section', { class: 'explain' }, [p.title, p.blocks])],
    ));
    body.append(settings.root, stage, scrubber.root, p.check.root);
    body.addEventListener('keydown', (event) => this.#onKey(event));
  }

  render() {
    const p = this.#parts;
    const problems = [];
    const shape = this.#syncRun(problems);
    if (this.#diagramFor !== shape.join(',')) {
      this.#diagram = backpropDiagram(shape, this.#run.before);
      p.figure.replaceChildren(this.#diagram.svg);
      p.stage.classList.toggle('deep', shape.length > 3); // the diagram then takes a row
      this.#diagramFor = shape.join(',');
    }
    const v = this.values;
    const steps = this.#steps;
    const index = Math.min(v.step, steps.length - 1);
    const step = steps[index];
    p.settings.set(v);
    this.#diagram.show(diagramView({ steps, index, run: this.#run, shape }));
    setText(p.title, step.title);
    p.blocks.replaceChildren(...renderBlocks(step.blocks));
    const reached = steps.slice(0, index + 1).flatMap((s) => s.gradients ?? []);
    const all = steps.every((s, i) => !s.gradients || i <= index);
    p.check.update(reached, all ? this.#run.check.maxRelativeError : null);
    p.scrubber.set({
      index,
      phases: steps.map((s) => s.phase),
      title: step.title,
      after: 'Next training step',
      before: this.#history.length > 0 ? 'Previous training step' : null,
    });
    if (this.#shown !== -1 && this.#shown !== index) {
      const first = p.blocks.querySelector('.line');
      this.announce(
        `Step ${index + 1} of ${steps.length}: ${step.title}. ${first?.textContent ?? ''}`,
      );
    }
    this.#shown = index;
    if (problems.length > 0) throw new Error(problems.join(' '));
  }

  /**
   * The run and its steps follow the attributes before anything steps or draws: Next, Back or
   * End pressed in the same frame as a new weight, sample, loss, learning rate or shape moves
   * through the run of the new settings, not the one the last drawing showed (Next past the
   * update would otherwise take that stale run's weights). Returns the shape used; a bad shape
   * adds its message to `problems`.
   */
  #syncRun(problems) {
    const v = this.values;
    const shape = this.#goodShape(problems);
    const weights = v.weights.length === parameterCount(shape) ? v.weights : null;
    const settings = { shape, activation: v.activation, weights, seed: v.seed, sample: v.sample };
    const config = { ...settings, loss: v.loss, learningRate: v['learning-rate'] };
    const key = JSON.stringify(config);
    if (key === this.#key) return shape;
    const run = runStep(this.core, config);
    const derivative = run.activations.map(
      (name) => this.core.activations.find((a) => a.name === name).derivative,
    );
    this.#steps = buildSteps({
      shape,
      run,
      loss: v.loss,
      learningRate: config.learningRate,
      derivative,
    });
    [this.#run, this.#key] = [run, key];
    return shape;
  }

  /** The shape attribute if it has 2 inputs and 1 output, else the last one that did. */
  #goodShape(problems) {
    const { shape } = this.values;
    if (shape[0] === 2 && shape.at(-1) === 1) this.#shape = shape;
    else {
      problems.push(
        `shape="${shape.join(',')}": expected 2 inputs first and 1 output last, such as "2,2,1" (the XOR network)`,
      );
    }
    return this.#shape;
  }

  /** One step on or back; Next past the update starts the next training step, Back returns. */
  #move(direction) {
    this.#syncRun([]);
    const last = this.#steps.length - 1;
    const target = Math.min(this.values.step, last) + direction;
    if (target >= 0 && target <= last) this.setValue('step', target);
    else if (direction > 0) {
      // A step whose weights `weights` cannot hold (past ±100) is not taken; the widget says so.
      const previous = this.values.weights.length > 0 ? this.values.weights : null;
      const after = fromParameters(this.#run.after);
      const { max } = super.entryFor('weights');
      const largest = Math.max(...after.map(Math.abs));
      const why = `the next training step would make a weight ${Math.round(largest)}, past the ±${max} that weights holds; a lower learning rate goes on`;
      if (!this.setValue('weights', after, why)) return;
      this.#history.push(previous);
      this.setValue('step', 0);
    } else if (this.#history.length > 0) {
      const previous = this.#history.pop();
      if (previous) this.setValue('weights', previous);
      else this.removeAttribute('weights');
      this.setValue('step', this.#steps.length - 1);
    }
  }

  #onKey(event) {
    const inField = event.target.closest?.('input, select, textarea');
    const letter = event.key.length === 1;
    if (inField && !(letter && event.target.type === 'range')) return;
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      this.#syncRun([]);
      this.setValue('step', event.key === 'Home' ? 0 : this.#steps.length - 1);
    } else if (KEYS[event.key] && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.#move(KEYS[event.key]);
    }
  }
}
