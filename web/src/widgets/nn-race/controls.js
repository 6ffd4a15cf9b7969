// The race's play bar: Play/Pause (a toggle with aria-pressed), Step and Reset, buttons a
// keyboard reaches and presses with Enter or Space, and the step count (a line box of its own,
// line-boxes.js, as wide as the widest count).

import { el, setDisabled, setText } from '../../render/dom.js';

/**
 * o: { onPlay, onStep, onReset, boxes (a LineBoxes) }. Returns { root, set({ playing, step,
 * steps, done }) }.
 */

export function raceControls(o) {
  const play = el('button', {
    type: 'button',
    class: 'play',
    text: 'Play',
    'aria-pressed': 'false',
  });
  const step = el('button', { type: 'button', text: 'Step' });
  const reset = el('button', { type: 'button', text: 'Reset' });
  let last = 0; // the race's last step
  const text = o.boxes.add(el('span'), () => `step ${last} of ${last}`, true);
  const count = el('output', { class: 'steps num' }, [text]);
  play.addEventListener('click', o.onPlay);
  step.addEventListener('click', o.onStep);
  reset.addEventListener('click', o.onReset);
  return {
    root: el('div', { class: 'toolbar' }, [play, step, reset, count]),
    set({ playing, step: at, steps, done }) {
      setText(play, playing ? 'Pause' : 'Play');
      play.setAttribute('aria-pressed', String(playing));
      setDisabled(play, done && !playing, reset); // over: Reset is what is left to press
      setDisabled(step, done, reset);
      last = steps;
      setText(text, `step ${at} of ${steps}`);
    },
  };
}
