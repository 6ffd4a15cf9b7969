// The controls of <nn-trainer>: play, step and reset with the run's numbers beside them, and
// the settings (data, network, training) as menus and typed fields. Every edit goes through
// the widget's setValue, so the attributes stay the state; set() shows the current values.

import { el, setText } from '../../render/dom.js';
import { acceptedNames, formatAttribute } from '../base/attributes.js';
import { numberField } from '../shared/number-field.js';
import { numberControl } from '../shared/number-control.js';
import { rateControl } from '../shared/rate-control.js';

const GATES = ['and', 'or', 'xor'];

/** A labelled typed field for an attribute, parsed with its schema entry when committed. */
function textControl(widget, name, label, hint) {
  const entry = widget.entryFor(name);
  const { field, message, showProblem } = numberField({
    id: name,
    entry,
    inputmode: entry.type === 'shape' ? 'text' : 'decimal',
    onChange: (value) => widget.setValue(name, value),
  });
  const parts = [el('label', { for: name, text: label }), field];
  if (hint) parts.push(el('span', { class: 'hint', text: hint }));
  return {
    root: el('div', { class: 'control' }, [...parts, message]),
    set(value) {
      if (field.getRootNode().activeElement === field) return;
      field.value = formatAttribute(entry, value) ?? '';
      showProblem('');
    },
  };
}

function selectControl(widget, name, label, options, onChange) {
  const field = el('select', { id: name });
  field.append(...options.map(([value, text]) => el('option', { value, text })));
  field.addEventListener('change', () => onChange(field.value));
  return {
    field,
    root: el('div', { class: 'control' }, [el('label', { for: name, text: label }), field]),
    set: (value) => (field.value = value),
  };
}

/** widget: the <nn-trainer> (setValue, entryFor, core). o: { onPlay, onStep, onReset }. */
export function trainerControls(widget, o) {
  const names = (name) => acceptedNames(widget.entryFor(name), widget.core).map((n) => [n, n]);
  const play = el('button', {
    type: 'button',
    class: 'play',
    'aria-pressed': 'false',
    text: 'Play',
  });
  const step = el('button', { type: 'button', text: 'Step', title: 'Train one epoch' });
  const reset = el('button', {
    type: 'button',
    text: 'Reset weights',
    title:
      'Back to epoch 0 with the same first weights and the same data; points you added stay until you clear them',
  });
  play.addEventListener('click', o.onPlay);
  step.addEventListener('click', o.onStep);
  reset.addEventListener('click', o.onReset);
  const readout = el('p', { class: 'readout num', 'aria-live': 'off' });

  const dataset = selectControl(widget, 'dataset', 'data set', names('dataset'), (value) => {
    // A gate's truth table has 4 points; a cloud needs a few hundred.
    const { samples, noise } = widget.values;
    if (GATES.includes(value) && noise === 0) widget.setValue('samples', 4);
    else if (!GATES.includes(value) && samples < 100) widget.setValue('samples', 200);
    widget.removeAttribute('points'); // the added points belonged to the old data set
    widget.setValue('dataset', value);
  });
  const slider = (name, label, range) =>
    numberControl({
      id: name,
      name: label,
      label: [label],
      entry: widget.entryFor(name),
      slider: range,
      onChange: (value) => widget.setValue(name, value),
    });
  const chosen = (name) => (value) => widget.setValue(name, value);
  const lossOptions = [['auto', 'automatic'], ...names('loss')];
  const controls = {
    dataset,
    samples: textControl(widget, 'samples', 'samples'),
    noise: slider('noise', 'noise', [0, 1, 0.05]),
    'test-fraction': slider('test-fraction', 'test fraction', [0, 0.9, 0.05]),
    'hidden-layers': textControl(widget, 'hidden-layers', 'hidden layers', 'widths, such as 8,8'),
    activation: selectControl(
      widget,
      'activation',
      'activation',
      names('activation'),
      chosen('activation'),
    ),
    loss: selectControl(widget, 'loss', 'loss', lossOptions, (value) =>
      widget.setValue('loss', value === 'auto' ? null : value),
    ),
    optimizer: selectControl(
      widget,
      'optimizer',
      'optimizer',
      names('optimizer'),
      chosen('optimizer'),
    ),
    'learning-rate': rateControl({
      id: 'learning-rate',
      label: 'learning rate',
      entry: widget.entryFor('learning-rate'),
      onChange: chosen('learning-rate'),
    }),
    'batch-size': textControl(widget, 'batch-size', 'batch size', '0: all'),
    l2: slider('l2', 'L2', [0, 0.1, 0.001]),
    seed: textControl(widget, 'seed', 'seed'),
    speed: selectControl(
      widget,
      'speed',
      'speed',
      ['slow', 'normal', 'fast'].map((s) => [s, s]),
      chosen('speed'),
    ),
  };
  const newSeed = el('button', { type: 'button', class: 'new-seed', text: 'Next seed' });
  newSeed.addEventListener('click', () => widget.setValue('seed', widget.values.seed + 1));
  let shown = ''; // the values the fields show
  const group = (legend, keys, extra = []) =>
    el('fieldset', {}, [
      el('legend', { text: legend }),
      ...keys.map((k) => controls[k].root),
      ...extra,
    ]);

  return {
    toolbar: el('div', { class: 'toolbar' }, [play, step, reset, readout]),
    settings: el('div', { class: 'settings' }, [
      group('Data', ['dataset', 'samples', 'noise', 'test-fraction']),
      group('Network', ['hidden-layers', 'activation', 'loss']),
      group(
        'Training',
        ['optimizer', 'learning-rate', 'batch-size', 'l2', 'seed', 'speed'],
        [newSeed],
      ),
    ]),
    /** The form fields that set attribute `name`, for an exercise to lock. */
    fields: (name) => [...(controls[name]?.root.querySelectorAll('input, select') ?? [])],
    /** values: the widget's; run: { playing, epoch, text (the readout), loss (resolved) }. */
    set(values, run) {
      // The fields are touched only when a value changed, not on every update of the readout.
      const key = JSON.stringify(values);
      if (key !== shown) {
        shown = key;
        for (const [name, control] of Object.entries(controls)) {
          if (name !== 'loss') control.set(values[name]);
        }
        controls.loss.set(values.loss ?? 'auto');
      }
      setText(controls.loss.field.options[0], `automatic (${run.loss})`);
      setText(play, run.playing ? 'Pause' : 'Play');
      play.setAttribute('aria-pressed', String(run.playing));
      setText(readout, run.text);
    },
  };
}
