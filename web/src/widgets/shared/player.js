// A Play/Pause toggle button that calls tick() at a steady pace until tick() returns false or
// the reader pauses. The button says what it will do and carries aria-pressed. The widget
// puts stop in its disposeables, so no timer outlives the element.

import { el } from '../../render/dom.js';

/**
 * o: { interval (ms), tick: () => boolean (false stops), onStart?: () => void (before the first
 * tick is due), onStop?: () => void }
 */
export function player(o) {
  const button = el('button', { type: 'button', text: 'Play', 'aria-pressed': 'false' });
  let timer = 0;
  const control = {
    button,
    get playing() {
      return timer !== 0;
    },
    start() {
      if (timer) return;
      o.onStart?.();
      timer = setInterval(() => {
        if (!o.tick()) control.stop();
      }, o.interval);
      button.textContent = 'Pause';
      button.setAttribute('aria-pressed', 'true');
    },
    stop() {
      if (!timer) return;
      clearInterval(timer);
      timer = 0;
      button.textContent = 'Play';
      button.setAttribute('aria-pressed', 'false');
      o.onStop?.();
    },
  };
  button.addEventListener('click', () => (timer ? control.stop() : control.start()));
  return control;
}
