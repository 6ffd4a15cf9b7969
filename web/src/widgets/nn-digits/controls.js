// The buttons and settings of nn-digits: load the digits (their size said first) with a
// progress bar, play or pause, back to the first weights, a new seed; the network's shape,
// optimizer, learning rate, batch size, dropout and epochs, each written to its attribute.
// Does not: train, or decide what a change does (the element does).

import { el, setDisabled, setText } from '../../render/dom.js';
import { numberField } from '../shared/number-field.js';
import { dataSize } from './data.js';

/**
 * o: { widget, schema, onLoad, onPlay, onReset, onSeed }.
 * Returns { toolbar, progress, settings, sync(values), setState(name), state } where a state is
 * one of 'idle', 'loading', 'paused', 'playing', 'done'.
 */
export function digitsControls(o) {
  const { widget, schema } = o;
  const play = el('button', {
    type: 'button',
    class: 'play',
    text: `Load the digits (${dataSize()})`,
  });
  const reset = el('button', {
    type: 'button',
    text: 'Reset',
    title: 'Back to the same first weights',
    disabled: true,
  });
  const seed = el('button', { type: 'button', text: 'New seed', disabled: true });
  // Focusable from a script only: the Load button, pressed, hands it the focus while it waits.
  const progress = el('progress', {
    max: 1,
    value: 0,
    hidden: true,
    tabindex: '-1',
    'aria-label': 'Downloading the digits',
  });
  let state = 'idle';
  play.addEventListener('click', () => (state === 'idle' ? o.onLoad() : o.onPlay()));
  reset.addEventListener('click', () => o.onReset());
  seed.addEventListener('click', () => o.onSeed());

  const fields = [];
  const select = (name, label, options) => {
    const input = el(
      'select',
      { id: `nd-${name}` },
      options.map((v) => el('option', { value: v, text: v })),
    );
    input.addEventListener('change', () => widget.setValue(name, input.value));
    fields.push({ name, set: (v) => (input.value = v) });
    return el('div', { class: 'field' }, [el('label', { for: input.id, text: label }), input]);
  };
  const number = (name, label) => {
    const f = numberField({
      id: `nd-${name}`,
      entry: schema.attributes[name],
      onChange: (v) => widget.setValue(name, v),
    });
    // A field the reader is typing in keeps its text.
    const set = (v) => widget.shadowRoot.activeElement !== f.field && (f.field.value = String(v));
    fields.push({ name, set });
    return el('div', { class: 'field' }, [
      el('label', { for: f.field.id, text: label }),
      f.field,
      f.message,
    ]);
  };
  const optimizers = widget.core.optimizers.map((k) => k.name);
  const settings = el('fieldset', { class: 'settings' }, [
    el('legend', { text: 'The network and its training (a change starts a new network)' }),
    select('shape', 'Layers', schema.attributes.shape.values),
    select('optimizer', 'Optimizer', optimizers),
    number('learning-rate', 'Learning rate'),
    number('batch-size', 'Batch size'),
    number('dropout', 'Dropout'),
    number('epochs', 'Epochs'),
  ]);

  return {
    toolbar: el('div', { class: 'toolbar' }, [play, reset, seed, progress]),
    progress,
    settings,
    sync(values) {
      for (const { name, set } of fields) set(values[name]);
    },
    get state() {
      return state;
    },
    setState(next) {
      state = next;
      const words = {
        idle: `Load the digits (${dataSize()})`,
        loading: 'Loading…',
        paused: 'Train',
        playing: 'Pause',
        done: 'Train',
      };
      setText(play, words[next]);
      const loading = next === 'loading';
      if (loading) progress.hidden = false;
      // Disabled with the focus on it, a button hands it on: to the download's progress while
      // loading, to Reset once the run is done; and back from the progress when it goes.
      setDisabled(reset, next === 'idle' || loading, play);
      setDisabled(seed, next === 'idle' || loading, play);
      setDisabled(play, loading || next === 'done', loading ? progress : reset);
      if (!loading && progress.getRootNode().activeElement === progress) play.focus();
      progress.hidden = !loading;
    },
  };
}
