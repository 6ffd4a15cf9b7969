// The perceptron's learning rule written out with the numbers of the step just taken:
// which sample, its weighted sum and prediction, then w ← w + lr·(t − y)·x and
// b ← b + lr·(t − y) with every value filled in. The values arrive from the core (through
// the widget); this module only prints them.

import { el, setText } from '../../render/dom.js';
import { showNumber } from '../shared/format.js';

/** Returns { root, show(step, context) }; see show() for what a step holds. */
export function ruleReadout() {
  const lines = ['sample', 'sum', 'weights', 'bias'].map((name) =>
    el('p', { class: `rule-${name} num` }),
  );
  const root = el(
    'div',
    { class: 'rule', role: 'group', 'aria-label': 'The learning rule' },
    lines,
  );
  return {
    root,
    /**
     * step: null before any step, else { index, count, x, target, z, output, error, before:
     * { weights, bias }, after: { weights, bias } } (z and output from before the update).
     * context: { lr, next: { index, count, x, target } } for the line shown before a step.
     */
    show(step, { lr, next }) {
      const [sample, sum, weights, bias] = lines;
      const rate = showNumber(lr);
      if (step === null) {
        setText(
          sample,
          `Next: sample ${next.index + 1} of ${next.count}, x = ${vector(next.x)}, target t = ${next.target}`,
        );
        setText(sum, 'Each step: z = w·x + b, then y = step(z) (1 if z ≥ 0, else 0).');
        setText(weights, `w ← w + lr·(t − y)·x   with lr = ${rate}`);
        setText(bias, `b ← b + lr·(t − y)`);
        return;
      }
      const { x, target, z, output, error, before, after } = step;
      setText(
        sample,
        `Sample ${step.index + 1} of ${step.count}: x = ${vector(x)}, target t = ${target}`,
      );
      const terms = x.map((xi, i) => `${showNumber(before.weights[i], true)}·${showNumber(xi)}`);
      setText(
        sum,
        `z = w·x + b = ${terms.join(' + ')} + ${showNumber(before.bias, true)} = ${short(z)}, so y = step(z) = ${output}`,
      );
      const factor = `${rate}·(${target} − ${output})`;
      if (error === 0) {
        setText(weights, `t − y = ${target} − ${output} = 0: right, so w and b stay as they are.`);
        setText(bias, `w = ${vector(after.weights)}, b = ${showNumber(after.bias)}`);
        return;
      }
      setText(
        weights,
        `w ← w + lr·(t − y)·x = ${vector(before.weights)} + ${factor}·${vector(x)} = ${vector(after.weights)}`,
      );
      setText(
        bias,
        `b ← b + lr·(t − y) = ${showNumber(before.bias)} + ${factor} = ${showNumber(after.bias)}`,
      );
    },
  };
}

/** (0.1, −0.2) */
export function vector(values) {
  return `(${values.map((v) => showNumber(v)).join(', ')})`;
}

/** A result to at most 4 decimals, without trailing zeros: 0.30000000000000004 -> "0.3". */
function short(value) {
  return showNumber(Number(value.toFixed(4)));
}
