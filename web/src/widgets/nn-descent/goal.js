// The exercise line of <nn-descent>: "converge<50" asks for a learning rate that makes the loss
// settle in fewer than 50 steps. It shows the goal, turns solved once it is met and stays so
// (the reader found a rate that works), and says when it has just been met.

import { el, setText } from '../../render/dom.js';

export function settleGoal() {
  const root = el('p', { class: 'goal', hidden: true });
  let solved = false;
  return {
    root,
    /** Shows goal (or hides the line when null); true only on the call it became met. */
    check(goal, settledAt) {
      root.hidden = goal === null;
      if (!goal) return false;
      const met =
        settledAt !== null && (goal.op === '<' ? settledAt < goal.target : settledAt > goal.target);
      const justMet = met && !solved;
      solved ||= met;
      root.classList.toggle('solved', solved);
      const steps = `${goal.op === '<' ? 'fewer' : 'more'} than ${goal.target} steps`;
      setText(
        root,
        solved
          ? `✓ Solved: the loss settled in ${steps}.`
          : `Goal: choose a learning rate that makes the loss settle in ${steps}.`,
      );
      return justMet;
    },
  };
}
