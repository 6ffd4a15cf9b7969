// A typed value: a text field (inputmode=decimal for numbers, so phones show a number pad) and
// the inline message that names text that is not accepted. The text takes effect when the reader
// commits it (Enter or leaving the field), never keystroke by keystroke: typing "99" never
// computes with the "9" on the way. The last good value stays in force until the text is fixed.
// Does not: draw a slider or a label (number-control.js and rate-control.js add those).

import { el, setText } from '../../render/dom.js';
import { parseValue, shorten } from '../base/attributes.js';

/**
 * o: { id, entry: a schema entry (a 'number' one, or any parseValue reads), onChange: value ->
 *   void, namedWhileTyping: text -> boolean, whether wrong text is named before it is committed
 *   (default: only on commit), inputmode (default 'decimal') }.
 * Returns { field, message, showProblem(text) } ('' clears the problem).
 */
export function numberField(o) {
  const field = el('input', {
    id: o.id,
    type: 'text',
    inputmode: o.inputmode ?? 'decimal',
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
  const problem = (expected) => `"${shorten(field.value)}" is not accepted: expected ${expected}.`;
  // While typing: only what the text is so far, named or cleared; nothing is applied.
  field.addEventListener('input', () => {
    const result = parseValue(o.entry, field.value);
    if (result.ok) showProblem('');
    else if (namedWhileTyping(field.value)) showProblem(problem(result.expected));
  });
  // Committed (the browser's change event: Enter, or leaving the field changed): applied if good.
  field.addEventListener('change', () => {
    const result = parseValue(o.entry, field.value);
    showProblem(result.ok ? '' : problem(result.expected));
    if (result.ok) o.onChange(result.value);
  });
  return { field, message, showProblem };
}
