// The record of a training run for the charts: the core's evaluation (train and test loss and
// accuracy) at epoch 0 and after every epoch. A long run is thinned as it grows: past 2,048
// entries every other one is dropped and the stride doubles, so memory and drawing stay small
// while the curve keeps its shape. Stores numbers; computes none.

const MAX = 2048;
const NAMES = ['loss', 'accuracy', 'testLoss', 'testAccuracy'];

export class TrainingHistory {
  /** Epochs between entries: entry i was recorded at epoch i × stride. */
  stride = 1;
  series = { loss: [], accuracy: [], testLoss: [], testAccuracy: [] };
  /** The latest evaluation and its epoch (every epoch updates these, kept or not). */
  latest = null;
  epoch = 0;
  /** The first recorded epoch whose evaluation met the watched goal, or null (see watch). */
  metAt = null;
  #goal = { key: null, met: null };

  clear() {
    this.stride = 1;
    for (const name of NAMES) this.series[name] = [];
    this.latest = null;
    this.epoch = 0;
    this.metAt = null;
  }

  /**
   * Checks every epoch recorded from now on with met(evaluation), so metAt is the exact epoch
   * the goal was first met, however many epochs a frame trains. A new key (goal) starts afresh.
   */
  watch(key, met) {
    if (key === this.#goal.key) return;
    this.#goal = { key, met };
    this.metAt = this.latest !== null && met?.(this.latest) ? this.epoch : null;
  }

  /** evaluation: trainer.evaluate() after `epoch` epochs. */
  record(epoch, evaluation) {
    this.latest = evaluation;
    this.epoch = epoch;
    if (this.metAt === null && this.#goal.met?.(evaluation)) this.metAt = epoch;
    if (epoch % this.stride !== 0) return;
    for (const name of NAMES) this.series[name].push(evaluation[name]);
    if (this.series.loss.length > MAX) {
      for (const name of NAMES) this.series[name] = this.series[name].filter((_, i) => i % 2 === 0);
      this.stride *= 2;
    }
  }

  /**
   * A copy that ends at `epoch` (a kept epoch of this run), with `latest` its evaluation: what
   * the charts showed then. Recording into it goes on from there.
   */
  truncated(epoch, latest) {
    const copy = new TrainingHistory();
    const count = Math.floor(epoch / this.stride) + 1;
    copy.stride = this.stride;
    for (const name of NAMES) copy.series[name] = this.series[name].slice(0, count);
    [copy.latest, copy.epoch] = [latest, epoch];
    return copy;
  }

  /** The loss of the first entry, for "the loss climbed from … to …". */
  get firstLoss() {
    return this.series.loss[0];
  }
}
