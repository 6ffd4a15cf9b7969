// The attributes of <nn-descent>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

export const RATE = { type: 'number', default: 0.1, min: 0.001, max: 10 };

export const schema = {
  tag: 'nn-descent',
  summary: 'Gradient descent: roll down a loss curve or surface with a learning rate you choose.',
  attributes: {
    mode: {
      type: 'enum',
      values: ['1d', '2d'],
      default: '1d',
      description: '1d: one weight, the loss as a curve; 2d: two weights, the loss as a surface.',
    },
    'learning-rate': {
      ...RATE,
      description: 'The step size: each step moves the weights by −learning rate × dL/dw.',
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
      description: 'Where the ball starts: one weight (1d) or two (2d). Clicking the plot sets it.',
    },
    goal: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'goal',
      default: null,
      values: ['converge'],
      description: 'An exercise, such as "converge<50": the loss settles in fewer than 50 steps.',
    },
    fixed: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'names',
      default: [],
      values: ['mode', 'activation', 'start'],
      description:
        'Attributes an exercise keeps as the page gave them: their controls are locked and the goal counts only while they are unchanged.',
    },
  },
};
