// The four optimizers' update rules for one parameter, written out with the numbers of one
// step, as the race shows them: from the gradient g and the state before the step, each
// quantity of the rule and the change Δw it makes. The constants are the core's defaults
// (core/include/neuronlab/optimizer.hpp); a test checks that Δw equals the core's own step.

/** The optimizers in the race's order, with how each is named and drawn. */
export const RUNS = [
  { name: 'sgd', label: 'SGD', color: 'neg', dash: [] },
  { name: 'momentum', label: 'momentum', color: 'pos', dash: [8, 4] },
  { name: 'rmsprop', label: 'RMSprop', color: 'third', dash: [2, 3] },
  { name: 'adam', label: 'Adam', color: 'fg', dash: [10, 3, 2, 3] },
];

export const MU = 0.9; // momentum: v = μ v + g
export const RHO = 0.9; // RMSprop: s = ρ s + (1 − ρ) g²
export const BETA1 = 0.9; // Adam: m = β₁ m + (1 − β₁) g
export const BETA2 = 0.999; // Adam: v = β₂ v + (1 − β₂) g²
export const EPSILON = 1e-8;

/**
 * One step of optimizer `name` on one parameter. o: { g (dL/dw), eta (learning rate), s1, s2
 * (the state before the step, parameterState's), t (the step's count, from 1) }. Returns
 * { terms: [{ symbol, words, value }], delta } with delta = w_after − w_before.
 */
export function ruleStep(name, { g, eta, s1, s2, t }) {
  const term = (symbol, words, value) => ({ symbol, words, value });
  const terms = [term('g', 'gradient', g)];
  let delta;
  if (name === 'sgd') {
    delta = -eta * g;
  } else if (name === 'momentum') {
    const v = MU * s1 + g;
    terms.push(term('v', 'velocity', v));
    delta = -eta * v;
  } else if (name === 'rmsprop') {
    const s = RHO * s1 + (1 - RHO) * g * g;
    terms.push(term('s', 'mean square of the gradient', s));
    delta = (-eta * g) / (Math.sqrt(s) + EPSILON);
  } else {
    const m = BETA1 * s1 + (1 - BETA1) * g;
    const v = BETA2 * s2 + (1 - BETA2) * g * g;
    const mHat = m / (1 - BETA1 ** t);
    const vHat = v / (1 - BETA2 ** t);
    terms.push(
      term('m', 'first moment', m),
      term('v', 'second moment', v),
      term('m̂', 'first moment, bias-corrected', mHat),
      term('v̂', 'second moment, bias-corrected', vHat),
    );
    delta = (-eta * mHat) / (Math.sqrt(vHat) + EPSILON);
  }
  terms.push(term('Δw', 'step taken', delta));
  return { terms, delta };
}

/**
 * How a screen reader says the symbols that carry a hat (U+0302, combining): "m hat", not the
 * letter and an accent read apart or left out. Symbols not listed are said as written.
 */
export const SPOKEN = new Map([
  ['m̂', 'm hat'],
  ['v̂', 'v hat'],
]);

/** Each rule as the reader sees it written (η: the learning rate). */
export const FORMULAS = {
  sgd: 'Δw = −η g',
  momentum: 'v ← μ v + g (μ = 0.9);  Δw = −η v',
  rmsprop: 's ← ρ s + (1 − ρ) g² (ρ = 0.9);  Δw = −η g / (√s + ε)',
  adam: 'm ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);  Δw = −η m̂ / (√v̂ + ε)',
};
