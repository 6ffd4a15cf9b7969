// Hostile input for createPerceptron and every method of a Perceptron.
import { core } from '../load.mjs';

/** A perceptron the cases call into (learning rate 100, to provoke overflow). */
export const perceptron = core.createPerceptron({ inputs: 2, learningRate: 100 });

/** [what, call, message] per entry point. */
export const cases = {
  Perceptron: [
    [
      'null options',
      () => core.createPerceptron(null),
      /createPerceptron: the options must be an object/,
    ],
    [
      '5,000 inputs',
      () => core.createPerceptron({ inputs: 5000 }),
      /inputs is 5000; accepted: 1 to 4096/,
    ],
    [
      'a learning rate of 1000',
      () => core.createPerceptron({ learningRate: 1000 }),
      /learningRate is 1000; accepted: more than 0 and at most 100/,
    ],
    [
      'too few weights',
      () => core.createPerceptron({ inputs: 2, weights: [1] }),
      /setWeights: expected 2 weights, got 1/,
    ],
    [
      'a string sample',
      () => perceptron.predict('10'),
      /predict: inputs must be an array of numbers, got string/,
    ],
    ['a NaN sample', () => perceptron.weightedSum([NaN, 0]), /weightedSum: inputs\[0\] is NaN/],
    [
      'a target of 0.5',
      () => perceptron.trainSample([1, 0], 0.5),
      /trainSample: target is 0\.5; accepted: 0 or 1/,
    ],
    [
      'an input of 1e308 that would overflow a weight',
      () => perceptron.trainSample([1e308, 0], 0),
      /inputs\[0\] is 1e\+308, which would make weights\[0\] infinite/,
    ],
    [
      'a fractional target in an epoch',
      () => perceptron.trainEpoch([[1, 0]], [0.5]),
      /trainEpoch: targets\[0\] is 0\.5; accepted: whole numbers/,
    ],
    [
      'a target of 2 in an epoch',
      () => perceptron.trainEpoch([[1, 0]], [2]),
      /targets\[0\] is 2; accepted: 0 or 1/,
    ],
    ['no targets', () => perceptron.trainEpoch([[1, 0]], []), /got 1 samples and 0 targets/],
    [
      'a negative learning rate',
      () => {
        perceptron.learningRate = -1;
      },
      /learningRate is -1; accepted: more than 0/,
    ],
    [
      'an Infinity bias',
      () => perceptron.setWeights([0, 0], Infinity),
      /bias is Infinity; accepted: a finite number/,
    ],
  ],
};
