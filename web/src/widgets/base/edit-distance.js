// Levenshtein distance for "did you mean …?" hints, used by the widgets' attribute messages and
// the lesson build's misspelled-name checks. It costs len(a) × len(b) steps, so callers compare
// only names of at most MAX_COMPARED characters (a 1 MB name gets no hint, not a frozen tab).

/** The longest text compared with accepted names; longer texts get no suggestion. */
export const MAX_COMPARED = 64;

/** Edits (insert, delete, substitute one character) that turn a into b. */
export function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, substitute));
    }
    previous = row;
  }
  return previous[b.length];
}
