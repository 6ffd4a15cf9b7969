// The line under a widget that states a goal comparing one number ("Goal: make the output
// greater than 0.9.") and turns into a clear solved state when the exercise's whole condition
// holds (the widget judges it: base/exercise.js); otherwise the reason follows the goal.

import { judge } from '../base/exercise.js';
import { describeGoal, goalMet, goalSentence } from '../base/goal.js';
import { exerciseLine } from './exercise-line.js';

export function goalStatus() {
  const line = exerciseLine();
  return {
    root: line.root,
    /**
     * Shows goal (or hides the line when null); solved when values meet it and the exercise's
     * whole condition holds for widget (exercise.js's judge). True only on the render it
     * became solved.
     */
    check(goal, values, widget) {
      const met = goal !== null && goalMet(goal, values);
      const { solved, reason } = judge(widget, { met });
      const words = goal && describeGoal(goal);
      return line.show(
        goal && `make the ${words}.`,
        solved,
        goal && `the ${goalSentence(goal)}.`,
        reason,
      );
    },
  };
}
