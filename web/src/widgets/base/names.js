// The 'names' attribute type: a space-separated list of names taken from the schema entry's
// values, such as fixed="dataset activation" or features="x1 x2 x1^2". Each name is compared
// whole, ignoring case, with the accepted ones (a Set, never an object's keys), so no text from
// outside becomes a property name. A name given twice counts once; entry.minLength (default 0)
// is the fewest names accepted.

/** "dataset  activation" -> { value: ['dataset', 'activation'] }, or { expected: 'words' }. */
export function parseNames(raw, entry) {
  const text = raw.trim().toLowerCase();
  const value = [...new Set(text === '' ? [] : text.split(/\s+/))];
  const accepted = new Set(entry.values);
  const fewest = entry.minLength ?? 0;
  if (value.length >= fewest && value.every((name) => accepted.has(name))) return { value };
  const some = fewest > 0 ? `${fewest === 1 ? 'one' : fewest} or more names` : 'names';
  return {
    expected: `${some} separated by spaces, each one of ${entry.values.join(', ')}, such as "${entry.values.slice(0, 2).join(' ')}"`,
  };
}
