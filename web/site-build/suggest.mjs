// "Did you mean …?" for misspelled names: the closest accepted name by edit distance, offered
// only when it is close enough to be a plausible typo, and only for names short enough to compare.

import { editDistance, MAX_COMPARED } from '../src/widgets/base/edit-distance.js';

/**
 * The accepted name nearest to `name`, or '' when none is within a third of its length (or the
 * name is longer than MAX_COMPARED).
 * @param {string} name
 * @param {Iterable<string>} accepted
 */
export function closest(name, accepted) {
  let best = '';
  if (name.length > MAX_COMPARED) return best;
  let bestDistance = Math.max(2, Math.ceil(name.length / 3)) + 1;
  for (const candidate of accepted) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** " Did you mean "x"?" or '' — ready to append to an error message. */
export function didYouMean(name, accepted) {
  const best = closest(name, accepted);
  return best ? ` Did you mean "${best}"?` : '';
}
