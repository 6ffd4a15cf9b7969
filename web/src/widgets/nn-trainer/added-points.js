// The reader's added points in <nn-trainer>: how many there are, and the one way to remove them
// short of choosing another data set, "Clear added points". The points themselves are the
// `points` attribute (x₁, x₂, class triples): Reset keeps them, a link or a reload restores them.
// pointEdits() writes the attribute when the reader adds or clears points, and says so.
// Does not: pick where points go (the boundary plot does) or train on them (the session does).

import { el, setText } from '../../render/dom.js';
import { keptNames } from '../base/exercise.js';

/** The words for n added points: "1 point added", "3 points added". */
export function addedText(n) {
  return `${n} ${n === 1 ? 'point' : 'points'} added by you`;
}

/**
 * onClear(): the reader pressed Clear. Returns { root, set(n) } (n: the points added; the line
 * is hidden while there are none).
 */
export function addedPoints(onClear) {
  const count = el('span', { class: 'added-count' });
  const clear = el('button', {
    type: 'button',
    class: 'clear-points',
    text: 'Clear added points',
    title: 'Remove the points you added; the data set’s own points stay',
  });
  clear.addEventListener('click', onClear);
  const root = el('p', { class: 'added', hidden: true }, [count, clear]);
  return {
    root,
    set(n) {
      setText(count, `${addedText(n)}.`);
      root.hidden = n === 0;
    },
  };
}

/** A coordinate as the attribute and the announcements write it: two decimals. */
const round = (v) => Math.round(v * 100) / 100;

/**
 * The reader's edits of widget's `points` (the <nn-trainer>), each announced. session: its
 * TrainingSession; sync(): has the session follow the attributes and returns the points in use
 * (a second point added before the next render then keeps the first).
 */
export function pointEdits(widget, session, sync) {
  return {
    cursor: (x, y) => widget.announce(`Cursor at (${round(x)}, ${round(y)}).`),
    /** Appends the point (x₁, x₂) of class label, unless an exercise keeps the data as given. */
    add(x, y, label) {
      if (keptNames(widget).includes('points')) {
        widget.announce('This exercise keeps the data set as given: no point was added.');
        return;
      }
      widget.setValue('points', [...sync(), round(x), round(y), label]);
      if (!session.data) return; // no setup accepted yet to count on (render names why)
      const count = session.data.X.rows + 1;
      widget.announce(
        `Added a class ${label} point at (${round(x)}, ${round(y)}): ${count} training points.`,
      );
    },
    /** Removes them all (the attribute, so the link and the embed code follow). */
    clear() {
      const n = sync().length / 3;
      widget.setValue('points', null);
      sync();
      widget.announce(`Cleared the ${addedText(n)}: ${session.data?.X.rows} training points.`);
    },
  };
}
