// The settings of <nn-descent> beside the learning rate: the input scale s of the scaled mode
// (typed or slid on a log scale, shown only in that mode) and the decay of the learning-rate
// schedule (typed or slid, shown only when the page sets decay). Edits go out through callbacks.

import { numberControl } from '../shared/number-control.js';
import { rateControl } from '../shared/rate-control.js';

/**
 * o: { scale, decay: their schema entries, onScale(s), onDecay(decay) }.
 * Returns { scale, decay (their nodes: the scale goes before the rate, the decay after),
 *   show({ scale, decay, showScale, showDecay }) }.
 */
export function descentSettings(o) {
  const scale = rateControl({
    id: 'input-scale',
    label: 'input scale s',
    entry: o.scale,
    onChange: o.onScale,
  });
  const decay = numberControl({
    id: 'decay',
    label: ['decay'],
    name: 'decay',
    entry: o.decay,
    slider: [o.decay.min, 1, 0.01],
    onChange: o.onDecay,
  });
  decay.root.classList.add('decay');
  return {
    scale: scale.root,
    decay: decay.root,
    show({ scale: s, decay: d, showScale, showDecay }) {
      scale.root.hidden = !showScale;
      decay.root.hidden = !showDecay;
      scale.set(s);
      decay.set(d);
    },
  };
}
