// The reader's progress, kept in localStorage: which lessons were opened and which exercises
// solved. Storage can be missing or refuse writes (private windows, disabled storage); then
// progress lives for the page only and nothing breaks.

const KEY = 'neuronlab.progress.v1';

// In memory the lessons are a Map (slug -> { visited, solved }): slugs and stored keys are plain
// names there, `__proto__` included; storage holds the same as a JSON object.
const empty = () => new Map();

/** The stored text as a Map, or null unless it is the shape this file writes. */
function parseProgress(text) {
  const data = JSON.parse(text);
  const lessons = data?.lessons;
  if (typeof lessons !== 'object' || lessons === null || Array.isArray(lessons)) return null;
  // JSON.parse makes every key an own property (`__proto__` too): entries() reads them as data.
  const entries = Object.entries(lessons);
  if (!entries.every(([, entry]) => Array.isArray(entry?.solved))) return null;
  return new Map(
    entries.map(([slug, entry]) => [
      slug,
      {
        visited: entry.visited === true,
        solved: entry.solved.filter((s) => typeof s === 'string'),
      },
    ]),
  );
}

/**
 * @param {Storage | undefined} storage usually localStorage
 * @returns the store: lesson(slug), visit(slug), solve(slug, name), reset()
 */
export function createProgress(storage) {
  let memory = empty();

  function read() {
    try {
      memory = parseProgress(storage.getItem(KEY)) ?? memory;
    } catch {
      // no storage, or a value this version cannot read: keep what this page knows
    }
    return memory;
  }

  function update(change) {
    const lessons = read();
    change(lessons);
    memory = lessons;
    try {
      // fromEntries defines own properties, so a `__proto__` slug stays a key in the JSON.
      storage.setItem(KEY, JSON.stringify({ lessons: Object.fromEntries(lessons) }));
    } catch {
      // storage refused the write (full, or disabled): progress stays in memory
    }
  }

  const entryOf = (lessons, slug) => {
    if (!lessons.has(slug)) lessons.set(slug, { visited: false, solved: [] });
    return lessons.get(slug);
  };

  return {
    /** { visited: boolean, solved: string[] } for one lesson. */
    lesson(slug) {
      const entry = read().get(slug);
      return { visited: Boolean(entry?.visited), solved: [...(entry?.solved ?? [])] };
    },
    visit(slug) {
      update((data) => {
        entryOf(data, slug).visited = true;
      });
    },
    solve(slug, name) {
      update((data) => {
        const entry = entryOf(data, slug);
        entry.visited = true;
        if (!entry.solved.includes(name)) entry.solved.push(name);
      });
    },
    reset() {
      memory = empty();
      try {
        storage.removeItem(KEY);
      } catch {
        // nothing stored to remove
      }
    },
  };
}
