// The attributes of <nn-race>: the data set and network the four optimizers share, each one's
// learning rate, how long the race runs, and which weights the update rules and the loss
// surface show. Data only, no DOM; the element parses its attributes with it.

import { HIDDEN_ACTIVATION, HIDDEN_LAYERS, NOISE, SEED } from '../shared/attribute-specs.js';

export const schema = {
  tag: 'nn-race',
  summary:
    'An optimizer race: SGD, momentum, RMSprop and Adam train one network from the same first weights.',
  attributes: {
    dataset: {
      type: 'name',
      table: 'datasets',
      default: 'circle',
      description:
        'The data set all four learn (two or three classes). Every step uses all its points, so the four see the same data in the same order.',
    },
    samples: {
      type: 'integer',
      default: 200,
      min: 4,
      max: 1000,
      description: 'How many points the data set has.',
    },
    noise: { ...NOISE, default: 0.1 },
    'hidden-layers': { ...HIDDEN_LAYERS, maxLength: 3 },
    activation: {
      ...HIDDEN_ACTIVATION,
      default: 'tanh',
      description: 'The activation of every hidden neuron.',
    },
    seed: {
      ...SEED,
      description: 'Seeds the data and the first weights, which all four runs share.',
    },
    'learning-rates': {
      type: 'numbers',
      default: [0.3, 0.1, 0.01, 0.03],
      minLength: 4,
      maxLength: 4,
      min: 0.0001,
      max: 10,
      example: '0.3, 0.1, 0.01, 0.03',
      description:
        'The learning rates of SGD, momentum, RMSprop and Adam, in that order. The defaults suit each: momentum adds up about ten steps (μ = 0.9), so it needs a smaller rate than SGD; RMSprop and Adam take steps of about the rate itself, whatever the gradient.',
    },
    steps: {
      type: 'integer',
      default: 300,
      min: 1,
      max: 2000,
      description: 'Where the race ends: each run takes this many steps.',
    },
    weight: {
      type: 'string',
      default: '0:0',
      maxLength: 20,
      description:
        'The parameter (layer:index) whose update rule is shown with the numbers of the last step, such as "0:0", the weight from x₁ to h₁.',
    },
    surface: {
      type: 'string',
      default: '0:0,0:1',
      maxLength: 40,
      description:
        'The two parameters (layer:index) of the loss-surface slice the four paths are drawn on, such as "0:0,0:1".',
    },
  },
};
