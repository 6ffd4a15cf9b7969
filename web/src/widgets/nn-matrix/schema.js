// The attributes of <nn-matrix>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

export const LIMIT = { min: -10, max: 10 };

export const schema = {
  tag: 'nn-matrix',
  summary: 'A batch as a matrix: Z = XW + b for the four XOR inputs at once, cell by cell.',
  exercise: { fixed: ['units'] },
  attributes: {
    units: {
      type: 'integer',
      default: 2,
      min: 1,
      max: 4,
      description: 'How many neurons the layer has: the columns of W, b and Z.',
    },
    weights: {
      type: 'numbers',
      maxLength: 8, // 2 × 4 units
      default: [0.5, 0.4, -0.3, 0.6],
      ...LIMIT,
      description:
        'W (2 × units) row by row: first the weights from x₁ to each unit, then from x₂.',
    },
    bias: {
      type: 'numbers',
      maxLength: 4,
      default: [0.1, -0.2],
      ...LIMIT,
      description: 'b: one bias per unit.',
    },
    passes: {
      type: 'boolean',
      default: false,
      description: 'Shows the four one-sample passes next to the batch.',
    },
    target: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'numbers',
      maxLength: 16, // 4 × 4 units
      default: null,
      min: -100,
      max: 100,
      description: 'A Z to aim for (4 × units, row by row), shown beside the batch.',
    },
    goal: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'enum',
      values: ['none', 'target'],
      default: 'none',
      description: '"target": an exercise, solved when XW + b equals the target Z.',
    },
  },
};
