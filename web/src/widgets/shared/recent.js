// A cache of the last few things made from a key (a colour table for a theme, a menu's options
// for a network's shape): made on the first ask, handed back after; past `limit` keys it starts
// afresh, so a page that goes through many keys keeps no more than that. Pure JS, no DOM.

/** Returns get(key, make): the value kept for key, or make()'s, kept. */
export function recent(limit) {
  const kept = new Map();
  return (key, make) => {
    if (!kept.has(key)) {
      if (kept.size >= limit) kept.clear();
      kept.set(key, make());
    }
    return kept.get(key);
  };
}
