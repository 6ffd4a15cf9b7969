// The facade's Trainer: owns one C++ Trainer, which borrows a Network (the network must stay
// alive while the trainer does: disposing the network first is refused).
import { num, numbers, optionsOf } from './args.js';
import { Handle } from './handle.js';
import { toMatrix } from './matrix.js';

export class Trainer {
  #handle;
  #network;

  constructor(Module, network, dataset, options) {
    if (!dataset || typeof dataset !== 'object')
      throw new Error(
        'createTrainer: dataset must be an object from makeDataset(), or { X, labels, classes }',
      );
    const data = {
      X: toMatrix(dataset.X, 'createTrainer', 'X'),
      labels: numbers(dataset.labels ?? [], 'createTrainer', 'labels'),
      classes: num(dataset.classes ?? 2),
    };
    if (dataset.Xtest && dataset.Xtest.rows > 0) {
      data.Xtest = toMatrix(dataset.Xtest, 'createTrainer', 'Xtest');
      data.labelsTest = numbers(dataset.labelsTest ?? [], 'createTrainer', 'labelsTest');
    }
    const settings = optionsOf(options, 'createTrainer');
    const raw = network.borrow();
    try {
      this.#handle = new Handle(Module, Module.createTrainer(raw, data, settings), 'Trainer');
    } catch (e) {
      network.giveBack();
      throw e;
    }
    this.#network = network;
  }

  get network() {
    return this.#network;
  }

  /**
   * { epochs, loss, accuracy, status: 'ok' | 'diverged' } and, with a test split, testLoss and
   * testAccuracy: Float64Arrays of one entry per epoch (the test figures at the epoch's end).
   */
  train(epochs = 1) {
    return this.#handle.call('train', num(epochs));
  }

  /**
   * The confusion matrix of the 'test' (default) or 'train' samples with the current weights:
   * { classes, counts: Int32Array(classes * classes) }, counts[t * classes + p] = samples of true
   * label t predicted as p (row = true label). All zero without a test split.
   */
  confusion(which = 'test') {
    if (which !== 'test' && which !== 'train')
      throw new Error(
        `confusion: which is ${String(which).slice(0, 40)}; accepted: 'test', 'train'`,
      );
    return this.#handle.call('confusion', which === 'test');
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
    this.#handle.call('setOptions', { ...optionsOf(options, 'setOptions') });
  }

  /**
   * A checkpoint: everything the next step depends on (weights, optimizer state and step count,
   * the shuffling and dropout PRNGs, the sample order, the place in the epoch) as one
   * Float64Array of 27 + samples + 3 × parameters + 1 numbers.
   */
  save() {
    return this.#handle.call('save');
  }

  /**
   * Goes back (or forward) to a checkpoint save() made on a trainer of the same network shape
   * and data: training on from it gives, bit for bit, what followed the save.
   */
  restore(checkpoint) {
    this.#handle.call('restore', numbers(checkpoint, 'restore', 'checkpoint'));
  }

  /**
   * Per layer over the whole training set, without dropout: [{ gradientRms (root mean square of
   * dL/dW), units, dead (f'(z) = 0 on every sample), saturated (f'(z) < 0.01 on most) }].
   * Changes nothing that training depends on.
   */
  health() {
    return this.#handle.call('health');
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
