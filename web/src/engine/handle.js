// Ownership of one Embind object: every C++ object made through the facade has exactly one
// JS owner, which frees it with dispose(); any use after that throws a clear Error.

export class Handle {
  #raw;
  #name;

  constructor(raw, name) {
    this.#raw = raw;
    this.#name = name;
  }

  /** The live Embind object; throws once disposed. */
  get raw() {
    if (!this.#raw) throw new Error(`${this.#name}: used after dispose()`);
    return this.#raw;
  }

  get disposed() {
    return this.#raw === null;
  }

  dispose() {
    this.#raw?.delete();
    this.#raw = null;
  }
}
