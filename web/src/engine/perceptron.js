// The facade's Perceptron: owns one C++ Perceptron (step activation, Rosenblatt's rule).
import { Handle } from './handle.js';
import { toMatrix } from './matrix.js';
import { num } from './network.js';

export class Perceptron {
  #handle;

  constructor(Module, { inputs = 2, learningRate = 0.1, weights, bias = 0 } = {}) {
    this.#handle = new Handle(
      Module,
      Module.createPerceptron(num(inputs), num(learningRate)),
      'Perceptron',
    );
    if (weights === undefined) return;
    try {
      this.setWeights(weights, bias);
    } catch (e) {
      this.dispose();
      throw e;
    }
  }

  predict(x) {
    return this.#handle.call('predict', vector(x, 'predict'));
  }

  weightedSum(x) {
    return this.#handle.call('weightedSum', vector(x, 'weightedSum'));
  }

  /** { output, error, weights, bias } after w += lr (t - y) x, b += lr (t - y) */
  trainSample(x, target) {
    const r = this.#handle.call('trainSample', vector(x, 'trainSample'), num(target));
    return { ...r, weights: this.weights, bias: this.bias };
  }

  /** { errors, converged } after one pass over X in order */
  trainEpoch(X, targets) {
    return this.#handle.call(
      'trainEpoch',
      toMatrix(X, 'trainEpoch', 'X'),
      vector(targets, 'trainEpoch'),
    );
  }

  setWeights(weights, bias) {
    this.#handle.call('setWeights', vector(weights, 'setWeights'), num(bias));
  }

  set learningRate(lr) {
    this.#handle.call('setLearningRate', num(lr));
  }

  get weights() {
    return Array.from(this.#handle.call('weights'));
  }

  get bias() {
    return this.#handle.call('bias');
  }

  get epoch() {
    return this.#handle.call('epoch');
  }

  dispose() {
    this.#handle.dispose();
  }
}

function vector(v, where) {
  if (!Array.isArray(v) && !ArrayBuffer.isView(v))
    throw new Error(`${where}: expected an array of numbers`);
  return Array.from(v, (x) => (typeof x === 'number' ? x : Number.NaN));
}
