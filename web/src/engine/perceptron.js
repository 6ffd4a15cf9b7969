// The facade's Perceptron: owns one C++ Perceptron (step activation, Rosenblatt's rule).
import { num, numbers, optionsOf } from './args.js';
import { Handle } from './handle.js';
import { toMatrix } from './matrix.js';

export class Perceptron {
  #handle;

  constructor(Module, options) {
    const {
      inputs = 2,
      learningRate = 0.1,
      weights,
      bias = 0,
    } = optionsOf(options, 'createPerceptron');
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
    return this.#handle.call('predict', numbers(x, 'predict', 'inputs'));
  }

  weightedSum(x) {
    return this.#handle.call('weightedSum', numbers(x, 'weightedSum', 'inputs'));
  }

  /** { output, error, weights, bias } after w += lr (t - y) x, b += lr (t - y) */
  trainSample(x, target) {
    const r = this.#handle.call('trainSample', numbers(x, 'trainSample', 'inputs'), num(target));
    return { ...r, weights: this.weights, bias: this.bias };
  }

  /** { errors, converged } after one pass over X in order */
  trainEpoch(X, targets) {
    return this.#handle.call(
      'trainEpoch',
      toMatrix(X, 'trainEpoch', 'X'),
      numbers(targets, 'trainEpoch', 'targets'),
    );
  }

  setWeights(weights, bias) {
    this.#handle.call('setWeights', numbers(weights, 'setWeights', 'weights'), num(bias));
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
