// Ownership of one Embind object, and the error check every call into the core goes through.
// Each C++ object made through the facade has exactly one JS owner, which frees it with
// dispose(); any use after that throws a clear Error.
import { coreMessage } from './messages.js';

/**
 * Returns `result`, or throws the Error the core reported for the call that produced it
 * (the bindings leave a C++ error's message in Module.lastError instead of throwing).
 */
export function checked(Module, result) {
  const message = Module.lastError;
  if (!message) return result;
  Module.lastError = '';
  result?.delete?.();
  throw new Error(coreMessage(message));
}

export class Handle {
  #raw;
  #name;
  #Module;

  constructor(Module, raw, name) {
    this.#Module = Module;
    this.#raw = checked(Module, raw);
    this.#name = name;
  }

  /** The live Embind object; throws once disposed. */
  get raw() {
    if (!this.#raw) throw new Error(`${this.#name}: used after dispose()`);
    return this.#raw;
  }

  /** raw[method](...args), with the core's errors thrown as Errors. */
  call(method, ...args) {
    return checked(this.#Module, this.raw[method](...args));
  }

  get disposed() {
    return this.#raw === null;
  }

  dispose() {
    this.#raw?.delete();
    this.#raw = null;
  }
}
