// The facade's Network: a JS owner of one C++ Network. Takes matrices as arrays of rows or
// { rows, cols, data } and returns plain objects with Float64Array copies (see docs/api.md).
import { describe, flag, num, numbers, optionsOf } from './args.js';
import { Handle } from './handle.js';
import { toMatrix } from './matrix.js';
import { modelOf } from './model-file.js';

export class Network {
  #handle;
  #borrowers = 0;

  /** @param {object} raw an Embind Network (null after a failed call); the new object owns it */
  constructor(Module, raw) {
    this.#handle = new Handle(Module, raw, 'Network');
  }

  /** [inputs, units of each layer] */
  get shape() {
    return this.#handle.call('shape');
  }

  /** { inputs, layers: [{ units, activation, dropout }], loss } */
  get spec() {
    const [inputs, ...units] = this.shape;
    const activations = this.#handle.call('activations');
    const dropouts = this.#handle.call('dropouts');
    return {
      inputs,
      layers: units.map((u, l) => ({ units: u, activation: activations[l], dropout: dropouts[l] })),
      loss: this.#handle.call('lossName'),
    };
  }

  /** 'float64' or 'float32': the arithmetic of the matrix products (createNetwork's option) */
  get precision() {
    return this.#handle.call('precision');
  }

  /**
   * { layers: [{ z, a, mask }], output }, each samples x units. With { training: true } the
   * layers with dropout draw new masks (0 or 1 / (1 - p) per entry, in `mask`) and pass a .* mask
   * on; otherwise (the default) nothing is dropped and no layer has a mask.
   */
  forward(X, options) {
    const { training = false } = optionsOf(options, 'forward');
    const layers = this.#handle.call(
      'forward',
      toMatrix(X, 'forward', 'X'),
      flag(training, 'forward', 'training'),
    );
    return { layers, output: layers[layers.length - 1].a };
  }

  /** The output layer's activations (samples x outputs), without the rest of the trace. */
  predict(X) {
    return this.#handle.call('predict', toMatrix(X, 'predict', 'X'));
  }

  /** The class of each row of X: argmax of the outputs (one output: its threshold). Int32Array */
  predictClasses(X) {
    return this.#handle.call('predictClasses', toMatrix(X, 'predictClasses', 'X'));
  }

  /**
   * { loss, layers: [{ delta, dW, db }], trace: [{ z, a, mask }] }. With { training: true } as a
   * training step: dropout masks drawn, delta of a dropped layer = (dL/d(a .* mask)) .* mask .* f'(z).
   */
  backward(X, Y, options) {
    const { training = false } = optionsOf(options, 'backward');
    return this.#handle.call(
      'backward',
      toMatrix(X, 'backward', 'X'),
      toMatrix(Y, 'backward', 'Y'),
      flag(training, 'backward', 'training'),
    );
  }

  /**
   * dL/dW and dL/db as the last backward() left them, or a trainer's last step (its batch, L2
   * included): one Float64Array, per layer W row by row then b (the weights attribute's order).
   * Zeros before any backward(). Much less crosses than backward()'s result.
   */
  gradients() {
    return this.#handle.call('gradients');
  }

  loss(X, Y) {
    return this.#handle.call('loss', toMatrix(X, 'loss', 'X'), toMatrix(Y, 'loss', 'Y'));
  }

  /** [{ W: fan_in x units, b: Float64Array }] */
  getParameters() {
    return this.#handle.call('getParameters');
  }

  /** All layers or none: when one layer is refused, the layers set before it are put back. */
  setParameters(params) {
    if (!Array.isArray(params) || params.length !== this.shape.length - 1)
      throw new Error(`setParameters: expected ${this.shape.length - 1} layers of { W, b }`);
    const before = this.getParameters();
    try {
      params.forEach((p, l) => this.#setLayer(p, l));
    } catch (e) {
      before.forEach((p, l) => this.#setLayer(p, l));
      throw e;
    }
  }

  #setLayer(p, l) {
    if (p === null || typeof p !== 'object')
      throw new Error(`setParameters: layer ${l} must be { W, b }, got ${describe(p)}`);
    this.#handle.call(
      'setParameters',
      l,
      toMatrix(p.W, 'setParameters', `layer ${l} W`),
      numbers(p.b, 'setParameters', `layer ${l} b`),
    );
  }

  setWeight(layer, from, to, value) {
    this.#handle.call('setWeight', num(layer), num(from), num(to), num(value));
  }

  setBias(layer, unit, value) {
    this.#handle.call('setBias', num(layer), num(unit), num(value));
  }

  /** { maxRelativeError, layers: [{ dW, dWNumeric, db, dbNumeric }] } */
  gradientCheck(X, Y, options) {
    const { epsilon = 1e-6 } = optionsOf(options, 'gradientCheck');
    return this.#handle.call(
      'gradientCheck',
      toMatrix(X, 'gradientCheck', 'X'),
      toMatrix(Y, 'gradientCheck', 'Y'),
      num(epsilon),
    );
  }

  /** The model file as an object (schema "neuronlab.model" version 1, model-file.js). */
  toJSON() {
    return modelOf(this.spec, this.getParameters());
  }

  /** A trainer borrows the network for its lifetime; the network cannot be disposed meanwhile. */
  borrow() {
    this.#borrowers += 1;
    return this.#handle.raw;
  }

  giveBack() {
    this.#borrowers -= 1;
  }

  dispose() {
    if (this.#borrowers > 0) throw new Error('Network: dispose the trainer using it first');
    this.#handle.dispose();
  }

  get disposed() {
    return this.#handle.disposed;
  }
}
