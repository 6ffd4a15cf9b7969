// The line under a widget that states its exercise in words ("Goal: …") and turns into a clear
// solved state. For exercises that are not a comparison of one number (goal.js covers those):
// the widget decides whether the goal is met and says it here.

import { el, setText } from '../../render/dom.js';

export function exerciseLine() {
  const root = el('p', { class: 'goal', hidden: true });
  let solved = false;
  return {
    root,
    /**
     * Shows the goal's words (hides the line when goal is null); `met` turns it solved.
     * Returns true only on the call where it became met, so the widget emits 'nn-solved' once.
     */
    show(goal, met, solvedText) {
      root.hidden = goal === null;
      const now = goal !== null && met;
      root.classList.toggle('solved', now);
      if (goal !== null) setText(root, now ? `✓ Solved: ${solvedText}` : `Goal: ${goal}`);
      const justMet = now && !solved;
      solved = now;
      return justMet;
    },
  };
}
