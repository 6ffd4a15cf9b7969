// On a lesson page: records the visit, and every exercise the reader solves. Widgets announce
// a met goal with a bubbling 'nn-solved' event; its target names the exercise by data-exercise
// or id (the build makes sure every exercise has one).

/**
 * @param {Document} doc
 * @param {ReturnType<import('./progress.js').createProgress>} progress
 */
export function trackLesson(doc, progress) {
  const main = doc.querySelector('main[data-lesson]');
  if (!main) return;
  const slug = main.dataset.lesson;
  progress.visit(slug);
  main.addEventListener('nn-solved', (event) => {
    const name = event.target.dataset?.exercise || event.target.id;
    if (name) progress.solve(slug, name);
  });
}
