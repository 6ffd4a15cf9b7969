// The attributes of <nn-descent>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

import { GOAL } from '../shared/attribute-specs.js';

export const RATE = { type: 'number', default: 0.1, min: 0.001, max: 10 };
export const INPUT_SCALE = { type: 'number', default: 1, min: 0.25, max: 8 };
export const DECAY = { type: 'number', default: 0, min: 0, max: 10 };

export const schema = {
  tag: 'nn-descent',
  summary: 'Gradient descent: roll down a loss curve or surface with a learning rate you choose.',
  exercise: { fixed: ['mode', 'decay', 'activation', 'start'] },
  attributes: {
    mode: {
      type: 'enum',
      values: ['1d', '2d', 'scaled'],
      default: '1d',
      description:
        '1d: one weight, the loss as a curve; 2d: two weights, the loss as a surface (a narrow valley); scaled: two weights on two unrelated inputs, the second multiplied by input-scale.',
    },
    'learning-rate': {
      ...RATE,
      description: 'The step size: each step moves the weights by −learning rate × dL/dw.',
    },
    'input-scale': {
      ...INPUT_SCALE,
      description:
        'The scaled mode’s s: x₁ is ±1 and x₂ is ±s. 1 is inputs on one scale (a round bowl); a larger s stretches the bowl into a valley s² times steeper across w₂.',
    },
    decay: {
      ...DECAY,
      description:
        'A learning-rate schedule: step k (from 0) uses learning rate / (1 + decay × k). 0 keeps the rate fixed.',
    },
    activation: {
      type: 'enum',
      values: ['linear', 'sigmoid'],
      default: 'linear',
      description: 'The one-weight model’s activation (1d): linear gives a parabola.',
    },
    start: {
      type: 'numbers',
      maxLength: 2,
      default: [-1],
      min: -20,
      max: 20,
      description:
        'Where the ball starts: one weight (1d) or two (2d, scaled). Clicking the plot sets it.',
    },
    goal: {
      ...GOAL,
      values: ['converge'],
      description: 'An exercise, such as "converge<50": the loss settles in fewer than 50 steps.',
    },
  },
};
