// The small readouts of <nn-trainer>: the run summary (epoch, loss, accuracy, with the test
// set's in brackets), the goal line with its solved state, and the choice of class for points
// the reader adds. Words and numbers the core computed; nothing is computed here.

import { el } from '../../render/dom.js';
import { fixedNote, judge, keptNames, lockFixed, pageText } from '../base/exercise.js';
import { formatGoal, goalMet } from '../base/goal.js';
import { exerciseLine } from '../shared/exercise-line.js';
import { showPercent, showSignificant } from '../shared/significant.js';

const OPS = { '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most' };
const MARKS = ['■', '●', '▲'];

/** "Epoch 120 · loss 0.0412 (test 0.0533) · accuracy 100% (test 96.7%)" */
export function runSummary(epoch, latest) {
  if (!latest) return `Epoch ${epoch}`;
  const test = (value, show) => (Number.isFinite(value) ? ` (test ${show(value)})` : '');
  const loss = (v) => showSignificant(v, 3);
  return (
    `Epoch ${epoch} · loss ${loss(latest.loss)}${test(latest.testLoss, loss)}` +
    ` · accuracy ${showPercent(latest.accuracy)}${test(latest.testAccuracy, showPercent)}`
  );
}

/** "training accuracy" with its comparison and value: "at least 95%". */
function described({ subject, op, target }) {
  const value = subject === 'accuracy' ? showPercent(target) : String(target);
  return { what: `training ${subject}`, than: `${OPS[op]} ${value}` };
}

const BORROWED =
  'Not counted: this network started from weights that came with the link, not from the ' +
  'first weights of this page. Open the lesson without them to train your own.';

/**
 * The exercise of a trainer: the goal line ("reach a training accuracy of at least 95%"), and
 * the note on what the exercise keeps. fields(name): the form fields that set an attribute;
 * startWeights(): the `weights` text the network started from (null: the seed's). A network
 * that started from weights other than the page's (a shared link's, trained elsewhere) was not
 * trained here, so its goal does not count.
 */
export function trainerGoal(widget, fields, startWeights) {
  const line = exerciseLine();
  const kept = fixedNote();
  return {
    root: line.root,
    kept,
    /** Checks every epoch history records from now on (call before a frame trains). */
    watch(history) {
      const { goal } = widget.values;
      history.watch(goal && formatGoal(goal), goal && ((e) => goalMet(goal, e)));
    },
    /**
     * Locks what the exercise keeps and shows the goal: solved from metAt, the exact epoch it
     * was first met, if the whole condition holds, else the reason. Returns the words to
     * announce when just solved.
     */
    check(metAt) {
      const { goal } = widget.values;
      lockFixed(
        widget,
        keptNames(widget).map((name) => [name, fields(name)]),
        kept,
      );
      const from = startWeights();
      const judged =
        from !== null && from !== pageText(widget, 'weights')
          ? { solved: false, reason: BORROWED }
          : judge(widget, { met: metAt !== null, taken: metAt });
      const d = goal && described(goal);
      const of = goal?.subject === 'accuracy' ? ' of' : '';
      const asked = d && `reach a ${d.what}${of} ${d.than}.`;
      const solved = d && `the ${d.what} is ${d.than}, first reached at epoch ${metAt}.`;
      const first = line.show(asked, judged.solved, solved, judged.reason);
      return first ? `Solved: ${solved}` : '';
    },
  };
}

/**
 * Radio buttons for the class of an added point; set(classes, open) shows as many as the data
 * has, or none when points cannot be added (an exercise that keeps its data set).
 */
export function classPicker() {
  const radios = [];
  const labels = MARKS.map((mark, k) => {
    const radio = el('input', { type: 'radio', name: 'add-class', value: k, checked: k === 1 });
    radios.push(radio);
    return el('label', {}, [
      radio,
      el('span', { class: `mark class-${k}`, text: mark }),
      `class ${k}`,
    ]);
  });
  const root = el('fieldset', { class: 'picker' }, [
    el('legend', { text: 'Click the plot (or Enter on it) to add a point of' }),
    ...labels,
  ]);
  return {
    root,
    get value() {
      return Number(radios.find((r) => r.checked)?.value ?? 1);
    },
    set(classes, open) {
      root.hidden = !open;
      labels.forEach((label, k) => (label.hidden = k >= classes));
      if (radios.findIndex((r) => r.checked) >= classes) radios[1].checked = true;
    },
  };
}

/** What the trainer says when a training step failed in the core: its message, and the way on. */
export function trainingFailed(error) {
  return `Training stopped: ${error.message.replace(/\.$/, '')}. Press Reset to go back to the first weights, or Play to try again.`;
}

/** A warning while the loss climbs far above where it started (the steps overshoot). */
export function risingLoss(history) {
  const first = history.firstLoss;
  const now = history.latest?.loss;
  if (!(now > 1.8 * first)) return '';
  const [from, to] = [showSignificant(first, 3), showSignificant(now, 3)];
  return `The loss climbed from ${from} to ${to}: the steps overshoot. The learning rate is probably too large.`;
}
