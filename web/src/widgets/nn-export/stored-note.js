// What <nn-export stored> says when it has no stored model to show: that this browser holds
// none yet, so the code is of a fresh network with random first weights, not one the reader
// trained; and, with train-at, a link to where one is trained (also when the stored one was
// refused, which the summary names).
// Does not: read storage (saved-model.js) or check a model (the core does).

import { el, setText } from '../../render/dom.js';

// A link within the site: a relative path or an anchor, never a scheme (javascript:, data:,
// https:) or another host (//host). One character class, anchored: no backtracking.
const WITHIN_SITE = /^(?:\.{0,2}\/(?!\/)|#)[\w./#-]*$/;

/** '' when text may be train-at's link, else what is accepted. */
export function trainAtProblem(text) {
  if (text === '' || WITHIN_SITE.test(text)) return '';
  return `train-at="${text.length > 40 ? `${text.slice(0, 39)}…` : text}": expected a link within this site, such as "../10-train-it-xor-from-scratch/#exercise-train-it-to-the-goal"`;
}

/** Returns { root, show({ state: 'shown' | 'none' | 'refused', trainAt }) }. */
export function storedNote() {
  const words = el('span');
  const link = el('a', { text: 'Train one, then come back to this page.' });
  const root = el('p', { class: 'stored-note', hidden: true }, [words, ' ', link]);
  return {
    root,
    show({ state, trainAt }) {
      root.hidden = state === 'shown';
      if (state === 'shown') return;
      // A refused one is named in the summary above (with the core's reason): only the link here.
      setText(
        words,
        state === 'none'
          ? 'This browser has no trained network stored yet, so the code below is of a fresh network with random first weights, not one you trained.'
          : '',
      );
      link.hidden = trainAt === '';
      if (trainAt) link.setAttribute('href', trainAt);
      else link.removeAttribute('href');
    },
  };
}
