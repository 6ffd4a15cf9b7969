// <nn-perceptron>: Rosenblatt's perceptron on the AND, OR or XOR truth table. The reader steps
// one sample or one epoch, or plays, and watches the line w₁x₁ + w₂x₂ + b = 0 move while the
// rule is written out with live numbers. With mode="drag" the reader places the line by hand
// instead (lesson 4) and counts the points on the wrong side. Every update, weighted sum and
// prediction is the core's Perceptron; this file shows them and keeps the controls.

import { decisionLinePlot } from '../../render/decision-line-plot.js';
import { el, setText } from '../../render/dom.js';
import { withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { fixedNote, judge, lockFixed, withinWords } from '../base/exercise.js';
import { exerciseLine } from '../shared/exercise-line.js';
import { numberControl } from '../shared/number-control.js';
import { player } from '../shared/player.js';
import { readoutTable } from '../shared/readout-table.js';
import { truthTable } from '../shared/truth-table.js';
import { lineDragger } from './line-handles.js';
import { ruleReadout } from './rule.js';
import { schema } from './schema.js';
import { PerceptronSession, PLAY_MS } from './session.js';
import * as parts from './view.js';
import plotCss from '../../render/decision-line-plot.css' with { type: 'text' };
import chipsCss from '../shared/choice-chips.css' with { type: 'text' };
import numberCss from '../shared/number-control.css' with { type: 'text' };
import tableCss from '../shared/readout-table.css' with { type: 'text' };
import css from './nn-perceptron.css' with { type: 'text' };

const GIVE_UP = 100; // epochs without convergence before play stops and the status says so
const START = { weights: [1, 1], bias: -0.5 }; // the line drag mode shows when w is (0, 0)
const GOALS = {
  converge: (limit) =>
    `train the perceptron until it converges${limit}: one epoch with no mistakes.`,
  separate: () => 'place the line so that every point is on its own side.',
};

export class NnPerceptron extends BaseWidget {
  static schema = withExercise(schema);

  static styles = [plotCss, tableCss, chipsCss, numberCss, css];

  #parts = null;
  #perceptron = null; // the one core Perceptron, owned here
  #session = null;
  #data = null; // { rows, labels, domain } of the truth table shown
  #trainedFrom = ''; // the attributes the session started from

  build(body) {
    this.#perceptron = this.core.createPerceptron({ inputs: 2 });
    const button = (text, action) => el('button', { type: 'button', text, on: { click: action } });
    const p = (this.#parts = {
      chooser: parts.datasetChooser((name) => this.setValue('dataset', name)),
      figure: el('div', { class: 'figure' }),
      help: el('p', { class: 'help', text: parts.DRAG_HELP }),
      counter: el('p', { class: 'counter num' }),
      status: el('p', { class: 'status' }),
      rule: ruleReadout(),
      line: el('p', { class: 'line-text num' }),
      note: el('p', { class: 'note' }),
      table: readoutTable(parts.truthTable()),
      goal: exerciseLine(),
      kept: fixedNote(),
      // Play pressed in the same frame as a new data set plays it: the session starts afresh
      // now, not at the next render, which would stop the play it had not seen start.
      player: player({
        interval: PLAY_MS,
        tick: () => this.#tick(),
        onStart: () => this.#syncSession(),
      }),
      plotFor: '',
    });
    this.disposeables.push(this.#perceptron);
    // Off the page, Play pauses and comes back on with the widget (design rule 18).
    this.whileConnected(() => {
      p.player.resume();
      return () => p.player.suspend();
    });
    p.lr = numberControl({
      id: 'lr',
      name: 'learning rate',
      label: ['learning rate ', el('var', { text: 'lr' })],
      entry: this.entryFor('learning-rate'),
      slider: [0.01, 1, 0.01],
      onChange: (v) => this.setValue('learning-rate', v),
    });
    const steps = el('div', { class: 'buttons' }, [
      button('Step: one sample', () => this.#step('sample')),
      button('Step: one epoch', () => this.#step('epoch')),
      p.player.button,
      button('Reset', () => {
        this.#reset();
        this.requestRender();
      }),
    ]);
    p.train = el('div', { class: 'train' }, [steps, p.lr.root]);
    p.help.hidden = true; // drag mode only; render() shows what the mode needs
    p.drag = el('div', { class: 'buttons', hidden: true }, [
      button('Swap the sides', () => p.dragger.flip()),
    ]);
    const panel = el('div', { class: 'panel' }, [p.counter, p.status, p.rule.root, p.line, p.note]);
    body.append(
      p.chooser.root,
      el('div', { class: 'perceptron' }, [
        el('div', { class: 'figure-box' }, [p.figure, p.help]),
        el('div', { class: 'side' }, [panel, p.table.root]),
      ]),
      p.train,
      p.drag,
      p.goal.root,
      p.kept,
    );
  }

  render() {
    const { dataset, mode, goal, weights: startWeights, bias: startBias } = this.values;
    const lr = this.values['learning-rate'];
    const p = this.#parts;
    const drag = mode === 'drag';
    this.#syncSession();
    const perceptron = this.#perceptron;
    if (drag) p.dragger.place(startWeights, startBias);

    const { rows, labels } = this.#data;
    const z = rows.map((x) => perceptron.weightedSum(x));
    const y = rows.map((x) => perceptron.predict(x));
    const wrong = y.map((yi, i) => yi !== labels[i]);
    const mistakes = wrong.filter(Boolean).length;
    const s = this.#session;
    const current = drag ? -1 : (s.last?.index ?? s.index);
    const [weights, bias] = [perceptron.weights, perceptron.bias];
    p.plot.update({ weights, bias, wrong, current, handleAt: p.dragger?.handles ?? [] });
    p.dragger?.describe();
    p.table.update(parts.pointRows(this.#data, z, y));
    p.table.rows.forEach((row, i) => row.classList.toggle('current', i === current));

    p.chooser.show(dataset);
    for (const node of [p.train, p.counter, p.rule.root]) node.hidden = drag;
    p.drag.hidden = !drag;
    p.help.hidden = !drag;
    if (lr !== p.lrShown) p.lr.set((p.lrShown = lr)); // a half-typed value stays in the field
    setText(p.line, parts.lineText(weights, bias));
    setText(p.counter, parts.counterText(s));
    setText(p.status, parts.statusText({ drag, session: s, mistakes, dataset, giveUp: GIVE_UP }));
    if (!drag) p.rule.show(s.last, { lr, next: this.#next() });
    const note = drag && dataset === 'xor' ? parts.xorNote(mistakes) : '';
    setText(p.note, note || parts.roundingNote(this.#data, z));

    lockFixed(
      this,
      [
        ['dataset', p.chooser.radios],
        ['learning-rate', [p.lr.field, p.lr.range]],
      ],
      p.kept,
    );
    const met = goal === 'converge' ? s.convergedAt !== null : mistakes === 0;
    const nudges = { late: 'press Reset and try a larger learning rate' };
    const { solved: done, reason } = judge(this, {
      met,
      taken: s.convergedAt,
      done: 'Converged',
      nudges,
    });
    const solved = parts.solvedText(goal, s);
    if (p.goal.show(GOALS[goal]?.(withinWords(this)) ?? null, done, solved, reason)) {
      this.emit('nn-solved', { goal, epochs: s.epoch, weights, bias });
      this.announce(`Solved: ${solved}`);
    }
  }

  /**
   * The plot and session follow the attributes before anything steps or draws: a step pressed
   * in the same frame as a data-set change trains the new data set, not the old one.
   * True when the session started afresh (which stops play).
   */
  #syncSession() {
    const { dataset, mode } = this.values;
    if (this.#parts.plotFor !== `${dataset}|${mode}`) this.#buildPlot();
    this.#perceptron.learningRate = this.values['learning-rate'];
    if (mode === 'drag' || this.#trainedFrom === this.#startKey()) return false;
    this.#reset();
    return true;
  }

  /** The plot for this data set and mode (the marks and the handles differ). */
  #buildPlot() {
    const p = this.#parts;
    const { dataset, mode } = this.values;
    const d = (this.#data = truthTable(this.core, dataset));
    const drag = mode === 'drag';
    p.plot = decisionLinePlot({ ...d, points: d.rows, handles: drag ? 2 : 0 });
    p.plot.svg.classList.toggle('animate', !drag);
    p.plot.svg.setAttribute('role', drag ? 'group' : 'img');
    p.plot.svg.setAttribute(
      'aria-label',
      `The four ${dataset.toUpperCase()} points and the line${drag ? ': drag or use the arrow keys on its two handles' : ''}`,
    );
    p.dragger = drag
      ? lineDragger({
          plot: p.plot,
          domain: d.domain,
          perceptron: this.#perceptron,
          start: START,
          onLine: ({ weights, bias }) => {
            this.setValue('weights', weights);
            this.setValue('bias', bias);
            this.requestRender();
          },
        })
      : null;
    p.figure.replaceChildren(p.plot.svg);
    p.plotFor = `${dataset}|${mode}`;
    this.#session = new PerceptronSession(this.#perceptron, this.#data);
    this.#trainedFrom = '';
  }

  #startKey() {
    const { dataset, weights, bias } = this.values;
    return `${dataset}|${weights}|${bias}`;
  }

  /** Back to the starting weights and bias from the attributes, epoch 0, sample 1. */
  #reset() {
    this.#parts.player.stop();
    this.#perceptron.setWeights(this.values.weights, this.values.bias);
    this.#session = new PerceptronSession(this.#perceptron, this.#data);
    this.#trainedFrom = this.#startKey();
  }

  #next() {
    const { index, count } = this.#session;
    const { rows, labels } = this.#data;
    return { index, count, x: rows[index], target: labels[index] };
  }

  #step(size) {
    this.#syncSession();
    const s = this.#session;
    if (size === 'sample') s.stepSample();
    else s.stepEpoch();
    this.requestRender();
    this.announce(parts.stepWords(size, s));
  }

  /** One epoch of play; false (stop) once converged or every GIVE_UP epochs without. */
  #tick() {
    if (this.#syncSession()) return false; // the settings changed under play: a new start
    const s = this.#session;
    s.stepEpoch();
    this.requestRender();
    const going = s.convergedAt === null && s.epoch % GIVE_UP !== 0;
    if (!going) {
      const { dataset } = this.values;
      this.announce(parts.statusText({ session: s, mistakes: 0, dataset, giveUp: GIVE_UP }));
    }
    return going;
  }
}
