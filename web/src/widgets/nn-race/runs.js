// The four runs behind <nn-race>: one core Network and Trainer per optimizer, built from the
// same network spec and seed (so the same first weights) on the same data, trained one
// full-batch step at a time, plus a fifth network that keeps the first weights for the loss
// surface. Each step keeps what the update rules are read from: the gradient the step used (as
// the core left it in the network) and the checkpoints before and after it. Runs in the race's
// worker (race-worker.js); does not know where the race ends (the page's spec.steps does).

import { inputGrid } from '../shared/neuron-maps.js';
import { flatIndex, fromParameters } from '../shared/weights-attribute.js';
import { parameterState, parametersOf } from './moments.js';
import { RUNS, ruleStep } from './rules.js';
import { raceKey } from './spec.js';

export const BOUNDARY_GRID = 32; // grid points per side: 1,024 outputs per boundary

/**
 * spec: { data: makeDataset's name and options, network: createNetwork's argument, rates:
 *   four learning rates (RUNS' order), steps: where the race ends }
 */
export class RaceRuns {
  /** [{ name, label, rate, net, trainer, losses: [loss at step 0, 1, …], accuracy (now),
   *   params: [flat parameters at step 0, 1, …], last: { gradient, before, after } | null,
   *   status: 'ok' | 'diverged' }] in RUNS' order */
  runs = [];
  /** The data set (makeDataset's result) and its target matrix. */
  data = null;
  Y = null;
  /** The network that keeps the shared first weights, for the loss surface. */
  start = null;
  spec = null;
  #core;
  #key = '';
  #grid = { key: '', matrix: null }; // the boundaries' inputs over the data's domain

  constructor(core) {
    this.#core = core;
  }

  /** Steps every run has taken. */
  get step() {
    return this.runs.length === 0 ? 0 : this.runs[0].losses.length - 1;
  }

  /** True when no run can step: none accepted yet, or every one diverged. */
  get over() {
    return this.runs.every((r) => r.status !== 'ok');
  }

  get shape() {
    return this.start.shape;
  }

  /**
   * Applies spec: any change starts a new race from the first weights (true), none changes
   * nothing (false). A setup the core refuses throws its message, the last race kept.
   */
  configure(spec) {
    const key = raceKey(spec);
    if (key === this.#key) {
      this.spec = spec;
      return false;
    }
    this.#build(spec);
    this.#key = key;
    return true;
  }

  /** Back to step 0 of the same race. */
  reset() {
    if (this.spec) this.#build(this.spec);
  }

  /** One step of every run still going: its gradient, the step, the checkpoint and the loss. */
  advance() {
    if (this.over) return;
    for (const run of this.runs) {
      if (run.status !== 'ok') {
        run.losses.push(NaN);
        continue;
      }
      const before = run.last?.after ?? run.trainer.save();
      if (run.trainer.step().status === 'diverged') run.status = 'diverged';
      // The step's full-batch gradient, at the weights before it, as the core left it.
      const gradient = run.net.gradients();
      const after = run.trainer.save();
      run.last = { gradient, before, after };
      const { loss, accuracy } = run.trainer.evaluate();
      run.losses.push(run.status === 'ok' ? loss : NaN);
      run.accuracy = accuracy;
      run.params.push(parametersOf(after, this.shape, this.data.X.rows));
    }
  }

  /** Run k's network output over a BOUNDARY_GRID² grid of the data's domain, row 0 at the top. */
  boundary(k) {
    const key = this.data.domain.join();
    if (this.#grid.key !== key) {
      this.#grid = { key, matrix: inputGrid(this.data.domain, BOUNDARY_GRID) };
    }
    return this.runs[k].net.predict(this.#grid.matrix);
  }

  #build(spec) {
    const core = this.#core;
    const data = core.makeDataset(spec.data.name, spec.data);
    const output = spec.network.layers.at(-1).activation;
    const Y = core.targets(data.labels, { classes: data.classes, activation: output });
    const made = [];
    try {
      const start = core.createNetwork(spec.network);
      made.push(start);
      const runs = RUNS.map(({ name, label }, k) => {
        const net = core.createNetwork(spec.network);
        made.push(net);
        const options = { optimizer: name, learningRate: spec.rates[k], batchSize: 0 };
        const trainer = core.createTrainer(net, data, { ...options, seed: spec.network.seed });
        made.push(trainer);
        const { loss, accuracy } = trainer.evaluate();
        const params = [fromParameters(net.getParameters())];
        const losses = [loss];
        return { name, label, rate: spec.rates[k], net, trainer, losses, accuracy, params };
      });
      runs.forEach((run) => Object.assign(run, { last: null, status: 'ok' }));
      this.dispose();
      [this.runs, this.start, this.data, this.Y, this.spec] = [runs, start, data, Y, spec];
    } catch (error) {
      for (const handle of made.reverse()) handle.dispose();
      throw error;
    }
  }

  dispose() {
    for (const run of this.runs) {
      run.trainer.dispose();
      run.net.dispose();
    }
    this.start?.dispose();
    this.runs = [];
    this.start = null;
  }
}

/**
 * The rule of run `run` of `runs` (a RaceRuns) for parameter ref at its last step:
 * { terms, delta, before, after, t } (before/after: the value the core held), or null before
 * the first step.
 */
export function lastStep(runs, run, ref) {
  if (!run.last) return null;
  const { gradient, before, after } = run.last;
  const [shape, samples] = [runs.shape, runs.data.X.rows];
  const was = parameterState(before, shape, samples, ref);
  const now = parameterState(after, shape, samples, ref);
  const g = gradient[flatIndex(shape, ...ref)];
  const rule = ruleStep(run.name, { g, eta: run.rate, s1: was.s1, s2: was.s2, t: now.t });
  return { ...rule, before: was.value, after: now.value, t: now.t };
}
