// How a training widget explains a divergence from the real numbers: the last minibatch losses
// before the core stopped it, the growth from the lowest of them to the last finite one, and the
// learning rate to try, a tenth of the one that diverged, written as the rate field writes rates.
// Words only; the core detects the divergence and puts the last finite weights back.

import { formatNumber } from '../base/attributes.js';
import { showSignificant, timesTenTo } from './significant.js';
import { lessonLink } from './lessons.js';

const KEEP = 50; // minibatch losses remembered

/** The last KEEP finite minibatch losses of the run. */
export class RecentLosses {
  #values = [];

  clear() {
    this.#values = [];
  }

  record(loss) {
    if (!Number.isFinite(loss)) return;
    this.#values.push(loss);
    if (this.#values.length > 2 * KEEP) this.#values = this.#values.slice(-KEEP);
  }

  /** { from, to, steps }: the lowest recent loss, the last one, and the steps between. */
  get climb() {
    const values = this.#values.slice(-KEEP);
    if (values.length === 0) return null;
    let low = 0;
    values.forEach((v, i) => (v < values[low] ? (low = i) : 0));
    return { from: values[low], to: values.at(-1), steps: values.length - 1 - low };
  }
}

/** "10⁸": the power of ten nearest a factor above 1. */
function aboutTimes(factor) {
  return timesTenTo('1', String(Math.round(Math.log10(factor)))).replace('1 × ', '');
}

/**
 * What to try after a divergence at learning rate `rate`, where the widget accepts rates from
 * `min`: a tenth of it, printed as the rate field prints it (formatNumber: 0.35 -> "try 0.035",
 * 0.0005 -> "try 0.00005" where min is 0.00001), or `min` when a tenth is below it (said so); at `min` itself, that
 * no smaller rate is accepted. `then`: what the reader does with the rate, after "try 0.035".
 */
export function rateToTry(rate, min, then) {
  if (rate <= min) return `${formatNumber(rate)} is the smallest learning rate this widget takes`;
  const next = rate / 10;
  if (next < min) {
    return `try ${formatNumber(min)} ${then}. It is the smallest rate this widget takes`;
  }
  return `try ${formatNumber(next)} ${then}`;
}

/**
 * { text, link } for a run the core stopped at learning rate `rate`, from losses (RecentLosses);
 * o: { min: the smallest rate the widget accepts, then: what the reader does with the smaller
 * rate (rateToTry) }. "The learning rate 30 is too large for this loss: over the last 6 steps the
 * loss grew 10⁸ times (from 0.69 to 6.9 × 10⁷), then overflowed. …; try 3 and press Play."
 */
export function explainDivergence(rate, losses, { min, then = 'and press Play' }) {
  const climb = losses.climb;
  const show = (v) => showSignificant(v, 2);
  let how = 'the last step made the loss overflow';
  if (climb && climb.steps > 0 && climb.to / climb.from >= 10) {
    const steps = climb.steps === 1 ? 'step' : `${climb.steps} steps`;
    how =
      `over the last ${steps} the loss grew ${aboutTimes(climb.to / climb.from)} times ` +
      `(from ${show(climb.from)} to ${show(climb.to)}), then overflowed`;
  } else if (climb) {
    how = `the last step took the loss from ${show(climb.to)} past what a number can hold`;
  }
  return {
    text:
      `The learning rate ${formatNumber(rate)} is too large for this loss: ${how}. The weights ` +
      `are back to the last finite ones; ${rateToTry(rate, min, then)}.`,
    link: lessonLink('rate'),
  };
}
