// The backward steps of a backpropagation walk-through: for each neuron from the output back,
// its δ by the chain rule, then the gradients of its incoming weights and bias, each beside the
// core's finite-difference estimate. The factors and results are the core's numbers.

import { layerParameters, parameterValue, relativeDifference } from './parameters.js';
import { factor, formula, joined, line, note, num, result } from './tokens.js';

/** c: stepContext(); o: { loss, derivative: the slope's formula text per layer }. */
export function backwardSteps(c, o) {
  const steps = [];
  for (let l = c.last; l >= 0; l--) {
    for (let j = 0; j < c.shape[l + 1]; j++)
      steps.push(deltaStep(c, o, l, j), gradientStep(c, l, j));
  }
  return steps;
}

function deltaStep(c, { loss, derivative }, l, j) {
  const { shape, run, n, samples, at, tag, output, target } = c;
  const here = c.name(l + 1, j);
  const delta = run.backward.layers[l].delta;
  const slope = (s) => factor(run.slopes[l][s * shape[l + 1] + j]);
  const blocks = [];
  let edges = [];
  if (l === c.last && loss === 'bce') {
    blocks.push(formula(`δ(${here}) = ∂L/∂z = ${n > 1 ? `(ŷ − t) / ${n}` : 'ŷ − t'}`));
    for (const s of samples) {
      const error = ['(', num(output(s)), ' − ', num(target(s)), ')', n > 1 ? ` / ${n}` : ''];
      blocks.push(line(tag(s), 'δ = ', error, ' = ', result(at(delta, s, j))));
    }
    blocks.push(
      note(
        'With cross-entropy after a sigmoid, the slope ŷ(1 − ŷ) cancels out: δ is the error itself.',
      ),
    );
  } else if (l === c.last) {
    const two = n > 1 ? `2/${n}` : '2';
    blocks.push(formula(`δ(${here}) = ∂L/∂ŷ · f′(z) = ${two} · (ŷ − t) · f′(z)`));
    for (const s of samples) {
      const dLda = [`${two} × (`, num(output(s)), ' − ', num(target(s)), ')'];
      blocks.push(line(tag(s), 'δ = ', dLda, ' × ', slope(s), ' = ', result(at(delta, s, j))));
    }
    blocks.push(note(`f′(z) = ${derivative[l]}, the output's slope at this z, from the core.`));
  } else {
    const next = layerParameters(shape, l + 1).filter((p) => p.from === j);
    const above = run.backward.layers[l + 1].delta;
    edges = next.map((p) => [l + 1, j, p.to]);
    const sum = next.map((p) => `${p.label}·δ(${c.name(l + 2, p.to)})`).join(' + ');
    blocks.push(formula(`δ(${here}) = (${sum}) · f′(z(${here}))`));
    for (const s of samples) {
      const back = next.map((p) => [
        factor(parameterValue(run.before[l + 1], p)),
        ' × ',
        factor(at(above, s, p.to)),
      ]);
      const value = result(at(delta, s, j));
      blocks.push(line(tag(s), 'δ = (', joined(back, ' + '), ') × ', slope(s), ' = ', value));
    }
    blocks.push(
      note(
        `The chain rule: each δ above, carried back along its weight, then times this neuron's own slope f′(z) = ${derivative[l]}.`,
      ),
    );
  }
  return {
    phase: 'backward',
    title: `Backward: δ of ${here}`,
    node: [l + 1, j],
    edges,
    reveal: 'delta',
    blocks,
  };
}

function gradientStep(c, l, j) {
  const { shape, run, n, samples, at, below } = c;
  const here = c.name(l + 1, j);
  const delta = run.backward.layers[l].delta;
  const params = layerParameters(shape, l).filter((p) => p.to === j);
  const gradients = params.map((p) => {
    const value = parameterValue(run.backward.layers[l], p, 'dW', 'db');
    const numeric = parameterValue(run.check.layers[l], p, 'dWNumeric', 'dbNumeric');
    const relative = relativeDifference(value, numeric);
    return { label: p.label, words: p.words, value, numeric, relative };
  });
  const lines = params.map((p, k) => {
    const value = result(gradients[k].value);
    if (p.kind === 'bias' && n === 1) return line(`∂L/∂${p.label} = δ(${here}) = `, value);
    const products = samples.map((s) =>
      p.kind === 'weight'
        ? [factor(at(delta, s, j)), ' × ', factor(below(l, s, p.from))]
        : [factor(at(delta, s, j))],
    );
    return line(`∂L/∂${p.label} = `, joined(products, ' + '), ' = ', value);
  });
  const sum = n > 1 ? 'Σ over the samples of ' : '';
  return {
    phase: 'backward',
    title: `Backward: the gradients of ${here}'s weights`,
    node: [l + 1, j],
    edges: params.filter((p) => p.kind === 'weight').map((p) => [l, p.from, j]),
    gradients,
    blocks: [
      formula(`∂L/∂w(a→${here}) = ${sum}δ(${here}) · a,   ∂L/∂b(${here}) = ${sum}δ(${here})`),
      ...lines,
      note(
        'The table below sets each gradient beside a finite-difference estimate: nudge the weight by ±10⁻⁶ and watch the loss.',
      ),
    ],
  };
}
