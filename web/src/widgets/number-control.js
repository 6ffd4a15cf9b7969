// One number the reader can type or slide: a labelled text field (inputmode=decimal, so
// phones show a number pad) and a range slider kept in step, with an inline message when the
// text is not an accepted number. The last good value stays in force until the text is fixed.

import { formatNumber, parseValue, shorten } from './attributes.js';
import { el, setText } from './dom.js';

const UNFINISHED = /^\s*[-+\u2212]?\.?\s*$|\de[-+]?$/i;

/**
 * o: { id, label: [nodes or strings], name (spoken, e.g. 'weight 1'), entry: a 'number' schema
 *   entry (min, max), slider: [lo, hi, step], onChange: value -> void }
 * Returns { root, field, range, set(value), lock(locked) }.
 */
export function numberControl(o) {
  const [lo, hi, step] = o.slider;
  const field = el('input', {
    id: o.id,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${o.id}-message`,
  });
  const range = el('input', {
    type: 'range',
    min: lo,
    max: hi,
    step,
    'aria-label': `${o.name} slider`,
  });
  const message = el('p', { id: `${o.id}-message`, class: 'message', 'aria-live': 'polite' });
  let current = NaN;

  const showProblem = (text) => {
    field.setAttribute('aria-invalid', text ? 'true' : 'false');
    setText(message, text);
  };

  // While typing, a start such as "-" or "" is not yet an error; on commit (change) it is.
  const read = (event) => {
    const result = parseValue(o.entry, field.value);
    if (result.ok) {
      showProblem('');
      o.onChange(result.value);
    } else if (event.type === 'change' || !UNFINISHED.test(field.value)) {
      showProblem(`"${shorten(field.value)}" is not accepted: expected ${result.expected}.`);
    }
  };
  field.addEventListener('input', read);
  field.addEventListener('change', read);
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
    /** Shows value, leaving alone a field the reader is typing in that already means it. */
    set(value) {
      const typing = field.getRootNode().activeElement === field;
      const invalid = field.getAttribute('aria-invalid') === 'true';
      if (!(typing && (invalid || parseValue(o.entry, field.value).value === value))) {
        field.value = formatNumber(value);
        if (!typing) showProblem('');
      }
      if (value !== current) {
        // The slider's ends stretch to show a typed value beyond them.
        range.min = Math.min(lo, value);
        range.max = Math.max(hi, value);
        range.value = value;
        current = value;
      }
    },
    lock(locked) {
      field.readOnly = locked;
      range.disabled = locked;
    },
  };
}
