// A menu of a network's parameters by their names in the lessons' notation (w(x₁→h₁), b(h₁)),
// each option's value the "layer:index" the attributes use. Rebuilt only when the shape changes.

import { el } from '../../render/dom.js';
import { parameterName } from '../shared/notation.js';
import { parameterCount } from '../shared/weights-attribute.js';

/** o: { id, label, onChange("layer:index") }. Returns { root, select, set(shape, "l:i") }. */
export function parameterMenu(o) {
  const select = el('select', { id: o.id });
  select.addEventListener('change', () => o.onChange(select.value));
  const root = el('span', { class: 'control' }, [
    el('label', { for: o.id, class: 'label', text: o.label }),
    select,
  ]);
  let shown = '';
  return {
    root,
    select,
    set(shape, value) {
      const key = shape.join();
      if (key !== shown) {
        shown = key;
        const options = [];
        for (let layer = 0; layer < shape.length - 1; layer++) {
          const size = parameterCount([shape[layer], shape[layer + 1]]);
          for (let index = 0; index < size; index++) {
            const text = parameterName(shape, layer, index);
            options.push(el('option', { value: `${layer}:${index}`, text }));
          }
        }
        select.replaceChildren(...options);
      }
      if (select.value !== value) select.value = value;
    },
  };
}
