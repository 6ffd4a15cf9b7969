// One number the reader can type or slide: a labelled text field (inputmode=decimal, so
// phones show a number pad) and a range slider kept in step, with an inline message when the
// text is not an accepted number. Typed text applies when committed (number-field.js); the last
// good value stays in force until the text is fixed.

import { el } from '../../render/dom.js';
import { formatNumber } from '../base/attributes.js';
import { numberField } from './number-field.js';

const UNFINISHED = /^\s*[-+\u2212]?\.?\s*$|\de[-+]?$/i;

/**
 * o: { id, label: [nodes or strings], name (spoken, e.g. 'weight 1'), entry: a 'number' schema
 *   entry (min, max), slider: [lo, hi, step], onChange: value -> void }
 * Returns { root, field, range, set(value) }.
 */
export function numberControl(o) {
  const [lo, hi, step] = o.slider;
  // While typing, a start such as "-" or "" is not yet an error; on commit (change) it is.
  const { field, message, showProblem } = numberField({
    id: o.id,
    entry: o.entry,
    onChange: o.onChange,
    namedWhileTyping: (text) => !UNFINISHED.test(text),
  });
  const range = el('input', {
    type: 'range',
    min: lo,
    max: hi,
    step,
    'aria-label': `${o.name} slider`,
  });
  let current = NaN;

  range.addEventListener('input', () => {
    showProblem('');
    o.onChange(Number(range.value));
  });

  return {
    root: el('div', { class: 'control' }, [
      el('label', { for: o.id, class: 'label' }, o.label),
      field,
      range,
      message,
    ]),
    field,
    range,
    /** Shows value, leaving alone a field the reader is typing in (its text is not yet applied). */
    set(value) {
      if (field.getRootNode().activeElement !== field) {
        field.value = formatNumber(value);
        showProblem('');
      }
      if (value !== current) {
        // The slider's ends stretch to show a typed value beyond them.
        range.min = Math.min(lo, value);
        range.max = Math.max(hi, value);
        range.value = value;
        current = value;
      }
    },
  };
}
