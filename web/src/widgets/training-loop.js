// How much <nn-trainer> does in one animation frame. The speed sets the epochs per second; a
// time budget stops the training slice early. The budget follows the frames' measured wall
// time: it shrinks fast when a frame (training plus drawing) ran long, on a slow, throttled or
// busy processor, and grows back slowly while frames are short, and when even short slices
// leave long frames the drawing is spread over more frames. Far below the 50 ms of a long task.
// Measures time; computes no network math.

export const SPEEDS = { slow: 10, normal: 60, fast: Infinity }; // epochs per second
const MOST_MS = 8;
const LEAST_MS = 0.5;
const LONG_FRAME_MS = 16; // above this, the next slices shrink
const SHORT_FRAME_MS = 10; // below this, they grow back

export class TrainingLoop {
  #owed = 0; // epochs the speed allows and not yet trained
  #last = 0;
  #budget = MOST_MS;
  #frameMs = 8; // recent frames' wall time, smoothed
  #frame = 0;

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
    // An epoch longer than a slice stays owed until it completes, so large data sets progress.
    this.#owed = Math.min(this.#owed + rate * seconds, Math.max(1, rate * 0.25));
    return { until: now + this.#budget, maxEpochs: Math.floor(this.#owed) };
  }

  /** Counts the epochs a slice completed against what the speed allowed. */
  trained(epochs) {
    this.#owed = Math.max(0, this.#owed - epochs);
  }

  /** Whether this frame should draw: every frame, or every 2nd or 3rd while frames run long. */
  drawDue() {
    const every = this.#frameMs > 2 * LONG_FRAME_MS ? 3 : this.#frameMs > LONG_FRAME_MS ? 2 : 1;
    return this.#frame++ % every === 0;
  }

  /** Records a frame's wall time (training and drawing) and adapts the next budget. */
  frameDone(ms) {
    this.#frameMs = 0.7 * this.#frameMs + 0.3 * ms;
    if (ms > LONG_FRAME_MS) this.#budget = Math.max(LEAST_MS, this.#budget * 0.6);
    else if (ms < SHORT_FRAME_MS) this.#budget = Math.min(MOST_MS, this.#budget + 0.25);
  }
}
