// The attributes of <nn-trainer>: the data set, the network, the training settings, the
// reader's added points and an optional goal. Everything a reader changes lands in one of
// these, so the embed code reproduces the playground as it is. Data only, no DOM.

export const schema = {
  tag: 'nn-trainer',
  summary:
    'A training playground: a network learns a 2-D data set, with its loss, accuracy and boundary.',
  attributes: {
    dataset: {
      type: 'name',
      table: 'datasets',
      default: 'xor',
      description: 'The data set to learn.',
    },
    samples: {
      type: 'integer',
      default: 4,
      min: 4,
      max: 2000,
      description:
        'How many points it has; and, or and xor with 4 and no noise are the truth table.',
    },
    noise: {
      type: 'number',
      default: 0,
      min: 0,
      max: 1,
      description: 'How far the points scatter from the clean pattern.',
    },
    'test-fraction': {
      type: 'number',
      default: 0,
      min: 0,
      max: 0.9,
      description: 'The share of points held out as a test set (hollow), never trained on.',
    },
    'hidden-layers': {
      type: 'shape',
      default: [4],
      minLength: 1,
      maxLength: 4,
      max: 16,
      description:
        'The widths of the hidden layers, such as "4" or "8,8". (Not "hidden": that HTML attribute hides an element.)',
    },
    activation: {
      type: 'name',
      table: 'activations',
      where: 'hidden',
      default: 'tanh',
      description: 'The activation of every hidden neuron.',
    },
    loss: {
      type: 'name',
      table: 'losses',
      default: null,
      description:
        'Absent: bce for two classes (a sigmoid output), softmax_ce for three (a softmax output). mse suits either.',
    },
    optimizer: {
      type: 'name',
      table: 'optimizers',
      default: 'sgd',
      description: 'How each step uses the gradient.',
    },
    'learning-rate': {
      type: 'number',
      default: 0.3,
      min: 0.0001,
      max: 1000,
      description: 'The size of each step.',
    },
    'batch-size': {
      type: 'integer',
      default: 0,
      min: 0,
      max: 2000,
      description: 'Samples per step; 0 uses all of them at once.',
    },
    l2: {
      type: 'number',
      default: 0,
      min: 0,
      max: 1,
      description: 'L2 regularization: a pull of every weight toward 0.',
    },
    seed: {
      type: 'integer',
      default: 1,
      min: 0,
      max: 2147483647,
      description: 'Seeds the data, the first weights and the order of the samples.',
    },
    speed: {
      type: 'enum',
      values: ['slow', 'normal', 'fast'],
      default: 'normal',
      description: 'slow: 10 epochs a second; normal: 60; fast: as many as the page can spare.',
    },
    points: {
      type: 'numbers',
      maxLength: 1500, // 500 points of three numbers
      default: [],
      minLength: 0,
      min: -100,
      max: 100,
      example: '0.5, 0.25, 1',
      description: 'Points the reader added, three numbers each: x₁, x₂ and the class.',
    },
    goal: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'goal',
      default: null,
      values: ['accuracy', 'loss'],
      description: 'An exercise the widget checks, such as "accuracy>=1" or "loss<0.05".',
    },
    fixed: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'names',
      default: [],
      values: [
        'dataset',
        'samples',
        'noise',
        'test-fraction',
        'hidden-layers',
        'activation',
        'loss',
        'optimizer',
        'learning-rate',
        'batch-size',
        'l2',
        'seed',
      ],
      description:
        'Attributes an exercise keeps as the page gave them: their controls are locked and the goal counts only while they are unchanged.',
    },
    within: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'integer',
      default: null,
      min: 1,
      max: 100000,
      description: "An exercise's limit: the goal counts only when met within this many epochs.",
    },
    'save-model': {
      type: 'boolean',
      default: false,
      description:
        'Keeps the latest model in the browser (localStorage "neuronlab:model") for a later page.',
    },
  },
};
