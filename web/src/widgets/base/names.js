// The 'names' attribute type: a space-separated list of names taken from the schema entry's
// values, such as fixed="dataset activation". Each name is compared whole with the accepted
// ones (a Set, never an object's keys), so no text from outside becomes a property name.

/** "dataset  activation" -> { value: ['dataset', 'activation'] }, or { expected: 'words' }. */
export function parseNames(raw, entry) {
  const text = raw.trim();
  const value = text === '' ? [] : text.split(/\s+/);
  const accepted = new Set(entry.values);
  if (value.every((name) => accepted.has(name))) return { value: [...new Set(value)] };
  return {
    expected: `names separated by spaces, each one of ${entry.values.join(', ')}, such as "${entry.values.slice(0, 2).join(' ')}"`,
  };
}
