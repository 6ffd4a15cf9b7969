// The page's side of the race's worker (race-worker.js): starts it, sends it the setup and, one
// at a time, what a frame needs, and keeps copies of what the page writes: each run's losses,
// accuracy, status and parameters step by step, the chosen weight's rules and the slice's last
// complete grid's axes; hands the worker the canvases it paints. Does not: train or compute.

import { RacePort } from './race-port.js';
import { sliceWhat } from './slice-grid.js';
import { raceKey } from './spec.js';

/** The worker's script: beside the widget's code in the built site (nl/race-worker.js). */
const WORKER_URL = new URL('./race-worker.js', import.meta.url);

export class RaceSession {
  /** [{ name, label, rate, losses: [loss at step 0, 1, …], accuracy (now), params: [flat
   *   parameters at step 0, 1, …], status: 'ok' | 'diverged' }] in RUNS' order */
  runs = [];
  /** The data set (makeDataset's result), the network's shape, the page's spec (spec.js). */
  data = null;
  shape = null;
  spec = null;
  /** The id of the race the copies are of: a new setup or a reset makes a new one. */
  race = -1;
  /** The last step's rule in each run for one weight: { ref, steps: [lastStep | null] }. */
  rules = null;
  /**
   * The slice's last complete grid ({ what, key, xDomain, yDomain }: its values stay in the
   * worker, which paints them), and whether a newer one is being made.
   */
  slice = null;
  filling = false;
  /** Why the worker refused the last setup (or failed), until it takes one. */
  problem = '';
  #worker; // a RacePort: the runner in the worker, or on the page
  #onChange;
  #asked = -1; // the id of the last setup sent
  #key = '';
  #next = null; // the spec sent last
  #pending = 0; // frames asked for and not answered yet
  #look = ''; // the look last sent, as JSON

  /**
   * onChange(kind, brought): a 'race', a 'frame' or a 'problem' came from the worker; brought:
   * what a frame of this race brought that is drawn, { step, slice (a complete grid), rules
   * (another weight's) }, each true or false; null for anything else.
   */
  constructor(onChange) {
    this.#onChange = onChange;
    this.#worker = new RacePort(WORKER_URL, (data) => this.#receive(data));
  }

  /** Steps every run has taken. */
  get step() {
    return this.runs.length === 0 ? 0 : this.runs[0].losses.length - 1;
  }

  /** True when there is no race to run (none accepted yet), or it is over. */
  get done() {
    if (this.runs.length === 0) return true;
    return this.step >= this.spec.steps || this.runs.every((r) => r.status !== 'ok');
  }

  /** True while a setup sent is not answered (a new race is coming, or a refusal). */
  get coming() {
    return this.#asked !== this.race;
  }

  /** True while frames asked for are not answered. */
  get busy() {
    return this.#pending > 0;
  }

  /**
   * Sends spec when it makes a new race (true: the copies change when the worker answers);
   * the same race (steps aside) changes nothing (false).
   */
  configure(spec) {
    const key = raceKey(spec);
    if (key === this.#key) {
      if (this.runs.length > 0) this.spec = { ...this.spec, steps: spec.steps };
      return false;
    }
    this.#key = key;
    this.#send(spec, false);
    return true;
  }

  /** Back to step 0 of the same race. */
  reset() {
    if (this.spec) this.#send(this.spec, true);
  }

  #send(spec, fresh) {
    this.#asked += 1;
    this.#next = spec;
    this.#worker.post({ type: 'configure', race: this.#asked, spec, fresh });
  }

  /**
   * Hands a canvas (name: 'chart', 'surface', 'paths', or 'cells' and a run's index) to the
   * worker, which paints it from then on (race-painter.js).
   */
  canvas(name, canvas) {
    const offscreen = canvas.transferControlToOffscreen();
    this.#worker.post({ type: 'canvas', name, canvas: offscreen }, [offscreen]);
  }

  /**
   * How the worker paints: { chart: [width, height], slice: width, ratio, colors, font, xTitle,
   * yTitle } (race-painter.js); sent only when it changed.
   */
  look(look) {
    const key = JSON.stringify(look);
    if (key === this.#look) return;
    this.#look = key;
    this.#worker.post({ type: 'look', look });
  }

  /**
   * Asks the worker to paint parts ('chart', 'slice', 'boundaries') of this race, the slice
   * over refs.surface.
   */
  paint(parts, refs) {
    this.#worker.post({ type: 'paint', race: this.race, parts, surface: refs.surface });
  }

  /**
   * Asks for one frame's work: for refs { weight: [[layer, index]], surface: two of them },
   * a step when step, and the boundaries of the runs listed painted. Answered by a 'frame'
   * change.
   */
  frame(refs, step, boundaries) {
    this.#pending += 1;
    const ask = { weight: refs.weight[0], surface: refs.surface, step, boundaries };
    this.#worker.post({ type: 'frame', race: this.#asked, ...ask });
  }

  /** Whether refs need what is not here yet: the weight's rules, the pair's slice grid. */
  lacks(refs) {
    const what = sliceWhat(this.race, refs.surface);
    const rules = this.rules?.ref.join(':') !== refs.weight[0].join(':');
    return this.filling || rules || this.slice?.what !== what;
  }

  #receive(m) {
    if (m.type === 'frame' || m.frame) this.#pending -= 1;
    if (m.type === 'error') this.problem = m.message;
    else if (m.type === 'refused') {
      [this.problem, this.#asked] = [m.message, m.race];
    } else if (m.type === 'race' && m.race === this.#asked) this.#take(m);
    const ours = m.type === 'frame' && !m.stale && m.race === this.race;
    const brought = ours ? this.#apply(m) : null;
    this.#onChange(m.type === 'refused' || m.type === 'error' ? 'problem' : m.type, brought);
  }

  #take(m) {
    [this.runs, this.data, this.shape, this.race] = [m.runs, m.data, m.shape, m.race];
    this.spec = this.#next;
    [this.problem, this.rules, this.slice, this.filling] = ['', null, null, false];
  }

  /** Takes a frame's copies; returns what they bring: { step, slice, rules } (onChange's). */
  #apply(m) {
    const rules = this.rules?.ref.join() !== m.rules.ref.join();
    m.stepped?.forEach((s, k) => {
      const run = this.runs[k];
      run.losses.push(s.loss);
      if (s.params) run.params.push(s.params); // a run that had diverged stays where it was
      [run.accuracy, run.status] = [s.accuracy, s.status];
    });
    this.rules = m.rules;
    if (m.slice) this.slice = m.slice;
    this.filling = m.filling;
    return { step: Boolean(m.stepped), slice: Boolean(m.slice), rules };
  }

  dispose() {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
