// How the race's session talks to its runner (race-runner.js): in the race's module worker, or
// on the page's own thread when the browser will not start it (the widget's script on another
// origin than the page: new Worker throws) or its script does not load (a copy of the widget
// without nl/race-worker.js beside it). Until the worker has answered once, every message is
// kept, and one that transfers something (the slice's canvas, which can be handed over only
// once) waits, so that a runner on the page can be given them all. Does not: read the messages.

import { startWorker } from '../shared/start-worker.js';
import { raceRunner } from './race-runner.js';

export class RacePort {
  #worker = null;
  #page = null; // the runner on the page: message -> void, once the worker is given up
  #kept = []; // [message, transfer] sent before the worker answered; null once it has
  #receive;

  /** url: the worker's script; receive(message): each message from the runner. */
  constructor(url, receive) {
    this.#receive = receive;
    try {
      this.#worker = startWorker(url, (message) => this.#heard(message));
    } catch {
      this.#onPage();
    }
  }

  /** Sends the runner a message, handing over what transfer lists. */
  post(message, transfer = []) {
    if (this.#page) return this.#page(message);
    if (this.#kept) {
      this.#kept.push([message, transfer]);
      if (transfer.length > 0) return; // handed over once the worker has answered
    }
    this.#worker.postMessage(message, transfer);
  }

  #heard(message) {
    if (this.#kept && message.failed) {
      // The worker's script did not load or run: nothing it was sent was done.
      this.#worker.terminate();
      this.#onPage();
      return;
    }
    if (this.#kept) {
      for (const [held, transfer] of this.#kept) {
        if (transfer.length > 0) this.#worker.postMessage(held, transfer);
      }
      this.#kept = null;
    }
    this.#receive(message);
  }

  /**
   * The same runner on the page's thread, given every message kept; its messages are copies
   * (as a worker's are: the runner goes on appending to its own arrays), each a task apart.
   * Slower frames, the same numbers.
   */
  #onPage() {
    const receive = raceRunner((data) => {
      const copy = structuredClone(data);
      setTimeout(() => this.#page && this.#receive(copy));
    });
    this.#page = (data) => setTimeout(() => receive(data));
    for (const [message] of this.#kept ?? []) this.#page(message);
    this.#kept = null;
  }

  terminate() {
    this.#worker?.terminate();
    this.#page = null;
  }
}
