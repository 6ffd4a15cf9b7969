// The attributes of <nn-backprop>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

import { HIDDEN_ACTIVATION, SEED } from '../shared/attribute-specs.js';

export const SAMPLES = [
  ['1', 'x = (0, 0), t = 0'],
  ['2', 'x = (0, 1), t = 1'],
  ['3', 'x = (1, 0), t = 1'],
  ['4', 'x = (1, 1), t = 0'],
  ['batch', 'all four (a batch)'],
];
export const LOSSES = [
  ['mse', 'squared error (mse)'],
  ['bce', 'cross-entropy (bce)'],
];

export const schema = {
  tag: 'nn-backprop',
  summary: 'One training step of the XOR network, forward and backward, neuron by neuron.',
  attributes: {
    shape: {
      type: 'shape',
      default: [2, 2, 1],
      minLength: 3,
      maxLength: 5,
      max: 4,
      description: 'Units per layer: 2 inputs first, 1 output last, 1 to 3 hidden layers between.',
    },
    activation: {
      ...HIDDEN_ACTIVATION,
      default: 'sigmoid',
      description: 'The activation of the hidden neurons (the output is always a sigmoid).',
    },
    weights: {
      type: 'numbers',
      maxLength: 80, // 4 layers of 4 × 4 weights and 4 biases
      default: [],
      min: -100,
      max: 100,
      description:
        'Every weight and bias in one list, layer by layer: the layer’s W (inputs × units) row by row, then its biases. For 2,2,1: w(x₁→h₁), w(x₁→h₂), w(x₂→h₁), w(x₂→h₂), b(h₁), b(h₂), w(h₁→ŷ), w(h₂→ŷ), b(ŷ). Absent: random weights from the seed.',
    },
    seed: {
      ...SEED,
      description: 'Seeds the random starting weights when weights is absent.',
    },
    sample: {
      type: 'enum',
      values: SAMPLES.map(([value]) => value),
      default: '3',
      description:
        'The XOR sample: 1 = (0, 0) → 0, 2 = (0, 1) → 1, 3 = (1, 0) → 1, 4 = (1, 1) → 0; batch: all four at once.',
    },
    loss: {
      type: 'enum',
      values: LOSSES.map(([value]) => value),
      default: 'mse',
      description: 'The loss: mse (squared error) or bce (binary cross-entropy).',
    },
    'learning-rate': {
      type: 'number',
      default: 0.5,
      min: 0.001,
      max: 100,
      description: 'η in the update w ← w − η · ∂L/∂w.',
    },
    step: {
      type: 'integer',
      default: 0,
      min: 0,
      max: 500,
      description: 'The step shown: 0 is the sample, the last one the update.',
    },
  },
};
