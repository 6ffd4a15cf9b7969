// The attributes of <nn-network>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

export const LIMIT = { min: -100, max: 100 };

export const schema = {
  tag: 'nn-network',
  summary: 'A small network with editable weights, each neuron’s picture and the boundary.',
  exercise: { fixed: ['shape', 'hidden-activation', 'output-activation'] },
  attributes: {
    shape: {
      type: 'shape',
      default: [2, 2, 1],
      minLength: 2,
      maxLength: 5,
      max: 8,
      description: 'Units per layer from the inputs: 2 inputs first, 1 output last.',
    },
    'hidden-activation': {
      type: 'name',
      table: 'activations',
      where: 'hidden',
      default: 'sigmoid',
      description: 'The activation of every hidden neuron.',
    },
    'output-activation': {
      type: 'name',
      table: 'activations',
      where: { output: true, hidden: true }, // one output unit: softmax needs two or more
      default: 'sigmoid',
      description: 'The activation of the output neuron.',
    },
    weights: {
      type: 'numbers',
      maxLength: 288, // 4 layers of 8 × 8 weights and 8 biases
      default: [3, -2, 3, 2, -1, 0, 2, 2, -2],
      ...LIMIT,
      description:
        'Every weight and bias in one list, layer by layer from the inputs: the layer’s W (inputs × units) row by row, then its biases. For 2,2,1: w(x₁→h₁), w(x₁→h₂), w(x₂→h₁), w(x₂→h₂), b(h₁), b(h₂), w(h₁→y), w(h₂→y), b(y). Absent (or not fitting the shape): seeded random weights, to 2 decimals.',
    },
    dataset: {
      type: 'enum',
      values: ['and', 'or', 'xor'],
      default: 'xor',
      description: 'The truth table whose four points are plotted and checked.',
    },
    goal: {
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      type: 'enum',
      values: ['none', 'xor'],
      default: 'none',
      description: '"xor": the exercise of lesson 5, to make the network compute XOR.',
    },
  },
};
