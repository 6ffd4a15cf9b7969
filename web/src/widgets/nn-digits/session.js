// The page's side of the digits worker (digits-worker.js): starts it, has it fetch the digits
// (the page receives only the test digits), hands it the settings, and turns its messages into
// calls of the widget's handlers. One session per load; dispose() ends the worker. Does not:
// train or compute anything itself.

import { startWorker } from '../shared/start-worker.js';

/** The worker's script: beside the widget's code in the built site (nl/digits-worker.js). */
const WORKER_URL = new URL('./digits-worker.js', import.meta.url);

export class DigitsSession {
  #worker = null;
  #handlers;
  #asked = new Map(); // prediction id -> resolve
  #nextId = 0;
  #loading = null; // { resolve, reject, onProgress } while the digits download

  /**
   * handlers: { progress(message), diverged(message), error(message) }. Throws an Error saying
   * so when the browser refuses to start the worker.
   */
  constructor(handlers) {
    this.#handlers = handlers;
    this.#worker = startWorker(WORKER_URL, (data) => this.#receive(data));
  }

  /**
   * The worker fetches the digits file at url (a string); onProgress(fraction) as it arrives.
   * Resolves to the test digits { count, labels, pixels } (the page's own copy); rejects with
   * an Error saying what went wrong (data.js's messages).
   */
  load(url, onProgress) {
    return new Promise((resolve, reject) => {
      this.#loading = { resolve, reject, onProgress };
      this.#worker.postMessage({ type: 'load', url });
    });
  }

  /** Hands the page's two chart canvases (loss, accuracy) to the worker, which paints them. */
  setCharts(canvases) {
    const offscreen = canvases.map((canvas) => canvas.transferControlToOffscreen());
    this.#worker.postMessage({ type: 'charts', canvases: offscreen }, offscreen);
  }

  /** The worker paints both charts from its history; look: worker-charts.js paint()'s. */
  drawCharts(look) {
    this.#worker.postMessage({ type: 'drawCharts', look });
  }

  /** A new network on the loaded digits: spec as the worker's setup takes it. */
  setup(spec) {
    this.#worker.postMessage({ type: 'setup', spec });
  }

  play() {
    this.#worker.postMessage({ type: 'play' });
  }

  pause() {
    this.#worker.postMessage({ type: 'pause' });
  }

  reset() {
    this.#worker.postMessage({ type: 'reset' });
  }

  /** Resolves to the ten outputs for a 784-pixel input in [0, 1] (a Float64Array). */
  predict(input) {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#asked.set(id, resolve);
      this.#worker.postMessage({ type: 'predict', id, input });
    });
  }

  #receive(message) {
    const loading = this.#loading;
    if (loading && message.type === 'download') loading.onProgress(message.fraction);
    else if (loading && (message.type === 'loaded' || message.type === 'error')) {
      this.#loading = null;
      if (message.type === 'loaded') loading.resolve(message.test);
      else loading.reject(new Error(message.message));
    } else if (message.type === 'prediction') {
      this.#asked.get(message.id)?.(message.output);
      this.#asked.delete(message.id);
    } else this.#handlers[message.type]?.(message);
  }

  dispose() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#asked.clear();
  }
}
