// <nn-descent>: gradient descent, one step at a time. A ball on the loss curve of a one-weight
// model (or on the loss surface of a two-weight one, with its path) moves by w ← w − learning
// rate × dL/dw, the loss and the gradient coming from the core's backward(). The reader sets
// the learning rate on a log scale and the widget says in words what it sees happen.

import { el } from '../../render/dom.js';
import { canvasFont, themeColors } from '../../render/theme.js';
import { parseValue, withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { lossSurfaceView } from '../shared/loss-surface.js';
import { ownedNetwork } from '../shared/owned-network.js';
import { pickedValue } from '../shared/picked-value.js';
import { descentControls } from './controls.js';
import { settledIn, settleGoal } from './goal.js';
import { judge } from '../base/exercise.js';
import { VERDICTS, stepsOf } from './run.js';
import { DECAY, INPUT_SCALE, RATE, schema } from './schema.js';
import { DescentSession } from './session.js';
import { descentSettings } from './settings.js';
import { showValue } from './show-value.js';
import { descentCurveView } from './view.js';
import axesCss from '../../render/map-axes.css' with { type: 'text' };
import surfaceCss from '../shared/loss-surface.css' with { type: 'text' };
import css from './nn-descent.css' with { type: 'text' };

export class NnDescent extends BaseWidget {
  static schema = withExercise(schema);

  static styles = [axesCss, surfaceCss, css];

  #parts = null;
  #session = new DescentSession(this); // the run outlives a reconnect; build lends it a network
  #said = '';

  /** As many start weights as the mode has. */
  entryFor(name) {
    const entry = super.entryFor(name);
    const count = this.values.mode === '1d' ? 1 : 2;
    return name === 'start' ? { ...entry, minLength: count, maxLength: count } : entry;
  }

  build(body) {
    const session = this.#session;
    session.useNetwork(ownedNetwork(this.core, this.disposeables));
    this.whileConnected(() => () => session.cancelTimer());
    const p = (this.#parts = {
      controls: descentControls({
        rate: RATE,
        onRate: (rate) => this.setValue('learning-rate', rate),
        onStep: () => session.step(),
        onPlay: () => session.togglePlay(),
        onReset: () => session.reset(),
      }),
      settings: descentSettings({
        scale: INPUT_SCALE,
        decay: DECAY,
        onScale: (scale) => this.setValue('input-scale', scale),
        onDecay: (decay) => this.setValue('decay', decay),
      }),
      curve: descentCurveView({ onStart: (w) => this.#setStart([w]) }),
      goal: settleGoal(),
    });
    p.surface = lossSurfaceView({
      onMove: (point) => this.#setStart(point),
      current: () => session.here(),
      hint: 'The stronger the colour, the higher the loss. Click the map, or use the arrow keys on it, to choose where the ball starts.',
    });
    p.surface.root.hidden = true; // until render knows the mode
    const [rate, ...rest] = p.controls.nodes; // the learning rate first
    body.append(
      el('div', { class: 'descent' }, [
        p.settings.scale,
        rate,
        p.settings.decay,
        ...rest,
        p.curve.root,
        p.surface.root,
        p.goal.root,
      ]),
    );
    this.observeSize(p.curve.root);
    this.observeSize(p.surface.pad.root);
  }

  render() {
    const { mode, goal, decay } = this.values;
    const flat = mode === '1d';
    const rate = this.values['learning-rate'];
    const p = this.#parts;
    const session = this.#session;
    session.sync();
    const { run } = session;
    const { problem } = run;
    const net = session.network(problem);
    const here = run.history.at(-1);
    const colors = themeColors(this);
    const font = canvasFont(this);
    p.curve.root.hidden = !flat;
    p.surface.root.hidden = flat;
    if (!flat) {
      const filling = p.surface.show({
        net,
        shape: problem.shape,
        flat: [...here.w, 0],
        refs: problem.refs,
        X: problem.X,
        Y: problem.Y,
        domain: problem.domain,
        key: problem.key,
        mean: here.loss,
        lossName: 'mse',
        lossWords: 'mean squared error',
        path: run.history.map((h) => h.w),
        names: problem.names.map((name) => ({ label: name, words: `weight ${name}` })),
        showValue,
        colors,
        font,
      });
      if (filling) this.requestRender();
    } else p.curve.show({ net, problem, run, colors, font });

    const going = session.going(); // before reading playing: a run that has ended stops play
    p.settings.show({
      scale: this.values['input-scale'],
      decay,
      showScale: mode === 'scaled',
      // A page that sets decay, even to 0, shows its control; a refused decay= changes nothing.
      showDecay: decay > 0 || this.#pageSetsDecay(),
    });
    p.controls.show({ run, rate, decay, playing: session.playing, going });
    const news = [];
    if (run.status !== this.#said && run.status !== 'ready') {
      news.push(`${VERDICTS[run.status]} Step ${stepsOf(run)}, loss ${showValue(here.loss)}.`);
    }
    const steps = run.settledAt;
    const met = goal !== null && steps !== null && settledIn(goal, steps);
    const late = steps === null ? '' : `The loss settled after ${steps} steps: try another rate.`;
    if (p.goal.check(goal, judge(this, { met, nudges: { unmet: late } }))) {
      this.emit('nn-solved', { goal, steps: run.settledAt, learningRate: rate });
      news.push(`Solved: the loss settled after ${run.settledAt} steps.`);
    }
    if (news.length > 0) this.announce(news.join(' '));
    this.#said = run.status;
    session.playOn();
  }

  /** A new start (rounded to 0.01, inside the plot) resets the run there. */
  #pageSetsDecay() {
    const raw = this.getAttribute('decay');
    return raw !== null && parseValue(DECAY, raw).ok;
  }

  #setStart(point) {
    const domain = this.#session.run.problem.domain;
    this.setValue(
      'start',
      point.map((v) => pickedValue(v, domain)),
    );
  }
}
