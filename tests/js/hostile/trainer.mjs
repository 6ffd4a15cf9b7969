// Hostile input for createTrainer and every method of a Trainer.
import { core } from '../load.mjs';
import { longName, xor, xorSpec } from './fixtures.mjs';

const net = core.createNetwork(xorSpec);
/** A trainer the cases call into; each case must leave it usable. */
export const trainer = core.createTrainer(core.createNetwork(xorSpec), xor, { learningRate: 0.5 });

/** [what, call, message] per entry point. */
export const cases = {
  Trainer: [
    [
      'a network from elsewhere',
      () => core.createTrainer({}, xor),
      /createTrainer: network must come from createNetwork\(\)/,
    ],
    [
      'no data set',
      () => core.createTrainer(net, null),
      /createTrainer: dataset must be an object/,
    ],
    [
      'a fractional label',
      () => core.createTrainer(net, { ...xor, labels: [0, 1, 1, 0.5] }),
      /createTrainer: labels\[3\] is 0\.5; accepted: whole numbers/,
    ],
    [
      'a label of 7',
      () => core.createTrainer(net, { ...xor, labels: [0, 1, 1, 7] }),
      /labels\[3\] is 7; accepted: 0 to 1/,
    ],
    [
      'labels as a string',
      () => core.createTrainer(net, { ...xor, labels: '0110' }),
      /createTrainer: labels must be an array of numbers, got string/,
    ],
    [
      'too few labels',
      () => core.createTrainer(net, { ...xor, labels: [0] }),
      /each sample needs one label/,
    ],
    [
      'classes as a string',
      () => core.createTrainer(net, { ...xor, classes: '2' }),
      /classes is NaN/,
    ],
    [
      'null options',
      () => core.createTrainer(net, xor, null),
      /createTrainer: the options must be an object/,
    ],
    [
      'a string learning rate',
      () => core.createTrainer(net, xor, { learningRate: '0.1' }),
      /createTrainer: learningRate is of type string; accepted: a number/,
    ],
    [
      'a numeric optimizer',
      () => core.createTrainer(net, xor, { optimizer: 1 }),
      /optimizer is of type number; accepted: a name/,
    ],
    [
      'a learning rate of 1e308',
      () => core.createTrainer(net, xor, { learningRate: 1e308 }),
      /learningRate is 1e\+308; accepted: more than 0 and at most 1000/,
    ],
    [
      'momentum 1',
      () => core.createTrainer(net, xor, { optimizer: 'momentum', momentum: 1 }),
      /momentum is 1; accepted: from 0 up to \(not including\) 1/,
    ],
    [
      'a batch of 1e9',
      () => core.createTrainer(net, xor, { batchSize: 1e9 }),
      /batchSize is 1000000000; accepted: 0 to 100000/,
    ],
    [
      'a 10,000-character optimizer',
      () => core.createTrainer(net, xor, { optimizer: longName }),
      /optimizer "x{40}\.\.\." \(10000 bytes\) is unknown/,
    ],
    ['-1 epochs', () => trainer.train(-1), /^train: epochs is -1; accepted: a whole number/],
    ['"5" epochs', () => trainer.train('5'), /epochs is NaN/],
    [
      '1e9 epochs (would run for minutes)',
      () => trainer.train(1e9),
      /epochs is 1000000000; accepted: 0 to 2500000 for 4 samples/,
    ],
    [
      'null in setOptions',
      () => trainer.setOptions(null),
      /setOptions: the options must be an object/,
    ],
    [
      'learningRate 0 in setOptions',
      () => trainer.setOptions({ learningRate: 0 }),
      /learningRate is 0; accepted: more than 0/,
    ],
    [
      'disposing a network in use',
      () => trainer.network.dispose(),
      /Network: dispose the trainer using it first/,
    ],
  ],
};
