// How much <nn-trainer> trains in one animation frame. The speed sets the epochs per second;
// the time budget stops a slice early: at most 8 ms of training, less when drawing took long
// in recent frames, so training plus drawing stay near 8 ms a frame and far below the 50 ms
// of a long task, even on a slow or throttled processor. Measures time; computes no network math.

export const SPEEDS = { slow: 10, normal: 60, fast: Infinity }; // epochs per second
const FRAME_WORK_MS = 8;
const MOST_MS = 8;
const LEAST_MS = 0.5;

export class TrainingLoop {
  #owed = 0; // epochs the speed allows and not yet trained
  #last = 0;
  #drawMs = 4; // recent drawing time, smoothed

  /** Call when play starts: no catching up on the time spent paused. */
  start(now = performance.now()) {
    this.#last = now;
    this.#owed = 0;
  }

  /** This frame's slice: { until (a performance.now() time), maxEpochs }. */
  plan(speed, now = performance.now()) {
    const rate = SPEEDS[speed] ?? SPEEDS.normal;
    const seconds = Math.min(0.25, Math.max(0, now - this.#last) / 1000);
    this.#last = now;
    // An epoch longer than a frame stays owed until it completes, so large data sets progress.
    this.#owed = Math.min(this.#owed + rate * seconds, Math.max(1, rate * 0.25));
    const budget = Math.min(MOST_MS, Math.max(LEAST_MS, FRAME_WORK_MS - this.#drawMs));
    return { until: now + budget, maxEpochs: Math.floor(this.#owed) };
  }

  /** Counts the epochs a slice completed against what the speed allowed. */
  trained(epochs) {
    this.#owed = Math.max(0, this.#owed - epochs);
  }

  /** Records how long a frame's drawing took. */
  drew(ms) {
    this.#drawMs = 0.8 * this.#drawMs + 0.2 * ms;
  }

  get drawMs() {
    return this.#drawMs;
  }
}
