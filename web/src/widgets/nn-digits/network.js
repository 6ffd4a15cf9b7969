// How nn-digits makes its network, its trainer and the core's view of the digits from the
// widget's settings, written once for the worker (digits-worker.js) and for node scripts that
// measure the lesson's numbers (tests/bench/digits-numbers.mjs). Takes the facade's core; no
// DOM, no worker.
import { CLASSES, PIXELS, toInputs } from './digits-format.js';

/**
 * The run's settings from the widget's attribute values (values[name] as schema.js names them):
 * { hidden: [units], dropout, optimizer, learningRate, batchSize, seed, epochs }.
 */
export function digitsSpec(values) {
  return {
    hidden: values.shape === '784-64-10' ? [64] : [256, 128],
    dropout: values.dropout,
    optimizer: values.optimizer,
    learningRate: values['learning-rate'],
    batchSize: values['batch-size'],
    seed: values.seed,
    epochs: values.epochs,
  };
}

/**
 * The dataset the trainer takes: X (8,000 x 784) and Xtest (2,000 x 784) in [0, 1], labels as
 * class numbers. train and test: the parts decodeDigits returns.
 */
export function digitsDataset(train, test) {
  return {
    X: toInputs(train),
    labels: Int32Array.from(train.labels),
    classes: CLASSES,
    Xtest: toInputs(test),
    labelsTest: Int32Array.from(test.labels),
  };
}

/**
 * A 784-...-10 network from spec { hidden: [units], dropout, seed }: ReLU hidden layers, a
 * softmax output with cross-entropy, He initial weights, float32 products.
 */
export function createDigitsNetwork(core, spec) {
  return core.createNetwork({
    inputs: PIXELS,
    layers: [
      ...spec.hidden.map((units) => ({ units, activation: 'relu', dropout: spec.dropout })),
      { units: CLASSES, activation: 'softmax' },
    ],
    loss: 'softmax_ce',
    init: 'he',
    seed: spec.seed,
    precision: 'float32',
  });
}

/** The trainer for spec { optimizer, learningRate, batchSize, seed } (seed orders the batches). */
export function createDigitsTrainer(core, net, data, spec) {
  const { optimizer, learningRate, batchSize, seed } = spec;
  return core.createTrainer(net, data, { optimizer, learningRate, batchSize, seed });
}
