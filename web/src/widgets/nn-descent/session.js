// The run <nn-descent> shows and whether it plays: a run of run.js on the problem its
// attributes name, started afresh when the mode, the activation, the input scale or the start
// change, on Reset, or on a new learning rate or decay once the run has ended; stepped by Step,
// or every INTERVAL_MS by Play. No DOM and no drawing: the widget shows the run and says what
// happened.

import { problemFor } from './problems.js';
import { canStep, startRun, stepRun } from './run.js';

const INTERVAL_MS = 150; // one step this often while playing

export class DescentSession {
  /** The run of the current settings: { problem, history, status, settledAt } (run.js). */
  run = null;
  #widget;
  #net = null;
  #runKey = '';
  #rate = NaN; // the learning rate of the last sync
  #decay = NaN; // and its decay
  #playing = false;
  #timer = 0;

  /** widget: the <nn-descent> (values, hasAttribute, requestRender). */
  constructor(widget) {
    this.#widget = widget;
  }

  /** net: the widget's ownedNetwork (shared/owned-network.js), a single-unit network per problem. */
  useNetwork(net) {
    this.#net = net;
  }

  get playing() {
    return this.#playing;
  }

  /**
   * The run follows the attributes before anything steps or draws: Step or Play pressed in the
   * same frame as a new start, mode or learning rate, or as Reset, acts on the run that starts
   * (the next render would otherwise start it afresh and lose the press). True when a new run
   * started (which stops play).
   */
  sync() {
    const { mode, activation, decay } = this.#widget.values;
    const scale = this.#widget.values['input-scale'];
    const rate = this.#widget.values['learning-rate'];
    const problem = problemFor(mode, activation, scale);
    const start = this.#start(problem);
    const key = JSON.stringify([mode, problem.activation, problem.key ?? '', start]);
    // A finished run starts again when the reader tries another learning rate or schedule.
    const retry = (rate !== this.#rate || decay !== this.#decay) && this.run && !canStep(this.run);
    this.#rate = rate;
    this.#decay = decay;
    if (key === this.#runKey && !retry) return false;
    this.run = startRun(this.network(problem), problem, start);
    this.#runKey = key;
    this.#playing = false;
    return true;
  }

  /** The core network of problem: its inputs, one unit with the problem's activation, MSE. */
  network(problem) {
    const layers = [{ units: 1, activation: problem.activation }];
    return this.#net.get({ inputs: problem.shape[0], layers, loss: 'mse', seed: 1 });
  }

  /** The start attribute when it fits the mode, else the problem's own start. */
  #start(problem) {
    const start = this.#widget.values.start;
    return this.#widget.hasAttribute('start') && start.length === problem.refs.length
      ? start
      : problem.start;
  }

  /** True while the run can take another step; a run that cannot stops playing. */
  going() {
    const going = canStep(this.run);
    if (!going) this.#playing = false;
    return going;
  }

  step() {
    this.sync();
    const problem = this.run.problem;
    const { decay } = this.#widget.values;
    stepRun(this.network(problem), this.run, this.#widget.values['learning-rate'], decay);
    this.#widget.requestRender();
  }

  togglePlay() {
    const pause = this.#playing; // what the button said when pressed
    this.sync();
    this.#playing = !pause && canStep(this.run);
    this.#widget.requestRender();
  }

  reset() {
    this.#runKey = '';
    this.#widget.requestRender();
  }

  /** While playing, the next step INTERVAL_MS from now (one waiting at a time). */
  playOn() {
    if (!this.#playing || this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = 0;
      // A change of settings under play starts a new run, which waits for Play again.
      if (this.#playing && !this.sync()) this.step();
    }, INTERVAL_MS);
  }

  /** Cancels the waiting step (the widget leaves the page). */
  cancelTimer() {
    clearTimeout(this.#timer);
    this.#timer = 0; // so that Play, still on when the widget comes back, schedules again
  }

  /**
   * Where the ball is now, on the run of the current settings: a key on the map moves the start
   * on from there. Null once the mode is 1-D (the map is on its way out).
   */
  here() {
    this.sync();
    const { w } = this.run.history.at(-1);
    return w.length === 2 ? w : null;
  }
}
