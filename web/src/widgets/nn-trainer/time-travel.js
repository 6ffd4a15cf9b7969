// Going back in a run: the session's trainer put back to a kept checkpoint (checkpoints.js), the
// history shown up to that epoch, and the later ones remembered until training goes on, so the
// reader can scrub forward again. Training on from a checkpoint gives the same numbers an
// uninterrupted run had there (the checkpoint holds everything the next step reads).
// Does not: draw the timeline (timeline.js) or decide when to train.

import { Checkpoints } from './checkpoints.js';

export class TimeTravel {
  checkpoints = new Checkpoints();
  #future = null; // the whole run's history while an earlier epoch is shown
  #index = -1; // the entry shown; -1: the latest, live

  clear() {
    this.checkpoints.clear();
    [this.#future, this.#index] = [null, -1];
  }

  /** The index of the entry shown (the last one while live). */
  get index() {
    return this.#index < 0 ? this.checkpoints.entries.length - 1 : this.#index;
  }

  /** Whether the shown moment is earlier than the run's latest epoch. */
  get back() {
    return this.#index >= 0 && this.#index < this.checkpoints.entries.length - 1;
  }

  /**
   * Shows entry i: the trainer restored to it, the session's history cut at its epoch. The
   * first step back keeps the latest state and history, to come forward to.
   */
  go(session, i) {
    const entries = () => this.checkpoints.entries;
    if (!(i >= 0 && i < entries().length) || i === this.index) return false;
    if (this.#future === null) {
      this.checkpoints.keepTip(session.epoch, () => session.save());
      this.#future = session.history;
    }
    const { epoch, state } = entries()[i];
    const evaluation = session.restore(state);
    const last = i === entries().length - 1;
    session.history = last ? this.#future : this.#future.truncated(epoch, evaluation);
    this.#index = i;
    return true;
  }

  /** Training goes on from the moment shown: the later checkpoints and history are let go. */
  trainOn(session) {
    if (this.#future === null) return;
    this.checkpoints.cut(session.epoch);
    [this.#future, this.#index] = [null, -1];
  }
}
