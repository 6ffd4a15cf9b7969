// A learning-rate control: a typed field and a slider on a log scale (each notch multiplies the
// rate, so 0.001, 0.01, 0.1, 1 and 10 sit evenly apart), kept in step, with an inline message
// when the typed text is not an accepted rate. The last good rate stays until it is fixed.

import { el } from '../../render/dom.js';
import { formatNumber } from '../base/attributes.js';
import { numberField } from './number-field.js';

/**
 * o: { id, label, entry: a 'number' schema entry with min and max > 0, onChange(rate) }.
 * Returns { root, field, range, set(rate) }.
 */
export function rateControl(o) {
  const [lo, hi] = [Math.log10(o.entry.min), Math.log10(o.entry.max)];
  // A typed rate takes effect on commit (Enter, or leaving the field); a wrong one is named then.
  const {
    field,
    message,
    showProblem: problem,
  } = numberField({ id: o.id, entry: o.entry, onChange: o.onChange });
  const range = el('input', {
    type: 'range',
    min: lo,
    max: hi,
    step: 0.01,
    'aria-label': `${o.label} slider`,
  });
  // Slider notches are rounded to two significant digits: 0.0316 -> 0.032.
  range.addEventListener('input', () => {
    problem('');
    o.onChange(Number((10 ** Number(range.value)).toPrecision(2)));
  });
  return {
    root: el('div', { class: 'control rate' }, [
      el('label', { for: o.id, class: 'label', text: o.label }),
      field,
      el('span', { class: 'ends num', 'aria-hidden': 'true', text: formatNumber(o.entry.min) }),
      range,
      el('span', { class: 'ends num', 'aria-hidden': 'true', text: formatNumber(o.entry.max) }),
      message,
    ]),
    field,
    range,
    /** Shows rate (a field being typed in keeps its text). */
    set(rate) {
      if (field.getRootNode().activeElement !== field) {
        field.value = formatNumber(rate);
        problem('');
      }
      range.value = Math.log10(rate);
      range.setAttribute('aria-valuetext', `${o.label} ${formatNumber(rate)}`);
    },
  };
}
