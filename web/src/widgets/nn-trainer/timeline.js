// <nn-trainer>'s timeline: a range input over the run's kept checkpoints (every epoch at first,
// every 2^k-th later: checkpoints.js), with the epoch it stands on (at its end the live epoch,
// which thinning may not have kept), and "Train on from here".
// Arrow keys, Home, End and Page keys move it as for any range input. Shows and reports; the
// restoring is time-travel.js's.

import { el, setDisabled, setText } from '../../render/dom.js';

/** o: { onGo(index), onTrainOn() } */
export function timelineControl(o) {
  const range = el('input', {
    type: 'range',
    id: 'timeline',
    class: 'timeline-range',
    min: 0,
    max: 0,
    step: 1,
    value: 0,
  });
  const shown = el('output', { for: 'timeline', class: 'num' });
  const trainOn = el('button', { type: 'button', class: 'train-on', text: 'Train on from here' });
  range.addEventListener('input', () => o.onGo(Number(range.value)));
  trainOn.addEventListener('click', o.onTrainOn);
  const root = el('div', { class: 'timeline' }, [
    el('label', { for: 'timeline', text: 'timeline' }),
    range,
    shown,
    trainOn,
  ]);
  return {
    root,
    /**
     * epochs: the kept epochs; index: the one shown; back: earlier than the latest; now: the
     * live epoch, shown at the end of the range (the last kept one may be older when thinned).
     */
    set(epochs, index, back, now) {
      const max = String(Math.max(0, epochs.length - 1));
      if (range.max !== max) range.max = max;
      if (range.value !== String(index)) range.value = String(index);
      const epoch = epochs[index] ?? 0;
      const text = back ? `epoch ${epoch} of ${epochs.at(-1)}` : `epoch ${now}`;
      // Touched only when changed: while training this runs four times a second.
      if (range.getAttribute('aria-valuetext') !== text) range.setAttribute('aria-valuetext', text);
      setText(shown, text);
      setDisabled(trainOn, !back, range); // training on: the timeline follows the live epoch
    },
  };
}
