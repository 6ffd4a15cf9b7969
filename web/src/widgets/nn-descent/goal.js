// The exercise line of <nn-descent>: "converge<50" asks for a learning rate that makes the loss
// settle in fewer than 50 steps. It shows the goal, turns solved once the whole condition holds
// (judged by base/exercise.js: the start and mode as the page gave them) and stays so (the
// reader found a rate that works), and says when it has just been met.

import { exerciseLine } from '../shared/exercise-line.js';

/** True when a run that settled after `steps` steps meets "converge<N" (or ">N"). */
export function settledIn(goal, steps) {
  return goal.op === '<' ? steps < goal.target : steps > goal.target;
}

export function settleGoal() {
  const line = exerciseLine();
  let solved = false;
  return {
    root: line.root,
    /** Shows goal (or hides the line when null); true only on the call it became solved. */
    check(goal, judged) {
      solved ||= judged.solved;
      const steps = goal && `${goal.op === '<' ? 'fewer' : 'more'} than ${goal.target} steps`;
      const asked = goal && `choose a learning rate that makes the loss settle in ${steps}.`;
      return line.show(asked, solved, `the loss settled in ${steps}.`, judged.reason);
    },
  };
}
