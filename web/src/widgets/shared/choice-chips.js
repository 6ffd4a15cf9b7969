// A row of mutually exclusive choices drawn as chips: real radio buttons (so arrow keys move
// between them and screen readers say "1 of 2"), visually hidden, inside their labels.

import { el } from '../../render/dom.js';

/**
 * o: { name (the radio group and id prefix), legend, options: [{ value, label }],
 *   onPick(value) }. Returns { root, radios, set(value) }.
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
    radios,
    set(value) {
      for (const radio of radios) radio.checked = radio.value === value;
    },
  };
}
