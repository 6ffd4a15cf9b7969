// Small pieces of <nn-perceptron> kept apart so the widget file stays readable: the data-set
// chooser, the table of the four points, and the words for the epoch counter and the status.
// Nothing here computes: the numbers arrive from the core through the widget.

import { el } from '../../render/dom.js';
import { showNumber } from '../shared/format.js';
import { vector } from './rule.js';

export const DRAG_HELP =
  'Drag either round handle, or Tab to one and move it with the arrow keys (Shift for bigger steps).';

/** Radio buttons styled as pills, one per truth table; onPick(name) on a change. */
export function datasetChooser(onPick, names = ['and', 'or', 'xor']) {
  const root = el('fieldset', { class: 'chooser' }, [
    el('legend', { class: 'sr-only', text: 'Data set' }),
  ]);
  const radios = names.map((name) => {
    const radio = el('input', { type: 'radio', name: 'dataset', value: name, id: `data-${name}` });
    radio.addEventListener('change', () => onPick(name));
    root.append(el('label', { for: `data-${name}` }, [radio, name.toUpperCase()]));
    return radio;
  });
  return {
    root,
    radios,
    show(current) {
      for (const radio of radios) radio.checked = radio.value === current;
    },
  };
}

/** The readoutTable() options for the four points. */
export function truthTable() {
  return {
    caption: 'Each point: target t, weighted sum z = w·x + b, prediction y = step(z)',
    headers: ['x₁', 'x₂', 't', 'z', 'y', 'right?'],
  };
}

/** One table row per point: inputs, target, weighted sum z and prediction y (from the core). */
export function pointRows(data, z, y) {
  return data.rows.map((x, i) => {
    const right = y[i] === data.labels[i];
    return [
      showNumber(x[0]),
      showNumber(x[1]),
      String(data.labels[i]),
      showZ(z[i]),
      String(y[i]),
      { text: right ? '✓ right' : '✗ wrong', class: right ? 'right' : 'wrong' },
    ];
  });
}

/** "Epoch 3 · sample 2 of 4 next" */
export function counterText(session) {
  return `Epoch ${session.epoch} · sample ${session.index + 1} of ${session.count} next`;
}

/** What the run has come to, in words (the lesson's terms: converged, not converging). */
export function statusText({ drag, session: s, mistakes, dataset, giveUp }) {
  if (drag) {
    return mistakes === 0
      ? `Every point is on its own side: 0 of ${s.count} wrong.`
      : `${plural(mistakes, 'point')} of ${s.count} on the wrong side.`;
  }
  if (s.convergedAt !== null) {
    return `Converged after ${plural(s.convergedAt, 'epoch')}: epoch ${s.convergedAt} had no mistakes, so the line stays put.`;
  }
  if (s.epoch >= giveUp) {
    return dataset === 'xor'
      ? `Not converging: no straight line separates these points. After ${plural(s.epoch, 'epoch')} the last one still had ${plural(s.lastMistakes, 'mistake')}.`
      : `Not converged after ${plural(s.epoch, 'epoch')} yet. A straight line does separate these points, so it will.`;
  }
  const last =
    s.lastMistakes === null
      ? 'No epoch finished yet.'
      : `The last epoch had ${plural(s.lastMistakes, 'mistake')}.`;
  return s.index > 0 ? `${last} This one so far: ${plural(s.mistakes, 'mistake')}.` : last;
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The line the weights and bias draw, as an equation with their numbers. */
export function lineText(weights, bias) {
  if (weights[0] === 0 && weights[1] === 0) {
    return `No line yet: w = (0, 0), so z = b = ${showNumber(bias)} for every point.`;
  }
  const terms = `${showNumber(weights[0])}·x₁ + ${showNumber(weights[1], true)}·x₂ + ${showNumber(bias, true)}`;
  return `The line: ${terms} = 0   (w = ${vector(weights)}, b = ${showNumber(bias)})`;
}

/** Drag mode on XOR: what the reader should notice. */
export function xorNote(mistakes) {
  return mistakes <= 1
    ? 'One point is still on the wrong side. Move the line to fix it and another one crosses over: no straight line puts all four XOR points on their own sides.'
    : 'XOR: class 1 at (0, 1) and (1, 0), class 0 at (0, 0) and (1, 1). Can one straight line split them?';
}

/** z to 4 decimals; a value that would round to 0 but is not 0 keeps its sign: −5.6e−17. */
export function showZ(z) {
  const rounded = Number(z.toFixed(4));
  if (rounded !== 0 || z === 0) return showNumber(rounded);
  return z.toExponential(1).replace(/-/g, '−').replace('e+', 'e');
}

/**
 * A weighted sum that is not 0 but rounds to it comes from decimals such as 0.1 that binary
 * numbers hold only nearly; its sign still decides y. Says so for the first such point.
 */
export function roundingNote(data, z) {
  const i = z.findIndex((v) => v !== 0 && Number(v.toFixed(4)) === 0);
  if (i < 0) return '';
  const side = z[i] < 0 ? 'just below 0, so y = 0' : 'just above 0, so y = 1';
  return `At ${vector(data.rows[i])}, z is ${showZ(z[i])}, not exactly 0: decimals such as 0.1 have no exact binary form, so their sums come out a hair off. The sign still counts: z is ${side}.`;
}

/** What a step did, for the live region. */
export function stepWords(size, s) {
  const { index, error } = s.last;
  const moved = error === 0 ? 'right, nothing changes' : 'wrong, the line moves';
  const said =
    size === 'sample'
      ? `Sample ${index + 1}: ${moved}.`
      : `Epoch ${s.epoch}: ${plural(s.lastMistakes, 'mistake')}.`;
  const converged = s.convergedAt === s.epoch && s.index === 0;
  return converged ? `${said} Converged after ${plural(s.epoch, 'epoch')}.` : said;
}

/** The solved line's words for a goal. */
export function solvedText(goal, s) {
  return goal === 'converge'
    ? `converged after ${plural(s.convergedAt ?? 0, 'epoch')}.`
    : 'every point is on its own side.';
}
