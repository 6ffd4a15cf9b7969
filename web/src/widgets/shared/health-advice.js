// What a training widget's health panel says about the numbers of trainer.health(): exploding or
// vanishing gradients, dead ReLUs and saturated units, each with what to try and the lesson that
// explains it. Words from the core's numbers; nothing is measured here.

import { showSignificant, timesTenTo } from './significant.js';
import { lessonLink } from './lessons.js';

export const EXPLODING = 100; // a layer's gradient RMS above this: the steps are wild
export const VANISHING = 100; // the output's gradient RMS this many times the first layer's

const show = (v) => showSignificant(v, 2);
const power = (factor) =>
  timesTenTo('1', String(Math.floor(Math.log10(factor)))).replace('1 × ', '');

/**
 * health: [{ gradientRms, units, dead, saturated }] per layer, the output last; activation: the
 * hidden layers'. Returns { text, link } for the most pressing problem, or null.
 */
export function healthAdvice(health, activation) {
  const hidden = health.slice(0, -1);
  const units = hidden.reduce((sum, h) => sum + h.units, 0);
  const dead = hidden.reduce((sum, h) => sum + h.dead, 0);
  const saturated = hidden.reduce((sum, h) => sum + h.saturated, 0);
  const worst = health.reduce((a, h, l) => (h.gradientRms > health[a].gradientRms ? l : a), 0);
  const [first, last] = [health[0].gradientRms, health.at(-1).gradientRms];
  if (health[worst].gradientRms > EXPLODING) {
    return {
      text:
        `The gradients explode: layer ${worst + 1}'s is ${show(health[worst].gradientRms)} ` +
        `(root mean square of dL/dW), so each step throws the weights far. Lower the learning rate.`,
      link: lessonLink('rate'),
    };
  }
  if (2 * dead > units) {
    return {
      text:
        `${dead} of ${units} hidden units are dead: z < 0 on every training point, so their ` +
        `slope and their gradient are 0 and no step can revive them. Try a smaller learning rate, ` +
        `leaky_relu, or the next seed.`,
      link: lessonLink('depth'),
    };
  }
  if (hidden.length >= 2 && first * VANISHING < last) {
    const slope = activation === 'sigmoid' ? ', at most 0.25,' : '';
    return {
      text:
        `The gradient vanishes on its way back: at layer 1 it is ${show(first)}, more than ` +
        `${power(last / first)} times smaller than the output layer's ${show(last)}. Each ` +
        `${activation} layer multiplies it by its slope${slope} so the first layers barely ` +
        `learn. Try relu, or fewer layers.`,
      link: lessonLink('depth'),
    };
  }
  // A ReLU resting at 0 on most inputs is not saturated: it is how ReLU networks work (the digits
  // network's, fresh, has half its units so); only sigmoid and tanh flatten at both ends.
  if (activation !== 'relu' && 2 * saturated > units) {
    return {
      text:
        `${saturated} of ${units} hidden units are saturated: their slope is below 0.01 on most ` +
        `training points, so they pass back almost no gradient. Try relu, or a smaller learning rate.`,
      link: lessonLink('depth'),
    };
  }
  return null;
}
