// On a lesson page: an exercise's hint (the <details> that follows its widget) opens by itself
// after a few failed tries, with a short note saying so. A try is a burst of edits the widget
// reports ('nn-change', or 'nn-model' from a trainer) followed by a pause with the goal unmet.
// Does not: judge answers; the widget alone knows when its goal is met ('nn-solved').

const TRIES_BEFORE_HINT = 3;
export const PAUSE_MS = 1500; // a drag or a typed number is one try once the reader lets go

/** The <details> hint that belongs to an exercise element: next after it or after its figure. */
function hintFor(exercise) {
  const start = exercise.closest('figure') ?? exercise;
  for (let node = start.nextElementSibling; node; node = node.nextElementSibling) {
    if (node.matches('details')) return node;
    if (node.matches('h2, h3, [data-exercise], figure')) return null;
  }
  return null;
}

/** @param {Document} doc */
export function openHintsAfterTries(doc) {
  for (const exercise of doc.querySelectorAll('main [data-exercise]')) {
    const hint = hintFor(exercise);
    if (hint) watchTries(doc, exercise, hint);
  }
}

function watchTries(doc, exercise, hint) {
  let tries = 0;
  let solved = false;
  let timer = 0;
  const settle = () => {
    tries += 1;
    if (solved || hint.open || tries < TRIES_BEFORE_HINT) return;
    hint.open = true;
    const note = doc.createElement('p');
    note.className = 'hint-note';
    note.setAttribute('role', 'status');
    note.textContent = 'Not there yet? The hint below has opened to help.';
    hint.before(note);
  };
  const onEdit = () => {
    clearTimeout(timer);
    timer = setTimeout(settle, PAUSE_MS);
  };
  exercise.addEventListener('nn-change', onEdit);
  exercise.addEventListener('nn-model', onEdit);
  exercise.addEventListener('nn-solved', () => {
    solved = true;
    clearTimeout(timer);
  });
}
