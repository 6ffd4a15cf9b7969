// Turns one computed training step (session.js) into the sequence a reader steps
// through: the sample, the forward pass neuron by neuron, the loss, the backward pass
// (backward.js) and the update. Each written-out line shows the core's factors and,
// after "=", the core's result: this module arranges numbers and does no arithmetic on them.

import { unitName } from '../shared/notation.js';
import { layerParameters, parameterValue } from './parameters.js';
import { backwardSteps } from './backward.js';
import { factor, formula, joined, line, note, num, result, stepContext } from './tokens.js';

/** o: { shape, run (runStep's result), loss, learningRate, derivative: text per layer } */
export function buildSteps({ shape, run, loss, learningRate, derivative }) {
  const c = stepContext(shape, run, (column, unit) => unitName(shape, column, unit));
  return [
    startStep(c),
    ...forwardSteps(c),
    lossStep(c, loss),
    ...backwardSteps(c, { loss, derivative }),
    updateStep(c, learningRate),
  ];
}

function startStep({ n, run, at, samples }) {
  const rows = samples.map((s) => `(${at(run.X, s, 0)}, ${at(run.X, s, 1)}) → ${run.labels[s]}`);
  return {
    phase: 'forward',
    title: n > 1 ? 'Start: all four XOR samples at once' : 'Start: one XOR sample',
    blocks: [
      n > 1
        ? line('x → t: ', rows.join(',  '))
        : line(`x = (${at(run.X, 0, 0)}, ${at(run.X, 0, 1)}), target t = ${run.labels[0]}`),
      note('Press Next to run the network forward, one neuron at a time.'),
    ],
  };
}

function forwardSteps({ shape, run, name, at, below, samples, tag, last }) {
  const steps = [];
  shape.slice(1).forEach((units, l) => {
    const { z, a } = run.forward.layers[l];
    for (let j = 0; j < units; j++) {
      const params = layerParameters(shape, l).filter((p) => p.to === j);
      const weights = params.filter((p) => p.kind === 'weight');
      const bias = params.find((p) => p.kind === 'bias');
      const value = (p) => parameterValue(run.before[l], p);
      const sum = weights.map((p) => `${p.label}·${name(l, p.from)}`).join(' + ');
      const blocks = [formula(`z(${name(l + 1, j)}) = ${sum} + ${bias.label}`)];
      for (const s of samples) {
        const terms = weights.map((p) => [factor(value(p)), ' × ', factor(below(l, s, p.from))]);
        const all = joined([...terms, [factor(value(bias))]], ' + ');
        blocks.push(line(tag(s), 'z = ', all, ' = ', result(at(z, s, j))));
        const act = run.activations[l];
        blocks.push(line(tag(s), `a = ${act}(`, num(at(z, s, j)), ') = ', result(at(a, s, j))));
      }
      steps.push({
        phase: 'forward',
        title: `Forward: ${l === last ? 'the output' : 'neuron'} ${name(l + 1, j)}`,
        node: [l + 1, j],
        edges: weights.map((p) => [l, p.from, j]),
        reveal: 'a',
        blocks,
      });
    }
  });
  return steps;
}

function lossStep({ n, run, samples, output, target, last }, loss) {
  const mse = loss === 'mse';
  const terms = samples.map((s) => {
    if (mse) return ['(', num(output(s)), ' − ', num(target(s)), ')²'];
    return target(s) === 1 ? ['log ', num(output(s))] : ['log(1 − ', num(output(s)), ')'];
  });
  const sign = mse ? '' : '−';
  const mean = n > 1 ? `${sign}1/${n} · Σ ` : sign;
  const sum = n > 1 ? [`${sign}1/${n} · [`, joined(terms, ' + '), ']'] : [sign, terms[0]];
  return {
    phase: 'loss',
    title: 'The loss',
    node: [last + 1, 0],
    blocks: [
      formula(mse ? `L = ${mean}(ŷ − t)²` : `L = ${mean}[t·log ŷ + (1 − t)·log(1 − ŷ)]`),
      line('L = ', sum, ' = ', result(run.backward.loss)),
      note(
        mse
          ? 'The squared error: how far the output is from the target, squared.'
          : 'Cross-entropy: for each sample only the term of its true class counts, and it grows fast as the output moves to the wrong end.',
      ),
    ],
  };
}

function updateStep({ shape, n, run }, learningRate) {
  const rows = shape
    .slice(1)
    .flatMap((_, l) =>
      layerParameters(shape, l).map((p) => [
        [p.label],
        [
          num(parameterValue(run.before[l], p)),
          ' − ',
          num(learningRate),
          ' × ',
          factor(parameterValue(run.backward.layers[l], p, 'dW', 'db')),
        ],
        [result(parameterValue(run.after[l], p))],
      ]),
    );
  return {
    phase: 'update',
    title: 'Update: one step downhill',
    updated: true,
    blocks: [
      formula('w ← w − η · ∂L/∂w   (η is the learning rate)'),
      {
        kind: 'table',
        caption: 'Every parameter after one step',
        headers: ['parameter', 'w − η · ∂L/∂w', 'new w'],
        rows,
      },
      line(
        `The loss on ${n > 1 ? 'the batch' : 'this sample'}: `,
        num(run.backward.loss),
        ' before the step, ',
        result(run.lossAfter),
        ' after it.',
      ),
    ],
  };
}
