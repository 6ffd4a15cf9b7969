// One training run of the classical perceptron on a small data set: which sample comes next,
// how many epochs have passed, how many mistakes this epoch, and when an epoch first had none.
// Every update is the core's Perceptron.trainSample; this file only keeps the count. The
// perceptron is borrowed: the widget that made it owns and disposes it.

/** Play's pace: one epoch per half second (the tests move the page clock by it). */
export const PLAY_MS = 500;

export class PerceptronSession {
  epoch = 0; // complete passes over the data
  index = 0; // the sample the next step looks at
  mistakes = 0; // samples wrong before their update, in the epoch under way
  lastMistakes = null; // the same for the last complete epoch
  convergedAt = null; // the first epoch with no mistakes
  last = null; // the last step, for the rule readout (see rule.js)

  /** perceptron: a core Perceptron; data: { rows: [[x₁, x₂], …], labels: [0 | 1, …] } */
  constructor(perceptron, data) {
    this.perceptron = perceptron;
    this.data = data;
  }

  get count() {
    return this.data.rows.length;
  }

  /** Shows one sample to the perceptron; returns true when that ended an epoch. */
  stepSample() {
    const p = this.perceptron;
    const i = this.index;
    const x = this.data.rows[i];
    const target = this.data.labels[i];
    const before = { weights: p.weights, bias: p.bias };
    const z = p.weightedSum(x);
    const { output, error, weights, bias } = p.trainSample(x, target);
    this.last = { index: i, count: this.count, x, target, z, output, error, before };
    this.last.after = { weights, bias };
    if (error !== 0) this.mistakes += 1;
    this.index = (i + 1) % this.count;
    if (this.index !== 0) return false;
    this.epoch += 1;
    this.lastMistakes = this.mistakes;
    if (this.mistakes === 0 && this.convergedAt === null) this.convergedAt = this.epoch;
    this.mistakes = 0;
    return true;
  }

  /** Runs to the end of the epoch under way (a whole epoch when at its start). */
  stepEpoch() {
    while (!this.stepSample());
  }
}
