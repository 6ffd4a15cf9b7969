// On the home page: each lesson card's progress line (not started, opened, exercises solved,
// done), the start button turned into "continue", and the two-step "reset progress" button.

const CONFIRM_MS = 6000;

/** Words and state for one lesson card. */
function describe({ visited, solved }, exercises) {
  const done = exercises.filter((name) => solved.includes(name)).length;
  if (!visited) return { state: 'new', text: '' };
  if (done === exercises.length) return { state: 'done', text: 'Done' };
  const noun = exercises.length === 1 ? 'exercise' : 'exercises';
  return { state: 'visited', text: `${done} of ${exercises.length} ${noun} solved` };
}

/** Fills every card; returns whether the reader has started and the first card not done. */
function renderCards(cards, progress) {
  let next = null;
  let started = false;
  for (const card of cards) {
    const exercises = card.dataset.exercises.split(' ').filter(Boolean);
    const { state, text } = describe(progress.lesson(card.dataset.lesson), exercises);
    card.dataset.state = state;
    card.querySelector('[data-progress]').textContent = text;
    started ||= state !== 'new';
    if (state !== 'done') next ??= card;
  }
  return { started, next };
}

/** The big button: start, continue with the first lesson not done, or read again. */
function updateContinue(button, cards, { started, next }) {
  const target = started && next ? next : cards[0];
  const number = target.querySelector('.lesson-card__number').textContent;
  button.href = target.querySelector('a').getAttribute('href');
  if (!started) button.textContent = `Start with lesson ${number}`;
  else if (next) button.textContent = `Continue with lesson ${number}`;
  else button.textContent = `Read lesson ${number} again`;
}

/**
 * @param {Document} doc
 * @param {ReturnType<import('./progress.js').createProgress>} progress
 */
export function showProgress(doc, progress) {
  const cards = [...doc.querySelectorAll('.lesson-map [data-lesson]')];
  if (cards.length === 0) return;
  const button = doc.querySelector('[data-continue]');
  const refresh = () => updateContinue(button, cards, renderCards(cards, progress));
  refresh();
  // Another tab may have solved something, or the page may come back from the history cache.
  doc.defaultView.addEventListener('storage', refresh);
  doc.defaultView.addEventListener('pageshow', refresh);

  const panel = doc.querySelector('[data-progress-reset]');
  const reset = panel.querySelector('button');
  const status = panel.querySelector('[role="status"]');
  let timer = 0;
  const disarm = () => {
    clearTimeout(timer);
    timer = 0;
    reset.textContent = 'Reset progress';
  };
  reset.addEventListener('click', () => {
    if (!timer) {
      reset.textContent = 'Yes, forget my progress';
      status.textContent =
        'This forgets every lesson you opened and exercise you solved. Press again to confirm.';
      timer = setTimeout(() => {
        disarm();
        status.textContent = '';
      }, CONFIRM_MS);
      return;
    }
    disarm();
    progress.reset();
    refresh();
    status.textContent = 'Your progress has been reset.';
  });
  panel.hidden = false;
}
