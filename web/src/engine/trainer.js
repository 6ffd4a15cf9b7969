// The facade's Trainer: owns one C++ Trainer, which borrows a Network (the network must stay
// alive while the trainer does: disposing the network first is refused).
import { Handle } from './handle.js';
import { toMatrix } from './matrix.js';

export class Trainer {
  #handle;
  #network;

  constructor(Module, network, dataset, options = {}) {
    if (!dataset || typeof dataset !== 'object')
      throw new Error(
        'createTrainer: dataset must be an object from makeDataset(), or { X, labels, classes }',
      );
    const data = {
      X: toMatrix(dataset.X, 'createTrainer', 'X'),
      labels: Array.from(dataset.labels ?? [], Number),
      classes: dataset.classes ?? 2,
    };
    if (dataset.Xtest && dataset.Xtest.rows > 0) {
      data.Xtest = toMatrix(dataset.Xtest, 'createTrainer', 'Xtest');
      data.labelsTest = Array.from(dataset.labelsTest ?? [], Number);
    }
    const raw = Module.createTrainer(network.borrow(), data, { ...options });
    try {
      this.#handle = new Handle(Module, raw, 'Trainer');
    } catch (e) {
      network.giveBack();
      throw e;
    }
    this.#network = network;
  }

  get network() {
    return this.#network;
  }

  /** { epochs, loss: Float64Array, accuracy: Float64Array, status: 'ok' | 'diverged' } */
  train(epochs = 1) {
    return this.#handle.call('train', typeof epochs === 'number' ? epochs : Number.NaN);
  }

  /** One minibatch: { loss, status }; a diverged step restores the last finite weights. */
  step() {
    const loss = this.#handle.call('step');
    return { loss, status: Number.isFinite(loss) ? 'ok' : 'diverged' };
  }

  /** { loss, accuracy, testLoss, testAccuracy } with the current weights (NaN without a test set) */
  evaluate() {
    return this.#handle.call('evaluate');
  }

  /** Changes optimizer settings; keeps the weights and the epoch count. */
  setOptions(options) {
    this.#handle.call('configure', { ...options });
  }

  get epoch() {
    return this.#handle.call('epoch');
  }

  dispose() {
    if (this.#handle.disposed) return;
    this.#handle.dispose();
    this.#network.giveBack();
  }
}
