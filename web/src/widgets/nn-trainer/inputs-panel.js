// The feature toggles of <nn-trainer>: one checkbox per input feature (features.js), which set
// the `features` attribute in the table's order. At least one stays on: the last one checked
// cannot be unchecked.

import { el } from '../../render/dom.js';
import { FEATURES } from './features.js';

/** widget: the <nn-trainer> (setValue). */
export function inputsPanel(widget) {
  const boxes = new Map();
  const labels = [];
  for (const [name, [label]] of FEATURES) {
    const box = el('input', { type: 'checkbox', id: `feature-${name}`, value: name });
    box.addEventListener('change', () => {
      const chosen = [...boxes].filter(([, b]) => b.checked).map(([n]) => n);
      widget.setValue('features', chosen);
    });
    boxes.set(name, box);
    labels.push(el('label', { class: 'feature' }, [box, ` ${label}`]));
  }
  return {
    root: el('fieldset', { class: 'features' }, [
      el('legend', { text: 'Inputs' }),
      el('p', { class: 'hint', text: 'What the network reads of each point:' }),
      el('div', { class: 'feature-list' }, labels),
    ]),
    /** Checks the boxes of values.features; the only one checked cannot be unchecked. */
    set(values) {
      const on = new Set(values.features);
      for (const [name, box] of boxes) {
        box.checked = on.has(name);
        box.disabled = on.size === 1 && on.has(name);
      }
    },
  };
}
