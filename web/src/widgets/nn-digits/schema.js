// The attributes of <nn-digits>: the network's shape, how it trains (optimizer, learning rate,
// batch size, dropout, epochs, seed) and an optional goal. Data only, no DOM: the lesson build
// and the widget reference read it without loading the element.

import { GOAL, OPTIMIZER, SEED } from '../shared/attribute-specs.js';

export const schema = {
  tag: 'nn-digits',
  summary:
    'A digit reader: a network trains on 8,000 real handwritten digits in the browser; draw a digit and it reads it.',
  exercise: {
    fixed: ['shape', 'optimizer', 'learning-rate', 'batch-size', 'dropout', 'epochs', 'seed'],
  },
  attributes: {
    shape: {
      type: 'enum',
      values: ['784-256-128-10', '784-64-10'],
      default: '784-256-128-10',
      description: 'The layers: 784 pixels in, ReLU hidden layers, 10 softmax outputs.',
    },
    optimizer: {
      ...OPTIMIZER,
      default: 'adam',
      description: 'How each step uses the gradient.',
    },
    'learning-rate': {
      type: 'number',
      default: 0.001,
      min: 0.00001,
      max: 100,
      description: 'The size of each step.',
    },
    'batch-size': {
      type: 'integer',
      default: 64,
      min: 1,
      max: 1000,
      description: 'Digits per step (a mini-batch).',
    },
    dropout: {
      type: 'number',
      default: 0,
      min: 0,
      max: 0.9,
      description:
        'The share of hidden neurons switched off at random in each training step (never when reading).',
    },
    epochs: {
      type: 'integer',
      default: 10,
      min: 1,
      max: 100,
      description: 'How many passes over the 8,000 training digits a run makes.',
    },
    seed: {
      ...SEED,
      description: 'Seeds the first weights, the order of the digits and the dropout masks.',
    },
    goal: {
      ...GOAL,
      values: ['accuracy', 'gap', 'found'],
      description:
        'An exercise: "accuracy>=0.95" (test accuracy), "gap<0.04" (training minus test accuracy after a full run with dropout, at 95 % test accuracy or more), "found>=1" (misread test digits whose guess the reader named).',
    },
  },
};
