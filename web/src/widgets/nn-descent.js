// <nn-descent>: gradient descent, one step at a time. A ball on the loss curve of a one-weight
// model (or on the loss surface of a two-weight one, with its path) moves by w ← w − learning
// rate × dL/dw, the loss and the gradient coming from the core's backward(). The reader sets
// the learning rate on a log scale and the widget says in words what it sees happen.

import { BaseWidget } from './base-widget.js';
import { descentCurveView } from './descent-curve-view.js';
import { VERDICTS, stepsOf } from './descent-run.js';
import { DescentSession } from './descent-session.js';
import { el, setText } from './dom.js';
import { lossSurfaceView } from './loss-surface-view.js';
import { descentStyles } from './nn-descent-styles.js';
import { ownedNetwork } from './owned-network.js';
import { rateControl } from './rate-control.js';
import { settleGoal } from './settle-goal.js';
import { showValue } from './show-value.js';

const RATE = { type: 'number', default: 0.1, min: 0.001, max: 10 };

export class NnDescent extends BaseWidget {
  static schema = {
    tag: 'nn-descent',
    summary: 'Gradient descent: roll down a loss curve or surface with a learning rate you choose.',
    attributes: {
      mode: {
        type: 'enum',
        values: ['1d', '2d'],
        default: '1d',
        description: '1d: one weight, the loss as a curve; 2d: two weights, the loss as a surface.',
      },
      'learning-rate': {
        ...RATE,
        description: 'The step size: each step moves the weights by −learning rate × dL/dw.',
      },
      activation: {
        type: 'enum',
        values: ['linear', 'sigmoid'],
        default: 'linear',
        description: 'The one-weight model’s activation (1d): linear gives a parabola.',
      },
      start: {
        type: 'numbers',
        default: [-1],
        min: -20,
        max: 20,
        description:
          'Where the ball starts: one weight (1d) or two (2d). Clicking the plot sets it.',
      },
      goal: {
        type: 'goal',
        default: null,
        values: ['converge'],
        description: 'An exercise, such as "converge<50": the loss settles in fewer than 50 steps.',
      },
    },
  };

  static styles = descentStyles;

  #parts = null;
  #session = new DescentSession(this);
  #said = '';

  /** As many start weights as the mode has. */
  entryFor(name) {
    const entry = super.entryFor(name);
    const count = this.values.mode === '2d' ? 2 : 1;
    return name === 'start' ? { ...entry, minLength: count, maxLength: count } : entry;
  }

  build(body) {
    const session = this.#session;
    session.useNetwork(ownedNetwork(this.core, this.disposeables));
    this.disposeables.push(() => session.cancelTimer());
    const button = (text, action) => el('button', { type: 'button', text, on: { click: action } });
    const p = (this.#parts = {
      rate: rateControl({
        id: 'rate',
        label: 'learning rate',
        entry: RATE,
        onChange: (rate) => this.setValue('learning-rate', rate),
      }),
      step: button('Step', () => session.step()),
      play: button('Play', () => session.togglePlay()),
      reset: button('Reset', () => session.reset()),
      numbers: Object.fromEntries(
        ['steps', 'w', 'loss', 'grad'].map((name) => [
          name,
          el('output', { class: `num ${name}` }),
        ]),
      ),
      verdict: el('p', { class: 'verdict' }),
      curve: descentCurveView({ onStart: (w) => this.#setStart([w]) }),
      goal: settleGoal(),
    });
    p.play.setAttribute('aria-pressed', 'false');
    p.surface = lossSurfaceView({
      onMove: (point) => this.#setStart(point),
      current: () => session.here(),
      hint: 'The stronger the colour, the higher the loss. Click the map, or use the arrow keys on it, to choose where the ball starts.',
    });
    p.surface.root.hidden = true; // until render knows the mode
    const n = p.numbers;
    p.labels = { w: el('dt'), grad: el('dt') };
    const label = (text, output) =>
      el('div', {}, [typeof text === 'string' ? el('dt', { text }) : text, el('dd', {}, [output])]);
    body.append(
      el('div', { class: 'descent' }, [
        p.rate.root,
        el('div', { class: 'buttons' }, [p.step, p.play, p.reset]),
        el('dl', { class: 'numbers' }, [
          label('step', n.steps),
          label(p.labels.w, n.w),
          label('loss', n.loss),
          label(p.labels.grad, n.grad),
        ]),
        p.verdict,
        p.curve.root,
        p.surface.root,
        p.goal.root,
      ]),
    );
    this.observeSize(p.curve.root);
    this.observeSize(p.surface.pad.root);
  }

  render() {
    const { mode, goal } = this.values;
    const rate = this.values['learning-rate'];
    const p = this.#parts;
    const session = this.#session;
    session.sync();
    const { run } = session;
    const { problem } = run;
    const net = session.network(problem);
    const here = run.history.at(-1);
    const colors = this.themeColors();
    const font = `12px ${getComputedStyle(this).fontFamily}`;
    p.curve.root.hidden = mode === '2d';
    p.surface.root.hidden = mode !== '2d';
    if (mode === '2d') {
      p.surface.show({
        net,
        shape: problem.shape,
        flat: [...here.w, 0],
        refs: problem.refs,
        X: problem.X,
        Y: problem.Y,
        domain: problem.domain,
        key: 'plane',
        mean: here.loss,
        lossName: 'mse',
        lossWords: 'mean squared error',
        path: run.history.map((h) => h.w),
        names: problem.names.map((name) => ({ label: name, words: `weight ${name}` })),
        showValue,
        colors,
        font,
      });
    } else p.curve.show({ net, problem, run, colors, font });

    const names = problem.names;
    setText(p.numbers.steps, String(stepsOf(run)));
    setText(p.labels.w, names.join(', '));
    setText(
      p.labels.grad,
      `${names.length > 1 ? 'gradient' : 'slope'} dL/d${names.join(', dL/d')}`,
    );
    setText(p.numbers.w, here.w.map(showValue).join(', '));
    setText(p.numbers.loss, showValue(here.loss));
    setText(p.numbers.grad, here.grad.map(showValue).join(', '));
    const sentence = VERDICTS[run.status];
    setText(p.verdict, sentence);
    p.verdict.dataset.status = run.status;
    p.rate.set(rate);
    const going = session.going();
    p.step.disabled = !going;
    p.play.disabled = !going;
    setText(p.play, session.playing ? 'Pause' : 'Play');
    p.play.setAttribute('aria-pressed', String(session.playing));
    p.reset.classList.toggle('primary', !going && run.status !== 'converged');
    // A run that ends under the keyboard hands the focus on to Reset, not to the page.
    if (!going && [p.step, p.play].includes(this.shadowRoot.activeElement)) p.reset.focus();
    const news = [];
    if (run.status !== this.#said && run.status !== 'ready') {
      news.push(`${sentence} Step ${stepsOf(run)}, loss ${showValue(here.loss)}.`);
    }
    if (p.goal.check(goal, run.settledAt)) {
      this.emit('nn-solved', { goal, steps: run.settledAt, learningRate: rate });
      news.push(`Solved: the loss settled after ${run.settledAt} steps.`);
    }
    if (news.length > 0) this.announce(news.join(' '));
    this.#said = run.status;
    session.playOn();
  }

  /** A new start (rounded to 0.01, inside the plot) resets the run there. */
  #setStart(point) {
    const [lo, hi] = this.#session.run.problem.domain;
    this.setValue(
      'start',
      point.map((v) => Math.round(Math.min(hi, Math.max(lo, v)) * 100) / 100),
    );
  }
}
