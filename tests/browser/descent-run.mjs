// The oracle of the <nn-descent> tests: gradient descent run here, in node, with the core's own
// backward() on the widget's problems, and the numbers as the widget prints them. Used by the
// browser tests and by the check that lesson 8's prose quotes these runs.
import { settled } from '../../web/src/widgets/nn-descent/run.js';
import { toParameters } from '../../web/src/widgets/shared/weights-attribute.js';
import { core } from './core-network.mjs';

/**
 * Gradient descent on a problem, by the rule, with the core's loss and gradient: the history of
 * { w, loss, grad } up to `steps` steps, or until the run settles (the widget's test: the loss
 * changes by less than 1e-6 and the slope is below 0.01) or the loss is past 1e12 (diverged,
 * that point left out). Step k (from 0) moves by
 * rate / (1 + decay × k) times the gradient. Returns { history, settled, diverged }.
 */
export function descend(problem, start, rate, steps = 1000, decay = 0) {
  const net = core.createNetwork({
    inputs: problem.shape[0],
    layers: [{ units: 1, activation: problem.activation }],
    loss: 'mse',
  });
  const at = (w) => {
    net.setParameters(toParameters(problem.shape, [...w, 0]));
    const { loss, layers } = net.backward(problem.X, problem.Y);
    return { w, loss, grad: problem.refs.map(([, j]) => layers[0].dW.data[j]) };
  };
  try {
    const history = [at(start)];
    for (let k = 0; k < steps; k++) {
      const here = history.at(-1);
      const next = at(here.w.map((v, i) => v - (rate / (1 + decay * k)) * here.grad[i]));
      if (!(Math.abs(next.loss) <= 1e12)) return { history, diverged: true };
      history.push(next);
      if (settled(here, next)) return { history, settled: k + 1 };
    }
    return { history };
  } finally {
    net.dispose();
  }
}

/** How the widget prints a result: 4 decimals, or a power of ten when huge or tiny. */
export function fixed(value) {
  const size = Math.abs(value);
  if (value === 0 || (size >= 1e-3 && size < 1e5)) return value.toFixed(4).replace('-', '−');
  const [mantissa, power] = value.toExponential(2).split('e');
  const superscript = [...String(Number(power))].map(
    (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)],
  );
  return `${mantissa.replace('-', '−')} × 10${superscript.join('')}`;
}

/** Waits for the step count, then reads the four live numbers. */
export async function readNumbers(widget, steps) {
  await widget
    .locator('output.steps')
    .filter({ hasText: new RegExp(`^${steps}$`) })
    .waitFor();
  const text = (name) => widget.locator(`output.${name}`).textContent();
  return {
    steps: await text('steps'),
    w: await text('w'),
    loss: await text('loss'),
    grad: await text('grad'),
  };
}

export function shown(point, steps) {
  return {
    steps: String(steps),
    w: point.w.map(fixed).join(', '),
    loss: fixed(point.loss),
    grad: point.grad.map(fixed).join(', '),
  };
}
