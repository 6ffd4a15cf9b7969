// Hostile input for the facade's free functions: neuron, activate, makeDataset and targets.
import { core } from '../load.mjs';
import { longName } from './fixtures.mjs';

/** [what, call, message] per entry point. */
export const cases = {
  neuron: [
    [
      'no options',
      () => core.neuron(),
      /^neuron: inputs must be an array of numbers, got undefined$/,
    ],
    ['null options', () => core.neuron(null), /^neuron: the options must be an object.*got null$/],
    ['a string for options', () => core.neuron('x'), /options must be an object.*got string/],
    [
      'no inputs',
      () => core.neuron({ inputs: [], weights: [] }),
      /the number of inputs is 0; accepted: 1 to 4096/,
    ],
    [
      '5,000 inputs',
      () => core.neuron({ inputs: Array(5000).fill(1), weights: Array(5000).fill(1) }),
      /the number of inputs is 5000; accepted: 1 to 4096/,
    ],
    [
      'NaN input',
      () => core.neuron({ inputs: [NaN], weights: [1] }),
      /inputs\[0\] is NaN; accepted: a finite number/,
    ],
    [
      'Infinity weight',
      () => core.neuron({ inputs: [1], weights: [Infinity] }),
      /weights\[0\] is Infinity; accepted: a finite number/,
    ],
    ['a string input', () => core.neuron({ inputs: ['1'], weights: [1] }), /inputs\[0\] is NaN/],
    ['a null input', () => core.neuron({ inputs: [null], weights: [1] }), /inputs\[0\] is NaN/],
    [
      'an object for inputs',
      () => core.neuron({ inputs: { 0: 1 }, weights: [1] }),
      /inputs must be an array of numbers, got object/,
    ],
    [
      '1e308 inputs that overflow',
      () => core.neuron({ inputs: [1e308, 1e308], weights: [10, -10], activation: 'linear' }),
      /weighted sum w \. x \+ b overflows to (NaN|-?Infinity)/,
    ],
    [
      'one weight too few',
      () => core.neuron({ inputs: [1, 2], weights: [1] }),
      /got 2 inputs but 1 weights; accepted: one weight per input/,
    ],
    [
      'a string bias',
      () => core.neuron({ inputs: [1], weights: [1], bias: '1' }),
      /bias is NaN; accepted: a finite number/,
    ],
    [
      'softmax on one neuron',
      () => core.neuron({ inputs: [1], weights: [1], activation: 'softmax' }),
      /works on a whole layer, not one neuron; accepted: step, sigmoid/,
    ],
    [
      'a 10,000-character activation',
      () => core.neuron({ inputs: [1], weights: [1], activation: longName }),
      /activation "x{40}\.\.\." \(10000 bytes\) is unknown; accepted: step/,
    ],
    [
      'a number for the activation',
      () => core.neuron({ inputs: [1], weights: [1], activation: 3 }),
      /activation must be a name \(a string\), got number/,
    ],
  ],
  activate: [
    [
      'a string for z',
      () => core.activate('tanh', 'x'),
      /^activate: z must be an array of numbers, got string$/,
    ],
    [
      'Infinity',
      () => core.activate('tanh', [Infinity]),
      /z is Infinity; accepted: a finite number/,
    ],
    ['-Infinity alone', () => core.activate('relu', -Infinity), /z is -Infinity/],
    [
      'null for the name',
      () => core.activate(null, [1]),
      /activation must be a name \(a string\), got null/,
    ],
    ['an empty name', () => core.activate('', [1]), /activation "" is unknown/],
  ],
  makeDataset: [
    [
      'an unknown name',
      () => core.makeDataset('moons'),
      /^makeDataset: dataset "moons" is unknown; accepted: and, or, xor/,
    ],
    [
      'a number for the name',
      () => core.makeDataset(3),
      /dataset must be a name \(a string\), got number/,
    ],
    [
      'null options',
      () => core.makeDataset('xor', null),
      /makeDataset: the options must be an object/,
    ],
    [
      '-1 samples',
      () => core.makeDataset('xor', { samples: -1 }),
      /samples is -1; accepted: a whole number/,
    ],
    [
      '1e9 samples',
      () => core.makeDataset('xor', { samples: 1e9 }),
      /samples is 1000000000; accepted: 4 to 100000/,
    ],
    ['2.5 samples', () => core.makeDataset('xor', { samples: 2.5 }), /samples is 2\.5/],
    ['noise 2', () => core.makeDataset('circle', { noise: 2 }), /noise is 2; accepted: 0 to 1/],
    [
      'NaN noise',
      () => core.makeDataset('circle', { noise: NaN }),
      /noise is NaN; accepted: a finite number/,
    ],
    [
      'testFraction 1',
      () => core.makeDataset('circle', { testFraction: 1 }),
      /testFraction is 1; accepted: 0 to 0\.9/,
    ],
    ['a string seed', () => core.makeDataset('circle', { seed: '7' }), /seed is NaN/],
  ],
  targets: [
    [
      'a string of labels',
      () => core.targets('0101'),
      /^targets: labels must be an array of numbers, got string$/,
    ],
    [
      'a fractional label',
      () => core.targets([0, 0.5]),
      /labels\[1\] is 0\.5; accepted: whole numbers/,
    ],
    [
      'a label of 1e308',
      () => core.targets([1e308]),
      /labels\[0\] is 1e\+308; accepted: whole numbers/,
    ],
    ['a label out of range', () => core.targets([0, 5]), /labels\[1\] is 5; accepted: 0 to 1/],
    [
      '1e9 classes',
      () => core.targets([0], { classes: 1e9, activation: 'softmax' }),
      /classes is 1000000000; accepted: 1 to 4096/,
    ],
    [
      '3 classes on one sigmoid unit',
      () => core.targets([0], { classes: 3 }),
      /a sigmoid output of 1 units cannot encode 3 classes/,
    ],
  ],
};
