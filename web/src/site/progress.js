// The reader's progress, kept in localStorage: which lessons were opened and which exercises
// solved. Storage can be missing or refuse writes (private windows, disabled storage); then
// progress lives for the page only and nothing breaks.

const KEY = 'neuronlab.progress.v1';

const empty = () => ({ lessons: {} });

/** Accepts only the shape this file writes: { lessons: { slug: { visited, solved: [] } } }. */
function isProgress(data) {
  return (
    typeof data?.lessons === 'object' &&
    data.lessons !== null &&
    !Array.isArray(data.lessons) &&
    Object.values(data.lessons).every((entry) => Array.isArray(entry?.solved))
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
      const data = JSON.parse(storage.getItem(KEY));
      if (isProgress(data)) memory = data;
    } catch {
      // no storage, or a value this version cannot read: keep what this page knows
    }
    return memory;
  }

  function update(change) {
    const data = read();
    change(data);
    memory = data;
    try {
      storage.setItem(KEY, JSON.stringify(data));
    } catch {
      // storage refused the write (full, or disabled): progress stays in memory
    }
  }

  const entryOf = (data, slug) => (data.lessons[slug] ??= { visited: false, solved: [] });

  return {
    /** { visited: boolean, solved: string[] } for one lesson. */
    lesson(slug) {
      const entry = read().lessons[slug];
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
