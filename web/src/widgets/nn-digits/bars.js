// The ten softmax outputs as bars (meter elements, so a screen reader reads each value), the
// largest named as the network's reading. Does not: compute the outputs.

import { el, setText } from '../../render/dom.js';

/** 0.459 -> "45.9 %": an output as the bars write it. */
export const percentText = (p) => `${(100 * p).toFixed(1)} %`;

/** Returns { root, show(outputs | null, message) }: outputs ten numbers summing to 1. */
export function softmaxBars() {
  const verdict = el('p', { class: 'verdict', 'aria-live': 'polite' });
  const rows = Array.from({ length: 10 }, (_, digit) => {
    const meter = el('meter', { min: 0, max: 1, value: 0, 'aria-label': `output for ${digit}` });
    const value = el('span', { class: 'value', text: '–' });
    return {
      root: el('li', {}, [el('span', { class: 'label', text: String(digit) }), meter, value]),
      meter,
      value,
    };
  });
  const root = el('div', { class: 'bars' }, [
    verdict,
    el(
      'ol',
      { class: 'bar-list' },
      rows.map((r) => r.root),
    ),
  ]);
  return {
    root,
    show(outputs, message) {
      let best = -1;
      rows.forEach((row, digit) => {
        const p = outputs ? outputs[digit] : 0;
        row.meter.value = p;
        setText(row.value, outputs ? percentText(p) : '–');
        if (outputs && (best < 0 || p > outputs[best])) best = digit;
        row.root.classList.toggle('best', false);
      });
      if (best >= 0) rows[best].root.classList.add('best');
      setText(
        verdict,
        message ?? (best >= 0 ? `It reads a ${best} (${percentText(outputs[best])}).` : ''),
      );
    },
  };
}
