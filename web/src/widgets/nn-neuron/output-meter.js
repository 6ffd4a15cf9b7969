// A bar that shows one value on a range, such as a neuron's output on [0, 1]: filled from zero
// (or from the range's low end) to the value, in the positive or the negative colour, with
// the two ends labelled. Decorative (aria-hidden): the number itself is always shown as text.

import { el, setText } from '../../render/dom.js';
import { showNumber } from '../shared/format.js';

export function outputMeter() {
  const fill = el('div', { class: 'fill' });
  const ends = [el('span', { class: 'num' }), el('span', { class: 'num' })];
  const root = el('div', { class: 'meter', 'aria-hidden': 'true' }, [
    el('div', { class: 'track' }, [fill]),
    ...ends,
  ]);
  return {
    root,
    /** Shows value on [lo, hi]; a value beyond an end fills to that end. */
    show(value, lo, hi) {
      const at = (v) => (Math.min(Math.max(v, lo), hi) - lo) / (hi - lo);
      const [start, end] = [at(Math.max(lo, 0)), at(value)];
      fill.style.left = `${Math.min(start, end) * 100}%`;
      fill.style.width = `${Math.abs(end - start) * 100}%`;
      fill.classList.toggle('negative', value < 0);
      setText(ends[0], showNumber(lo));
      setText(ends[1], showNumber(hi));
    },
  };
}
