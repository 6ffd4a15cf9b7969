// A typed number: a text field (inputmode=decimal, so phones show a number
// pad) and the inline message that names text that is not an accepted number. Accepted text
// takes effect at once; the last good value stays in force until the text is fixed.
// Does not: draw a slider or a label (number-control.js and rate-control.js add those).

import { el, setText } from '../../render/dom.js';
import { parseValue, shorten } from '../base/attributes.js';

/**
 * o: { id, entry: a 'number' schema entry, onChange: value -> void, namedWhileTyping: text ->
 *   boolean, whether wrong text is named before it is committed (default: only on commit) }.
 * Returns { field, message, showProblem(text) } ('' clears the problem).
 */
export function numberField(o) {
  const field = el('input', {
    id: o.id,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${o.id}-message`,
  });
  const message = el('p', { id: `${o.id}-message`, class: 'message', 'aria-live': 'polite' });
  const showProblem = (text) => {
    field.setAttribute('aria-invalid', text ? 'true' : 'false');
    setText(message, text);
  };
  const namedWhileTyping = o.namedWhileTyping ?? (() => false);
  const read = (event) => {
    const result = parseValue(o.entry, field.value);
    if (result.ok) {
      showProblem('');
      o.onChange(result.value);
    } else if (event.type === 'change' || namedWhileTyping(field.value)) {
      showProblem(`"${shorten(field.value)}" is not accepted: expected ${result.expected}.`);
    }
  };
  field.addEventListener('input', read);
  field.addEventListener('change', read);
  return { field, message, showProblem };
}
