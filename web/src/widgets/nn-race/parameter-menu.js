// A menu of a network's parameters by their names in the lessons' notation (w(x₁→h₁), b(h₁)),
// each option's value the "layer:index" the attributes use. Rebuilt only when the shape changes.

import { el } from '../../render/dom.js';
import { parameterName } from '../shared/notation.js';
import { recent } from '../shared/recent.js';
import { parameterCount } from '../shared/weights-attribute.js';

const optionLists = recent(4); // shape, joined -> a fragment of its options

/**
 * The options of every parameter of `shape`, in the weights attribute's order: made once per
 * shape (a race has three such menus, of a hundred and more options each) and cloned for each.
 */
function optionsFor(shape) {
  const list = optionLists(shape.join(), () => {
    const options = document.createDocumentFragment();
    for (let layer = 0; layer < shape.length - 1; layer++) {
      const size = parameterCount([shape[layer], shape[layer + 1]]);
      for (let index = 0; index < size; index++) {
        const text = parameterName(shape, layer, index);
        options.append(el('option', { value: `${layer}:${index}`, text }));
      }
    }
    return options;
  });
  return list.cloneNode(true);
}

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
        select.replaceChildren(optionsFor(shape));
      }
      if (select.value !== value) select.value = value;
    },
  };
}
