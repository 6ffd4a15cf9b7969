// Turns <nn-race>'s attribute values into what its session needs (the data set, the network
// with the output layer and loss that suit the number of classes, the four rates) and the two
// parameter choices (weight, surface) checked against the network's shape: a choice that names
// no parameter of it adds a message and the last good one (else the first) stands in.

import { parseParameterList } from '../shared/weights-attribute.js';

/** values: the parsed attributes; core: the facade (its datasets table). */
export function raceSpec(core, values) {
  const v = values;
  const classes = core.datasets.find((d) => d.name === v.dataset)?.classes ?? 2;
  const output =
    classes === 2 ? { units: 1, activation: 'sigmoid' } : { units: classes, activation: 'softmax' };
  const hidden = v['hidden-layers'].map((units) => ({ units, activation: v.activation }));
  return {
    data: { name: v.dataset, samples: v.samples, noise: v.noise, seed: v.seed },
    network: {
      inputs: 2,
      layers: [...hidden, output],
      loss: classes === 2 ? 'bce' : 'softmax_ce',
      seed: v.seed,
    },
    rates: v['learning-rates'],
    steps: v.steps,
  };
}

/** What makes a new race (steps do not: a longer race goes on): equal keys, the same race. */
export function raceKey(spec) {
  return JSON.stringify([spec.data, spec.network, spec.rates]);
}

/**
 * The parameters an attribute names ("0:0" or "0:0,0:1": count of them) on this shape, or
 * `last` when they do not fit it (a message added to problems), or the first count parameters.
 */
export function chosenParameters(name, text, shape, count, last, problems) {
  const result = parseParameterList(text, shape, count);
  if (result.value) return result.value;
  problems.push(`${name}="${text}": expected ${result.expected}`);
  if (last && parseParameterList(last.map((r) => r.join(':')).join(), shape, count).value) {
    return last;
  }
  return Array.from({ length: count }, (_, i) => [0, i]);
}
