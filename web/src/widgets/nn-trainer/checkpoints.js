// The checkpoints <nn-trainer> keeps of a run, for its timeline. Each is trainer.save(): the
// weights, the optimizer's moments and step count, both PRNGs and the sample order, 27 +
// samples + 3 × parameters + 1 numbers (the largest the schema allows, 2,000 samples and four
// hidden layers of 16, is 4,671 numbers: 37 KB). Memory budget: at most MAX checkpoints on the
// grid and MAX_BYTES in all, plus the tip. Every epoch is kept at first; past the budget every
// other one is dropped and the stride doubles, so the kept epochs are the multiples of 2^k (and
// epoch 0). The tip is the live state, saved when the reader scrubs back from it: it may lie
// within an epoch (training pauses between minibatches), so it stands in for a kept checkpoint
// of its epoch until training goes on.
// Stores states; computes none (the core saves and restores them).

export const MAX = 64;
export const MAX_BYTES = 4 * 1024 * 1024;

export class Checkpoints {
  /** Epochs between kept checkpoints: a power of two. */
  stride = 1;
  #kept = []; // { epoch, state } on the grid (epoch % stride === 0), by epoch
  #tip = null; // { epoch, state }: the live state when the timeline left it
  #bytes = 0;

  clear() {
    [this.stride, this.#kept, this.#tip, this.#bytes] = [1, [], null, 0];
  }

  /** After an epoch: calls save() and keeps its state when epoch is on the grid. */
  record(epoch, save) {
    if (epoch % this.stride !== 0 || epoch <= (this.#kept.at(-1)?.epoch ?? -1)) return;
    const state = save();
    this.#kept.push({ epoch, state });
    this.#bytes += state.byteLength;
    while (this.#kept.length > MAX || (this.#bytes > MAX_BYTES && this.#kept.length > 1)) {
      this.stride *= 2;
      this.#kept = this.#kept.filter((c) => c.epoch % this.stride === 0);
      this.#bytes = this.#kept.reduce((sum, c) => sum + c.state.byteLength, 0);
    }
  }

  /** Keeps the live state (epoch: the epochs it completed) so the timeline can return to it. */
  keepTip(epoch, save) {
    this.#tip = { epoch, state: save() };
  }

  /** Every checkpoint the timeline offers, by epoch; the tip in place of one of its epoch. */
  get entries() {
    const tip = this.#tip;
    return tip ? [...this.#kept.filter((c) => c.epoch < tip.epoch), tip] : this.#kept;
  }

  get bytes() {
    return this.#bytes + (this.#tip?.state.byteLength ?? 0);
  }

  /** Forgets the checkpoints after epoch (training goes on from it, into another future). */
  cut(epoch) {
    this.#kept = this.#kept.filter((c) => c.epoch <= epoch);
    this.#bytes = this.#kept.reduce((sum, c) => sum + c.state.byteLength, 0);
    this.#tip = null;
  }
}
