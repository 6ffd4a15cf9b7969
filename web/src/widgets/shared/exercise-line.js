// The line under a widget that states its exercise in words ("Goal: …") and turns into a clear
// solved state; below it, when the attempt is not counted, the reason and a nudge ("converged,
// but after 23 epochs: try a larger rate"). For exercises that are not a comparison of one
// number (goal-status.js covers those): the widget decides whether the whole condition is met.

import { el, setText } from '../../render/dom.js';

export function exerciseLine() {
  const words = el('span', { class: 'goal-words' });
  const reason = el('span', { class: 'goal-reason' });
  const root = el('p', { class: 'goal', hidden: true }, [words, ' ', reason]);
  let solved = false;
  return {
    root,
    /**
     * Shows the goal's words (hides the line when goal is null); `met` turns it solved, else
     * `why` (the reason it is not solved yet, or '') follows the goal. Returns true only on the
     * call where it became met, so the widget emits 'nn-solved' once.
     */
    show(goal, met, solvedText, why = '') {
      // Set only when it changes: setting the same value still makes the browser restyle it.
      if (root.hidden !== (goal === null)) root.hidden = goal === null;
      const now = goal !== null && met;
      root.classList.toggle('solved', now);
      if (goal !== null) setText(words, now ? `✓ Solved: ${solvedText}` : `Goal: ${goal}`);
      setText(reason, now ? '' : why);
      const justMet = now && !solved;
      solved = now;
      return justMet;
    },
  };
}
