// The attributes of <nn-trainer>: the data set, the network, the training settings, the
// reader's added points and an optional goal. Everything a reader changes lands in one of
// these, so the embed code reproduces the playground as it is. Data only, no DOM.

import {
  GOAL,
  HIDDEN_ACTIVATION,
  HIDDEN_LAYERS,
  LEARNING_RATE,
  NOISE,
  OPTIMIZER,
  SEED,
} from '../shared/attribute-specs.js';

export const schema = {
  tag: 'nn-trainer',
  summary:
    'A training playground: a network learns a 2-D data set, with its loss, accuracy and boundary.',
  exercise: {
    fixed: [
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
    within: true,
    implies: { dataset: ['points'] }, // the points a reader adds are part of the data set
  },
  attributes: {
    dataset: {
      type: 'name',
      table: 'datasets',
      also: ['formula', 'csv'],
      default: 'xor',
      description:
        'The data set to learn: one the core makes, "formula" (points classed by the formula attribute) or "csv" (the rows of the csv attribute, or a CSV pasted or uploaded).',
    },
    formula: {
      type: 'string',
      maxLength: 200,
      default: 'x1*x1 + x2*x2 < 0.5',
      description:
        'With dataset="formula": the class of a point (x1, x2 from -1 to 1) is 1 where this is true or above 0, such as "x2 > sin(3*x1)". Numbers, x1, x2, pi, e, + - * / ^, < <= > >= == !=, and, or, not, and sin, cos, tan, tanh, abs, sqrt, exp, log, min, max.',
    },
    csv: {
      type: 'numbers',
      maxLength: 3000, // 1,000 rows of three numbers
      maxChars: 16384, // what a link carries (shared/embed-code.js MAX_EMBED_CHARS)
      separator: ' ', // a space is one character in a link, a comma three
      default: [],
      minLength: 0,
      min: -1000,
      max: 1000,
      example: '0.5 -1.2 1 0.3 0.8 0',
      description:
        'With dataset="csv": the rows, three numbers each (x₁, x₂ and the class 0, 1 or 2) separated by spaces. The CSV box writes it; a CSV too long for it (over 16,384 characters) stays until the page is closed and is offered as a file.',
    },
    features: {
      type: 'names',
      minLength: 1,
      values: ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'],
      default: ['x1', 'x2'],
      description:
        'What the network reads of each point: its input units, in this order. The boundary is drawn through the same features.',
    },
    samples: {
      type: 'integer',
      default: 4,
      min: 4,
      max: 2000,
      description:
        'How many points it has; and, or and xor with 4 and no noise are the truth table.',
    },
    noise: { ...NOISE, default: 0 },
    'test-fraction': {
      type: 'number',
      default: 0,
      min: 0,
      max: 0.9,
      description: 'The share of points held out as a test set (hollow), never trained on.',
    },
    'hidden-layers': HIDDEN_LAYERS,
    activation: {
      ...HIDDEN_ACTIVATION,
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
      ...OPTIMIZER,
      default: 'sgd',
      description: 'How each step uses the gradient.',
    },
    'learning-rate': {
      ...LEARNING_RATE,
      default: 0.3,
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
      ...SEED,
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
    weights: {
      type: 'string',
      maxLength: 12000, // the widest network (7 features, 4 layers of 16, 3 outputs): 10,622
      default: null,
      description:
        'Trained weights to start from instead of the seeded ones, as the Share button writes them: the shape, such as "2x4x1", a ".", then every weight and bias as a float64 in base64url. Changing the network or the seed drops them.',
    },
    goal: {
      ...GOAL,
      values: ['accuracy', 'loss'],
      description: 'An exercise the widget checks, such as "accuracy>=1" or "loss<0.05".',
    },
    'save-model': {
      type: 'boolean',
      default: false,
      description:
        'Keeps the latest model in the browser (localStorage "neuronlab:model") for a later page.',
    },
  },
};
