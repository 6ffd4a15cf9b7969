// The network, data and trainer behind <nn-trainer>: one core Network and one Trainer, owned
// here and disposed together. Built afresh when the data set or the network change (the same
// seed gives the same first weights), rebuilt around the current weights when the batch size
// or the reader's added points change, re-optioned in place (setOptions) for the optimizer.
// A setup the core refuses changes nothing: the session stays on the last one it accepted.

import { ghostOf } from './compare.js';
import { RecentLosses } from '../shared/divergence.js';
import { featureData } from './features.js';
import { TrainingHistory } from './history.js';
import { encodeWeights } from './share.js';
import { TimeTravel } from './time-travel.js';

const READ_MS = 1000;

/**
 * spec: { data: makeDataset's name and options (or, with make, the reader's data set's key),
 *   make() (the reader's data set), features (features.js names), weights ({ text, parameters }
 *   to start from, or null), points: [x₁, x₂, class, …], network:
 *   createNetwork's argument, batchSize, options: { optimizer, learningRate, l2 }, seed }
 */
export class TrainingSession {
  history = new TrainingHistory();
  /** The run's checkpoints and the timeline's place among them (time-travel.js). */
  travel = new TimeTravel();
  /** The loss curve of the last run that trained, to compare with (compare.js), or null. */
  ghost = null;
  /** The latest trainer.health(), taken in train() at most once a second (null: none yet). */
  reading = null;
  #readAt = -Infinity;
  /** The last minibatch losses, for saying how a divergence came about (divergence.js). */
  losses = new RecentLosses();
  /** 'ok', or 'diverged' once a step's loss or weights stopped being finite. */
  status = 'ok';
  /** The data set as trained on: makeDataset's, with the added points among the training set. */
  data = null;
  /** The last spec the core accepted (undefined until one is). */
  spec = undefined;
  /** Counts changes of the weights (new networks and training), to tell when they moved. */
  version = 0;
  /** The `weights` text the network started from at its last reset (null: the seed's). */
  startWeights = null;
  #core;
  #net = null;
  #trainer = null;
  #keys = {};
  #base = null; // makeDataset's result, before the added points
  #offset = 0; // epochs run by earlier trainers of the same run
  #seen = 0; // the trainer's epoch count at the last record

  constructor(core) {
    this.#core = core;
  }

  get network() {
    return this.#net;
  }

  /** Epochs run since the last reset. */
  get epoch() {
    return this.#offset + (this.#trainer?.epoch ?? 0);
  }

  /**
   * Applies spec; returns 'reset', 'rebuilt', 'options' or 'same' (what had to change). Throws
   * the core's message for a setup it refuses, having changed nothing.
   */
  configure(spec) {
    const keys = {
      data: JSON.stringify([spec.data, spec.seed, spec.features]),
      weights: spec.weights?.text ?? '',
      network: JSON.stringify(spec.network),
      trainer: JSON.stringify([spec.points, spec.batchSize]),
      options: JSON.stringify(spec.options),
    };
    let change = 'same';
    if (
      keys.data !== this.#keys.data ||
      keys.network !== this.#keys.network ||
      (keys.weights !== this.#keys.weights && !this.#holds(spec.weights))
    ) {
      const same = keys.data === this.#keys.data;
      const made = () => spec.make?.() ?? this.#core.makeDataset(spec.data.name, spec.data);
      this.#start(spec, true, same ? this.#base : made());
      change = 'reset';
    } else if (keys.trainer !== this.#keys.trainer) {
      this.#start(spec, false, this.#base);
      change = 'rebuilt';
    } else if (keys.options !== this.#keys.options) {
      this.#trainer.setOptions(spec.options);
      change = 'options';
    }
    this.#keys = keys;
    this.spec = spec;
    return change;
  }

  /** True when the network holds these weights already (the Share button wrote them). */
  #holds(weights) {
    return (
      weights !== null &&
      this.#net !== null &&
      encodeWeights(this.#net.shape, this.#net.getParameters()) === weights.text
    );
  }

  /** Lets training go on after a divergence (the weights are the last finite ones). */
  resume() {
    this.status = 'ok';
  }

  /**
   * Back to the first weights of the last accepted setup, epoch 0, an empty history. False,
   * changing nothing, when the core has accepted no setup yet.
   */
  reset() {
    if (!this.#net) return false;
    this.#start(this.spec, true, this.#base);
    return true;
  }

  /**
   * Trains minibatch by minibatch until `until` (a performance.now() time) or until
   * maxEpochs epochs have completed; records each completed epoch. Returns the epochs done.
   */
  train(until, maxEpochs) {
    let done = 0;
    while (done < maxEpochs && this.status === 'ok') {
      const { status, loss } = this.#trainer.step();
      this.losses.record(loss);
      this.version += 1;
      if (status === 'diverged') {
        this.status = 'diverged';
        break;
      }
      if (this.#trainer.epoch !== this.#seen) {
        this.#seen = this.#trainer.epoch;
        this.history.record(this.epoch, this.#trainer.evaluate());
        this.travel.checkpoints.record(this.epoch, () => this.save());
        // Inside the slice's time budget, not in a drawing frame: one pass over ≤ 512 samples.
        if (performance.now() - this.#readAt > READ_MS) this.health();
        done += 1;
      }
      if (performance.now() >= until) break;
    }
    return done;
  }

  /** A checkpoint of the trainer now (trainer.save()). */
  save() {
    return this.#trainer.save();
  }

  /** Puts the trainer back to a checkpoint of this run; returns the evaluation there. */
  restore(state) {
    this.#trainer.restore(state);
    this.#seen = this.#trainer.epoch;
    this.status = 'ok';
    this.version += 1;
    return this.#trainer.evaluate();
  }

  /** Reads the gradient size and dead or saturated units per layer now (trainer.health()). */
  health() {
    this.#readAt = performance.now();
    this.reading = this.#trainer.health();
    return this.reading;
  }

  /**
   * A new network (fresh: seeded first weights, or spec.weights) or the same one, and a new
   * trainer on base (a makeDataset result) with the added points, read through spec.features;
   * kept only once the core has accepted both. this.data keeps the points as x₁, x₂ pairs.
   */
  #start(spec, fresh, base) {
    const net = fresh ? this.#core.createNetwork(spec.network) : this.#net;
    const data = withPoints(base, spec.points);
    let trainer;
    try {
      if (fresh && spec.weights) net.setParameters(spec.weights.parameters);
      const options = { ...spec.options, batchSize: spec.batchSize, seed: spec.seed };
      trainer = this.#core.createTrainer(net, featureData(data, spec.features), options);
    } catch (error) {
      if (fresh) net.dispose();
      throw error;
    }
    this.#offset = fresh ? 0 : this.epoch;
    if (fresh) this.startWeights = spec.weights?.text ?? null;
    this.#trainer?.dispose();
    if (fresh && this.#net) this.#net.dispose();
    [this.#net, this.#trainer, this.#base, this.data, this.#seen] = [net, trainer, base, data, 0];
    this.version += 1;
    // A new trainer's checkpoints hold another sample order: the timeline starts again here.
    this.travel.clear();
    this.losses.clear();
    this.reading = null;
    if (fresh) {
      this.ghost = ghostOf(this.history, this.spec) ?? this.ghost;
      this.history.clear();
      this.status = 'ok';
      this.history.record(0, trainer.evaluate());
    }
    this.travel.checkpoints.record(this.epoch, () => this.save());
  }

  dispose() {
    this.#trainer?.dispose();
    this.#net?.dispose();
    this.#trainer = null;
    this.#net = null;
  }
}

/** The data set with the points [x₁, x₂, class, …] appended to its training rows. */
function withPoints(base, points) {
  const added = points.length / 3;
  if (added === 0) return base;
  const X = new Float64Array(base.X.data.length + 2 * added);
  X.set(base.X.data);
  const labels = Int32Array.from({ length: base.labels.length + added }, (_, i) =>
    i < base.labels.length ? base.labels[i] : points[(i - base.labels.length) * 3 + 2],
  );
  for (let k = 0; k < added; k++)
    X.set([points[3 * k], points[3 * k + 1]], base.X.data.length + 2 * k);
  return { ...base, X: { rows: base.X.rows + added, cols: 2, data: X }, labels };
}
