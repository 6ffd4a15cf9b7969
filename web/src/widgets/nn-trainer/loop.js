// How much <nn-trainer> does in one animation frame. While training, frames take turns: a
// drawing frame updates one part of the picture and trains nothing, the others train for a
// time budget and draw nothing, so no frame carries both. The speed sets the epochs per
// second; the budget and the share of drawing frames follow the frames' measured time (their
// whole task, layout and paint included): both shrink fast when a frame ran long, on a slow,
// throttled or busy processor, and recover slowly. Measures time; computes no network math
// (slice() asks the session to train).

export const SPEEDS = { slow: 10, normal: 60, fast: Infinity }; // epochs per second
const MOST_MS = 5;
const LEAST_MS = 0.5;
const LONG_FRAME_MS = 12; // a frame's whole task above this: do less in such frames
const SHORT_FRAME_MS = 7; // below this: a little more

export class TrainingLoop {
  #owed = 0; // epochs the speed allows and not yet trained
  #last = 0;
  #budget = MOST_MS;
  #every = 2; // one frame in #every draws
  #frame = 0;

  /** Call when play starts: no catching up on the time spent paused. */
  start(now = performance.now()) {
    this.#last = now;
    this.#owed = 0;
  }

  /** Whether this frame draws (and so does not train). */
  drawDue() {
    return this.#frame++ % this.#every === 0;
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

  /** Trains session for this frame's slice at speed (the core's errors pass through). */
  slice(session, speed) {
    const { until, maxEpochs } = this.plan(speed);
    if (maxEpochs > 0) this.trained(session.train(until, maxEpochs));
  }

  /** Counts the epochs a slice completed against what the speed allowed. */
  trained(epochs) {
    this.#owed = Math.max(0, this.#owed - epochs);
  }

  /** Records a frame's whole time; drew: whether it was a drawing frame. */
  frameDone(ms, drew) {
    if (drew) {
      if (ms > LONG_FRAME_MS) this.#every = Math.min(4, this.#every + 1);
      else if (ms < SHORT_FRAME_MS) this.#every = Math.max(2, this.#every - 1);
    } else if (ms > LONG_FRAME_MS) this.#budget = Math.max(LEAST_MS, this.#budget * 0.6);
    else if (ms < SHORT_FRAME_MS) this.#budget = Math.min(MOST_MS, this.#budget + 0.25);
  }
}

/**
 * For widget, while connected: after(done) calls done once the current frame's whole task
 * (style, layout, paint and commit) has ended, since a message posted during a frame arrives
 * after it. That is the time TrainingLoop.frameDone adapts to.
 */
export function frameEnd(widget) {
  let done = null;
  let post = () => {};
  widget.whileConnected(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done?.();
    post = () => channel.port2.postMessage(0);
    return () => {
      channel.port1.close();
      post = () => {};
    };
  });
  return (then) => {
    done = then;
    post();
  };
}
