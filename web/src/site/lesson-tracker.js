// On a lesson page: records the visit, and every exercise the reader solves. Widgets announce
// a met goal with a bubbling 'nn-solved' event; its target names the exercise by data-exercise
// or id (the build makes sure every exercise has one). A solve counts only for the exercise the
// page defined: if any attribute the widget's schema marks `exercise` (goal, locked, a target)
// differs from the page's own markup, by whatever route, nothing is recorded.

/** Each exercise element's attributes as the page's markup wrote them. */
function pageAttributes(main) {
  const snapshot = new Map();
  for (const widget of main.querySelectorAll('[data-exercise], [id]')) {
    snapshot.set(widget, new Map([...widget.attributes].map((a) => [a.name, a.value])));
  }
  return snapshot;
}

/** True when every exercise attribute of the widget is what the page wrote. */
function asThePageSetIt(widget, written) {
  const attributes = customElements.get(widget.localName)?.schema.attributes;
  if (!attributes || !written) return false;
  return Object.entries(attributes)
    .filter(([, entry]) => entry.exercise === true)
    .every(([name]) => widget.getAttribute(name) === (written.get(name) ?? null));
}

/**
 * Call before anything from the address touches the widgets (site.js does).
 * @param {Document} doc
 * @param {ReturnType<import('./progress.js').createProgress>} progress
 */
export function trackLesson(doc, progress) {
  const main = doc.querySelector('main[data-lesson]');
  if (!main) return;
  const slug = main.dataset.lesson;
  const written = pageAttributes(main);
  progress.visit(slug);
  main.addEventListener('nn-solved', (event) => {
    const name = event.target.dataset?.exercise || event.target.id;
    if (name && asThePageSetIt(event.target, written.get(event.target))) {
      progress.solve(slug, name);
    }
  });
}
