// The line under a widget that states its exercise ("Goal: make the output greater than 0.9")
// and turns into a clear solved state when the goal is met. The widget decides what to emit
// and announce; this only shows the goal and says when it has just been met.

import { el, setText } from '../../render/dom.js';
import { describeGoal, goalMet } from '../base/goal.js';

export function goalStatus() {
  const root = el('p', { class: 'goal', hidden: true });
  let solved = false;
  return {
    root,
    /** Shows goal (or hides the line when null); true only on the render it became met. */
    check(goal, values) {
      const now = goal !== null && goalMet(goal, values);
      root.hidden = goal === null;
      root.classList.toggle('solved', now);
      if (goal) {
        const words = describeGoal(goal);
        setText(root, now ? `✓ Solved: the ${words}.` : `Goal: make the ${words}.`);
      }
      const justMet = now && !solved;
      solved = now;
      return justMet;
    },
  };
}
