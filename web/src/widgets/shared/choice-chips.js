// A row of mutually exclusive choices drawn as chips: real radio buttons (so arrow keys move
// between them and screen readers say "1 of 2"), visually hidden, inside their labels.

import { el } from '../../render/dom.js';

/**
 * o: { name (the radio group and id prefix), legend, options: [{ value, label }],
 *   onPick(value) }. Returns { root, set(value) }.
 */
export function choiceChips(o) {
  const radios = o.options.map(({ value }) => {
    const radio = el('input', { type: 'radio', name: o.name, value, id: `${o.name}-${value}` });
    radio.addEventListener('change', () => o.onPick(value));
    return radio;
  });
  const root = el('fieldset', { class: 'chooser' }, [
    el('legend', { text: o.legend }),
    ...o.options.map(({ value, label }, i) =>
      el('label', { for: `${o.name}-${value}` }, [radios[i], label]),
    ),
  ]);
  return {
    root,
    set(value) {
      for (const radio of radios) radio.checked = radio.value === value;
    },
  };
}

/** The CSS for the chips (adopt it with the widget's own). */
export const choiceChipsStyles = `
.chooser {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.375rem;
  margin: 0;
  padding: 0;
  border: 0;
}
.chooser legend {
  float: left;
  margin-right: 0.25rem;
  font-weight: 600;
}
.chooser label {
  display: inline-flex;
  align-items: center;
  min-height: var(--_target);
  padding: 0.25rem 0.85rem;
  border: 1px solid var(--_border);
  border-radius: 999px;
  cursor: pointer;
}
.chooser label:has(input:checked) {
  border-color: var(--_accent);
  background: var(--_accent);
  color: var(--_bg);
  font-weight: 600;
}
.chooser label:has(input:focus-visible) {
  outline: 3px solid var(--_accent);
  outline-offset: 2px;
}
.chooser input {
  position: absolute;
  opacity: 0;
  pointer-events: none;
}
`;
