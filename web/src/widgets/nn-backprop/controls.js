// The settings row of <nn-backprop>: which XOR sample (or the batch), the hidden neurons'
// activation, which loss, and the learning rate (typed or slid). Each edit goes to the widget's setValue, so the attributes
// stay the state; set(values) shows the current ones.

import { el } from '../../render/dom.js';
import { acceptedNames } from '../base/attributes.js';
import { numberControl } from '../shared/number-control.js';
import { LOSSES, SAMPLES } from './schema.js';

/** widget: the element (setValue, entryFor, core). Returns { root, set(values) }. */
export function backpropSettings(widget) {
  const select = (name, options) => {
    const field = el(
      'select',
      { id: name },
      options.map(([value, text]) => el('option', { value, text })),
    );
    field.addEventListener('change', () => widget.setValue(name, field.value));
    const root = el('div', { class: 'control' }, [el('label', { for: name, text: name }), field]);
    return { field, root };
  };
  const sample = select('sample', SAMPLES);
  const names = acceptedNames(widget.entryFor('activation'), widget.core);
  const activation = select(
    'activation',
    names.map((name) => [name, name]),
  );
  const loss = select('loss', LOSSES);
  const rate = numberControl({
    id: 'rate',
    name: 'learning rate',
    label: ['learning rate ', el('var', { text: 'η' })],
    entry: widget.entryFor('learning-rate'),
    slider: [0.05, 5, 0.05],
    onChange: (value) => widget.setValue('learning-rate', value),
  });
  return {
    root: el('div', { class: 'settings' }, [sample.root, activation.root, loss.root, rate.root]),
    set(values) {
      sample.field.value = values.sample;
      activation.field.value = values.activation;
      loss.field.value = values.loss;
      rate.set(values['learning-rate']);
    },
  };
}
