// The four runs behind <nn-race>: one core Network and Trainer per optimizer, built from the
// same network spec and seed (so the same first weights) on the same data, trained one
// full-batch step at a time, plus a fifth network that keeps the first weights for the loss
// surface. Each step keeps what the update rules are read from: the gradient the step used (as
// the core left it in the network) and the checkpoints before and after it.

import { fromParameters } from '../shared/weights-attribute.js';
import { parametersOf } from './moments.js';
import { RUNS } from './rules.js';

/**
 * spec: { data: makeDataset's name and options, network: createNetwork's argument, rates:
 *   four learning rates (RUNS' order), steps: where the race ends }
 */
export class RaceSession {
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
  /** Counts races built (a new setup or a reset): what the loss-surface slice depends on. */
  race = 0;
  #core;
  #key = '';

  constructor(core) {
    this.#core = core;
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

  get shape() {
    return this.start.shape;
  }

  /**
   * Applies spec: any change starts a new race from the first weights (true), none changes
   * nothing (false). A setup the core refuses throws its message, the last race kept.
   */
  configure(spec) {
    const key = JSON.stringify([spec.data, spec.network, spec.rates]);
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
    if (this.done) return;
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
      this.race += 1;
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
