// The attributes of <nn-perceptron>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

const LIMIT = { min: -10, max: 10 };

export const schema = {
  tag: 'nn-perceptron',
  summary: 'The classical perceptron learning AND, OR or XOR, or a line to place by hand.',
  exercise: { fixed: ['dataset', 'mode', 'weights', 'bias', 'learning-rate'], within: true },
  attributes: {
    dataset: {
      type: 'enum',
      values: ['and', 'or', 'xor'],
      default: 'and',
      description: 'The truth table to learn: its four points, coloured by class.',
    },
    'learning-rate': {
      type: 'number',
      default: 0.1,
      min: 0.001,
      max: 10,
      description: 'The learning rate lr in w ← w + lr·(t − y)·x.',
    },
    weights: {
      type: 'numbers',
      default: [0, 0],
      minLength: 2,
      maxLength: 2,
      ...LIMIT,
      description: 'The starting weights w₁, w₂ (in drag mode: the line the reader placed).',
    },
    bias: { type: 'number', default: 0, ...LIMIT, description: 'The starting bias b.' },
    mode: {
      type: 'enum',
      values: ['train', 'drag'],
      default: 'train',
      description: '"train": the learning rule moves the line; "drag": the reader does.',
    },
    goal: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'enum',
      values: ['none', 'converge', 'separate'],
      default: 'none',
      description:
        'An exercise: "converge" (train until an epoch has no mistakes) or "separate" (no point on the wrong side).',
    },
  },
};
