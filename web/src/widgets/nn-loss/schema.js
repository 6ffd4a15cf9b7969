// The attributes of <nn-loss>: the network (shape, weights, activation), the samples, the loss
// (or both, compared), the two parameters the surface maps and its range, and an optional
// goal. A drag or key on the surface lands in weights, so the embed code reproduces the view.
// Data only, no DOM.

import { GOAL, HIDDEN_ACTIVATION } from '../shared/attribute-specs.js';

// A 2-2-1 network whose hidden units act as OR and AND; the output weights start poor.
const DEFAULT_WEIGHTS = [5, 5, 5, 5, -2, -7, 1, -1, -3];
const LIMIT = { min: -50, max: 50 };

export const schema = {
  tag: 'nn-loss',
  summary:
    'How wrong a network is: per-sample errors and losses, their mean, and the loss surface.',
  exercise: { fixed: ['shape', 'activation', 'dataset', 'samples', 'loss', 'surface'] },
  attributes: {
    shape: {
      type: 'shape',
      default: [2, 2, 1],
      minLength: 2,
      maxLength: 4,
      max: 8,
      description: 'Inputs, then the units of each layer; 2 inputs first and 1 output unit last.',
    },
    weights: {
      type: 'numbers',
      maxLength: 216, // 3 layers of 8 × 8 weights and 8 biases
      default: DEFAULT_WEIGHTS,
      ...LIMIT,
      description:
        'Every parameter, layer by layer: W row by row (inputs × units), then the biases. ' +
        'Left out for a shape other than 2,2,1: seeded random weights.',
    },
    activation: {
      ...HIDDEN_ACTIVATION,
      default: 'sigmoid',
      description: 'The hidden layers’ activation (the output is a sigmoid, a probability).',
    },
    dataset: {
      type: 'name',
      table: 'datasets',
      where: { classes: 2 },
      default: 'xor',
      description: 'The samples: a two-class data set.',
    },
    samples: {
      type: 'integer',
      default: 4,
      min: 4,
      max: 16,
      description: 'How many samples (4 gives the truth table of and, or, xor).',
    },
    loss: {
      type: 'name',
      table: 'losses',
      where: { outputs: 'sigmoid' }, // the losses one sigmoid output takes
      default: 'mse',
      description: 'The loss: mse or bce.',
    },
    compare: { type: 'boolean', default: false, description: 'Shows MSE and BCE side by side.' },
    surface: {
      type: 'string',
      default: '',
      maxLength: 40,
      description: 'Two parameters (layer:index) to map the loss over, such as "1:0,1:1".',
    },
    range: {
      type: 'number',
      default: 8,
      min: 0.5,
      max: 50,
      description: 'The surface spans each parameter from −range to range.',
    },
    goal: {
      ...GOAL,
      values: ['loss'],
      description: 'An exercise, such as "loss<0.05" (the mean of the chosen loss).',
    },
  },
};
