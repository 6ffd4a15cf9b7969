// The lesson site's own script (never loaded by embeds): progress on lesson and home pages,
// exercise hints that open after failed tries, the changed widgets' settings in the address's
// hash, copyable embed snippets, keyboard access to scrolling boxes, and the offline service
// worker.
// Every part looks for its own elements and does nothing on pages without them.
import { openHintsAfterTries } from './exercise-hints.js';
import { trackLesson } from './lesson-tracker.js';
import { setUpPredictions } from './predict.js';
import { createProgress } from './progress.js';
import { showProgress } from './progress-view.js';
import { registerServiceWorker } from './register-sw.js';
import { keepScrollersFocusable } from './scrollers.js';
import { setUpSnippets } from './snippets.js';
import { keepStateInHash } from './url-state.js';

/** localStorage, or undefined where merely touching it throws (storage blocked by the browser). */
function localStorageOrNothing() {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const progress = createProgress(localStorageOrNothing());
trackLesson(document, progress);
openHintsAfterTries(document);
setUpPredictions(document);
keepStateInHash(document);
showProgress(document, progress);
setUpSnippets(document);
keepScrollersFocusable(document);
registerServiceWorker(new URL('../sw.js', import.meta.url));
