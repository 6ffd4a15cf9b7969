// Hostile input for networkFromJSON: wrong types, malformed and 1 MB texts, bad fields, NaN,
// 1e400 and a model too large to allocate. Deep nesting is in model-json.test.mjs: the platform's
// JSON.parse takes about a second for 1,000,000 levels, past this file's per-call time limit.
import { core } from '../load.mjs';
import { MB, model, oneUnit } from './fixtures.mjs';

/** A one-unit model object whose only weight is NaN (JSON text cannot hold NaN). */
function nanModel() {
  const m = JSON.parse(model(oneUnit));
  m.layers[0].weights[0][0] = NaN;
  return m;
}

/** [what, call, message] per entry point. */
export const cases = {
  networkFromJSON: [
    [
      'nothing',
      () => core.networkFromJSON(),
      /^model JSON: expected an object at the top, got null$/,
    ],
    ['a number', () => core.networkFromJSON(5), /expected an object at the top, got 5/],
    ['empty text', () => core.networkFromJSON(''), /the text is not valid JSON/],
    [
      'a function',
      () => core.networkFromJSON(() => 1),
      /^model JSON: expected an object at the top, got a function$/,
    ],
    [
      'a BigInt inside',
      () => core.networkFromJSON({ ...JSON.parse(model(oneUnit)), inputs: 1n }),
      /^model JSON: inputs must be a whole number of at least 1, got a bigint$/,
    ],
    [
      'a circular object',
      () => {
        const m = JSON.parse(model(oneUnit));
        m.layers = [m];
        core.networkFromJSON(m);
      },
      /^model JSON: layers\[0\]\.activation is missing$/,
    ],
    [
      'a NaN weight',
      () => core.networkFromJSON(nanModel()),
      /^model JSON: layers\[0\]\.weights\[0\]\[0\] is NaN; accepted: a finite number$/,
    ],
    [
      'over 4e6 parameters',
      () => core.networkFromJSON(model({ ...oneUnit, units: 4_000_000 })),
      /^model JSON: the model has more than 4000000 parameters at layers\[0\]/,
    ],
    ['1 MB of garbage', () => core.networkFromJSON('{'.repeat(MB)), /the text is not valid JSON/],
    [
      'a 1 MB activation name',
      () => core.networkFromJSON(model({ ...oneUnit, activation: 'y'.repeat(MB) })),
      /"y{40}\.\.\." \(1048576 bytes\) is unknown/,
    ],
    [
      'a 1 MB format string',
      () => core.networkFromJSON({ format: 'z'.repeat(MB) }),
      /format must be "neuronlab\.model", got "z{40}\.\.\." \(1048576 bytes\)/,
    ],
    [
      '1 MB of biases for one unit',
      () => core.networkFromJSON(model({ ...oneUnit, biases: Array(MB / 2).fill(0) })),
      /layers\[0\]\.biases must be an array of 1 entries, got 524288 entries/,
    ],
    [
      'version 2',
      () => core.networkFromJSON(model(oneUnit, { version: 2 })),
      /version 2 is not supported; accepted: 1/,
    ],
    [
      'negative inputs',
      () => core.networkFromJSON(model(oneUnit, { inputs: -1 })),
      /inputs must be a whole number of at least 1, got -1/,
    ],
    [
      'units as a string',
      () => core.networkFromJSON(model({ ...oneUnit, units: '1' })),
      /layers\[0\]\.units must be a whole number of at least 1, got "1"/,
    ],
    [
      'layers as an object',
      () =>
        core.networkFromJSON({
          format: 'neuronlab.model',
          version: 1,
          inputs: 1,
          loss: 'mse',
          layers: {},
        }),
      /layers must be an array of layer objects/,
    ],
    ['a null layer', () => core.networkFromJSON(model(null)), /layers\[0\] must be an object/],
    [
      'a null weight',
      () => core.networkFromJSON(model({ ...oneUnit, weights: [[null]] })),
      /layers\[0\]\.weights\[0\]\[0\] is of type null; accepted: a finite number/,
    ],
    [
      'a weight of 1e400',
      () => core.networkFromJSON(model(oneUnit).replace('0.5', '1e400')),
      /^model JSON: layers\[0\]\.weights\[0\]\[0\] is Infinity; accepted: a finite number$/,
    ],
  ],
};
