// Whether <nn-trainer> trains, and how far: playing (until paused), or stepping to an epoch (a
// Step press, over as many frames as it needs), and in each frame whether it draws or trains
// and how much (loop.js's TrainingLoop plans the slices). Trains through the session; says
// nothing (the element words and announces what happens).

import { frameEnd, TrainingLoop } from './loop.js';

const STEP_MS = 8; // a Step's share of a frame

export class Playback {
  playing = false;
  #stepTo = -1; // the epoch a Step press trains to
  #loop = new TrainingLoop();
  #afterFrame; // frameEnd(widget)

  /** widget: the <nn-trainer>, whose frames are timed while it is connected. */
  constructor(widget) {
    this.#afterFrame = frameEnd(widget);
  }

  /** Whether training goes on in the next frames (playing, or a step not yet done). */
  get running() {
    return this.playing || this.#stepTo >= 0;
  }

  play() {
    this.playing = true;
    this.#loop.start();
  }

  /** Pauses, and drops a step not yet done. */
  stop() {
    this.playing = false;
    this.#stepTo = -1;
  }

  /** One epoch on from `epoch`, trained over the next frames; stops play. */
  step(epoch) {
    this.stop();
    this.#stepTo = epoch + 1;
  }

  /**
   * This frame's share: { draw, train }. Stopped, it draws; a step trains and draws in every
   * frame; playing, frames take turns (loop.js).
   */
  frame() {
    const stepping = this.#stepTo >= 0;
    const draw = !this.running || stepping || this.#loop.drawDue();
    return { draw, train: this.running && (!draw || stepping) };
  }

  /** Trains session for this frame at speed (loop.js's names); the core's errors pass through. */
  train(session, speed) {
    if (this.#stepTo < 0) {
      this.#loop.slice(session, speed);
      return;
    }
    session.train(performance.now() + STEP_MS, this.#stepTo - session.epoch);
    if (session.epoch >= this.#stepTo || session.status !== 'ok') this.#stepTo = -1;
  }

  /**
   * Times the frame that began at `start` (performance.now()) and drew or not, while training:
   * its whole task, style, layout, paint and commit included, ends before a message posted now
   * arrives. The loop adapts its slices to that time.
   */
  timeFrame(start, drew) {
    if (this.running) this.#afterFrame(() => this.#loop.frameDone(performance.now() - start, drew));
  }
}
