// "Did you mean …?" for misspelled names: the closest accepted name by edit distance, offered
// only when it is close enough to be a plausible typo.

/** Levenshtein distance between two short strings. */
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The accepted name nearest to `name`, or '' when none is within a third of its length.
 * @param {string} name
 * @param {Iterable<string>} accepted
 */
export function closest(name, accepted) {
  let best = '';
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
