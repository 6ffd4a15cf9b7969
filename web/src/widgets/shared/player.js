// A Play/Pause toggle button that calls tick() at a steady pace until tick() returns false or
// the reader pauses. The button says what it will do and carries aria-pressed. The widget
// suspends it off the page (no timer outlives the element's place) and resumes it on return.

import { el } from '../../render/dom.js';

/**
 * o: { interval (ms), tick: () => boolean (false stops), onStart?: () => void (before the first
 * tick is due), onStop?: () => void }
 */
export function player(o) {
  const button = el('button', { type: 'button', text: 'Play', 'aria-pressed': 'false' });
  let timer = 0;
  let suspended = false; // playing, but paused while the widget is off the page
  const run = () => {
    timer = setInterval(() => {
      if (!o.tick()) control.stop();
    }, o.interval);
  };
  const control = {
    button,
    get playing() {
      return timer !== 0 || suspended;
    },
    start() {
      if (timer) return;
      o.onStart?.();
      run();
      button.textContent = 'Pause';
      button.setAttribute('aria-pressed', 'true');
    },
    /** Stops the timer and keeps "playing" (the button still says Pause) until resume(). */
    suspend() {
      if (!timer) return;
      clearInterval(timer);
      timer = 0;
      suspended = true;
    },
    /** Plays on after suspend(); nothing when it was not playing then. */
    resume() {
      if (!suspended) return;
      suspended = false;
      run();
    },
    stop() {
      if (!control.playing) return;
      suspended = false;
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
