// The attributes of <nn-activation>: name, type, default, range and description of each, as plain
// data. The element parses its attributes with it; the lesson build, the widget reference
// and the embed code read it in node without loading the element.

import { HIDDEN_ACTIVATION } from '../shared/attribute-specs.js';

export const Z_MIN = -6;
export const Z_MAX = 6;

export const schema = {
  tag: 'nn-activation',
  summary: 'An activation function and its derivative, with z to drag along the curve.',
  attributes: {
    activation: {
      ...HIDDEN_ACTIVATION,
      default: 'sigmoid',
      description: 'The activation to plot.',
    },
    z: {
      type: 'number',
      default: 0,
      min: Z_MIN,
      max: Z_MAX,
      description: 'Where the marker sits.',
    },
    compare: {
      type: 'boolean',
      default: false,
      description: 'Shows all five activations side by side.',
    },
  },
};
