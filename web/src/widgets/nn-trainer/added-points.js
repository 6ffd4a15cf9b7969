// The reader's added points in <nn-trainer>: how many there are, and the one way to remove them
// short of choosing another data set, "Clear added points". The points themselves are the
// `points` attribute (x₁, x₂, class triples): Reset keeps them, a link or a reload restores them.
// Does not: add points (the boundary plot does) or train on them (the session does).

import { el, setText } from '../../render/dom.js';

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
