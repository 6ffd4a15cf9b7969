// The attributes of <nn-export>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

import { HIDDEN_ACTIVATION, LEARNING_RATE, OPTIMIZER } from '../shared/attribute-specs.js';

export const FRAMEWORKS = [
  { id: 'numpy', name: 'NumPy' },
  { id: 'pytorch', name: 'PyTorch' },
  { id: 'keras', name: 'Keras' },
];

export const schema = {
  tag: 'nn-export',
  summary: 'A network as NumPy, PyTorch and Keras code, with its weights, beside the lab’s words.',
  attributes: {
    model: {
      type: 'string',
      default: '',
      maxLength: 500000,
      description: 'The model as Network.toJSON() writes it ("neuronlab.model" version 1).',
    },
    shape: {
      type: 'shape',
      default: [2, 2, 1],
      minLength: 2,
      maxLength: 6,
      max: 64,
      description: 'Without a model: inputs, then the units of each layer.',
    },
    weights: {
      type: 'numbers',
      maxLength: 20800, // 5 layers of 64 × 64 weights and 64 biases
      default: [],
      description:
        'Without a model: every parameter, layer by layer, W row by row then b (as <nn-loss>); ' +
        'left out, seeded random weights.',
    },
    activation: {
      ...HIDDEN_ACTIVATION,
      default: 'sigmoid',
      description: 'Without a model: the hidden layers’ activation.',
    },
    output: {
      type: 'name',
      table: 'activations',
      where: 'output',
      default: 'sigmoid',
      description: 'Without a model: the output layer’s activation.',
    },
    loss: {
      type: 'name',
      table: 'losses',
      default: 'mse',
      description: 'Without a model: the loss (softmax_ce with a softmax output).',
    },
    source: {
      type: 'string',
      default: '',
      maxLength: 200,
      description:
        'The id of an element (such as an <nn-trainer>) whose "nn-model" events replace the model.',
    },
    stored: {
      type: 'boolean',
      default: false,
      description:
        'Starts from the model a trainer with save-model kept in this browser, when there is one; sibling trainers then replace it only if source names them.',
    },
    optimizer: {
      ...OPTIMIZER,
      default: null,
      description:
        'The optimizer the model trains with, for the training comment of the PyTorch code; a source trainer sets it.',
    },
    'learning-rate': {
      ...LEARNING_RATE,
      default: null,
      description:
        'The learning rate the model trains with, for the same comment; a source trainer sets it. Absent: the comment leaves lr to the reader.',
    },
    'train-at': {
      type: 'string',
      default: '',
      maxLength: 300,
      description:
        'With stored: a link within the site to where a network is trained and stored, offered when this browser has none yet.',
    },
    tab: {
      type: 'enum',
      values: FRAMEWORKS.map((f) => f.id),
      default: 'numpy',
      description: 'The framework shown.',
    },
  },
};
