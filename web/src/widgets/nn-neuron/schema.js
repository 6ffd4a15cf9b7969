// The attributes of <nn-neuron>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

import { GOAL, HIDDEN_ACTIVATION } from '../shared/attribute-specs.js';

export const LIMIT = { min: -10, max: 10 };

export const schema = {
  tag: 'nn-neuron',
  summary: 'One neuron: each input times its weight, summed with a bias, through an activation.',
  exercise: { fixed: ['inputs', 'weights', 'bias', 'activation'] },
  attributes: {
    inputs: {
      type: 'numbers',
      default: [0.8, 0.6, 0.9],
      minLength: 1,
      maxLength: 8,
      ...LIMIT,
      description: 'The inputs x₁, x₂, …; how many there are (1 to 8) sets the number of inputs.',
    },
    weights: {
      type: 'numbers',
      maxLength: 8,
      default: [0.5, 0.7, 0.3],
      ...LIMIT,
      description: 'One weight per input (at most as many as inputs); missing ones count as 0.',
    },
    bias: {
      type: 'number',
      default: 0.1,
      ...LIMIT,
      description: 'The bias b, added to the sum.',
    },
    activation: {
      ...HIDDEN_ACTIVATION,
      default: 'sigmoid',
      description: 'The activation applied to z.',
    },
    labels: {
      type: 'string',
      default: '',
      maxLength: 200,
      description: 'Names for the inputs, separated by commas, such as "weather, energy, time".',
    },
    goal: {
      ...GOAL,
      values: ['output', 'z'],
      description: 'An exercise the page checks, such as "output>0.9" or "z<0".',
    },
    locked: {
      type: 'boolean',
      default: false,
      exercise: true, // defines the exercise: only the page sets it, never a link or stored state
      description: 'Shows the numbers, not editable.',
    },
  },
};
