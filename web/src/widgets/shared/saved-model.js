// The one place that knows where a trained model waits between pages: a trainer with
// save-model writes it, and <nn-export stored> on a later lesson reads it back.
// Does not: check the model; whoever uses it reads it through the core (networkFromJSON).

const KEY = 'neuronlab:model';

/** Keeps a model object for later pages; quietly does nothing when storage is unavailable. */
export function saveModel(model) {
  try {
    localStorage.setItem(KEY, JSON.stringify(model));
  } catch {
    // Storage may be full or switched off: the page goes on without it.
  }
}

/** The saved model's JSON text, or null when there is none (or storage is unavailable). */
export function savedModelText() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
