// The controls of a step-by-step walk-through: Back and Next buttons, a slider over the steps
// (arrow keys, Home and End work on it as on any slider) and a bar of the phases, the current
// one lit. It reports moves; the widget decides what each step shows.

import { el, setText } from '../../render/dom.js';

const PHASES = [
  ['forward', 'Forward'],
  ['loss', 'Loss'],
  ['backward', 'Backward'],
  ['update', 'Update'],
];

/**
 * o: { onMove(index) (the slider), onStep(direction) (Back −1, Next +1) }. Returns { root,
 * set({ index, phases, title, after, before }) } where phases holds each step's phase, title
 * the current step's, and after/before label Next/Back past the ends (null disables them).
 */
export function stepScrubber(o) {
  const back = el('button', { type: 'button', class: 'back', text: '← Back' });
  const next = el('button', { type: 'button', class: 'next primary', text: 'Next →' });
  const range = el('input', { type: 'range', min: 0, step: 1, 'aria-label': 'Step' });
  const where = el('p', { class: 'where', 'aria-hidden': 'true' });
  const bar = el(
    'ol',
    { class: 'phases', 'aria-hidden': 'true' },
    PHASES.map(([name, label]) => el('li', { 'data-phase': name, text: label })),
  );
  back.addEventListener('click', () => o.onStep(-1));
  next.addEventListener('click', () => o.onStep(1));
  range.addEventListener('input', () => o.onMove(Number(range.value)));
  return {
    root: el('div', { class: 'scrubber' }, [
      back,
      el('div', { class: 'track' }, [range, bar, where]),
      next,
    ]),
    set({ index, phases, title, after, before }) {
      const count = phases.length;
      range.max = count - 1;
      range.value = index;
      const text = `Step ${index + 1} of ${count}: ${title}`;
      range.setAttribute('aria-valuetext', text);
      setText(where, text);
      setText(next, index === count - 1 && after ? `${after} →` : 'Next →');
      setText(back, index === 0 && before ? `← ${before}` : '← Back');
      next.disabled = index === count - 1 && !after;
      back.disabled = index === 0 && !before;
      const current = PHASES.findIndex(([name]) => name === phases[index]);
      [...bar.children].forEach((item, i) => {
        const steps = phases.filter((phase) => phase === PHASES[i][0]).length;
        item.style.flexGrow = String(Math.max(steps, 1));
        item.classList.toggle('current', i === current);
        item.classList.toggle('past', i < current);
      });
    },
  };
}
