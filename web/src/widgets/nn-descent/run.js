// One run of gradient descent for <nn-descent>: the positions so far, each with its loss and
// its gradient dL/dw from the core's backward(), the update w ← w − learning rate × dL/dw, and
// a verdict in words from what the run shows (crawling, descending, bouncing, swinging,
// growing, converged, diverged). The core computes every loss and gradient; this applies the rule.

import { showSignificant } from '../shared/significant.js';
import { toParameters } from '../shared/weights-attribute.js';

/** Beyond this, a loss, weight or slope ends the run: it has diverged. */
export const SHOWN_LIMIT = 1e12;
/** A change of the loss below this between two steps, */
export const TOLERANCE = 1e-6;
/**
 * with a slope |dL/dw| below this where the step lands, means the run has settled. The loss
 * alone is fooled by a step that jumps to the mirror point across the valley, at the same loss
 * (on lesson 8's parabola, η = 6/7: w = −1, 5, −1, ...); the slope there is as steep as before.
 */
export const SLOPE_TOLERANCE = 0.01;
export const MAX_STEPS = 1000;

export const VERDICTS = {
  ready: 'Press Step or Play: each step moves the weights by −learning rate × slope.',
  descending: 'descending: the loss falls steadily, step by step.',
  crawling:
    'crawling: the loss falls by less than 1 % a step. The steps are tiny; a larger learning rate would get there sooner.',
  bouncing:
    'bouncing: each step jumps across the valley to the other side. The loss still falls, but not by the shortest way.',
  growing:
    'growing: each step overshoots the bottom by more than the last, so the loss rises. A smaller learning rate would settle.',
  swinging:
    'swinging: each step jumps across the valley to a point just as high, so the loss stays the same but the weights never settle. A smaller learning rate would.',
  converged:
    'converged: the loss has settled where the ground is flat: the slope is below 0.01, and another step changes the loss by less than 0.000001.',
  diverged: `diverged: each step overshoots further than the last, and the next would take the loss (or a weight or the slope) past ${showSignificant(SHOWN_LIMIT)}, so the run stops at the loss shown. Reset and try a smaller learning rate.`,
  stopped: `stopped after ${MAX_STEPS} steps without settling. Reset and try another learning rate: larger if the loss crawled, smaller if the steps swung across the valley.`,
};

/** The loss and gradient at weights w: { w, loss, grad } (grad: dL/dw for each weight). */
function measure(net, problem, w) {
  net.setParameters(toParameters(problem.shape, [...w, 0])); // the bias stays 0
  const { loss, layers } = net.backward(problem.X, problem.Y);
  return { w, loss, grad: problem.refs.map(([l, j]) => layers[l].dW.data[j]) };
}

/** A run from `start`: { problem, history: [{ w, loss, grad }], status, settledAt }. */
export function startRun(net, problem, start) {
  return { problem, history: [measure(net, problem, start)], status: 'ready', settledAt: null };
}

/** The number of steps taken. */
export function stepsOf(run) {
  return run.history.length - 1;
}

/** True while another step makes sense. */
export function canStep(run) {
  return !['diverged', 'converged', 'stopped'].includes(run.status);
}

/**
 * The learning rate of step k (0-based) under the schedule η_k = η / (1 + decay × k), the
 * core optimizer's own rule (optimizer.hpp, one full-batch step per epoch); decay 0 keeps η.
 */
export function rateAt(learningRate, decay, step) {
  return learningRate / (1 + decay * step);
}

/**
 * One step of w ← w − η_k × dL/dw, η_k from rateAt; updates run.status (and settledAt when it
 * settles).
 */
export function stepRun(net, run, learningRate, decay = 0) {
  if (!canStep(run)) return;
  const here = run.history.at(-1);
  const rate = rateAt(learningRate, decay, stepsOf(run));
  const w = here.w.map((value, i) => value - rate * here.grad[i]);
  const next = w.every(Number.isFinite) ? measure(net, run.problem, w) : null;
  const shown = (v) => Number.isFinite(v) && Math.abs(v) <= SHOWN_LIMIT;
  if (!next || !shown(next.loss) || !next.grad.every(shown) || !w.every(shown)) {
    run.status = 'diverged';
    return;
  }
  run.history.push(next);
  run.status = verdict(here, next);
  if (run.status === 'converged') run.settledAt = stepsOf(run);
  else if (stepsOf(run) >= MAX_STEPS) run.status = 'stopped';
}

/** Whether the step from `before` to `after` ({ loss, grad }) shows the run settled. */
export function settled(before, after) {
  return (
    Math.abs(after.loss - before.loss) < TOLERANCE && Math.hypot(...after.grad) < SLOPE_TOLERANCE
  );
}

/** What the last step shows. */
function verdict(before, after) {
  if (settled(before, after)) return 'converged';
  const change = after.loss - before.loss;
  // The slope changed sign (in 2-D: the new gradient points back against the old one).
  const turn = before.grad.reduce((sum, g, i) => sum + g * after.grad[i], 0);
  if (turn < 0 && Math.abs(change) < TOLERANCE) return 'swinging';
  if (change > 0) return 'growing';
  if (turn < 0) return 'bouncing';
  return -change / before.loss < 0.01 ? 'crawling' : 'descending';
}
