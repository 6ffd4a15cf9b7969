// The home page: what Neuron Lab is, a button to start (site.js turns it into "continue"), and
// the lesson map — number, a picture of the lesson's main widget (lesson-pictures.mjs), title,
// summary, minutes and a progress line that site.js fills from localStorage — with a button to
// forget that progress.
import { escapeHtml } from '../escape.mjs';
import { lessonPicture } from '../lesson-pictures.mjs';
import { renderPage } from '../page-template.mjs';

function lessonCard(lesson, exercises) {
  const picture = lessonPicture(lesson);
  return `<li class="lesson-card" data-lesson="${lesson.slug}" data-exercises="${escapeHtml(exercises.join(' '))}">
  <span class="lesson-card__number" aria-hidden="true">${lesson.number}</span>
  <div class="lesson-card__body">
    <h3 class="lesson-card__title"><a href="lessons/${lesson.slug}/"><span class="visually-hidden">Lesson ${lesson.number}: </span>${escapeHtml(lesson.title)}</a></h3>
    <img class="lesson-card__picture" src="nl/${escapeHtml(picture.file)}" alt="${escapeHtml(picture.alt)}" width="120" height="80" loading="lazy" decoding="async">
    <p class="lesson-card__summary">${escapeHtml(lesson.summary)}</p>
    <p class="lesson-card__meta"><span>${lesson.minutes} min</span><span class="lesson-card__progress" data-progress></span></p>
  </div>
</li>`;
}

/**
 * @param {object[]} lessons from lesson-loader.mjs
 * @param {Map<string, string[]>} exercises slug -> exercise names
 */
export function homePage(lessons, exercises) {
  const minutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  const main = `<section class="hero">
  <img class="hero__mark" src="nl/logo.svg" alt="" width="88" height="88">
  <h1 class="hero__title">Neuron Lab</h1>
  <p class="lead">See how a neural network thinks by taking one apart. Start with a single neuron and a question you can answer in your head, then build, break and train networks right here in your browser, where every number on the page is live.</p>
  <p><a class="button" href="lessons/${lessons[0].slug}/" data-continue>Start with lesson 1</a></p>
</section>
<section class="lessons" aria-labelledby="lessons-title">
  <div class="section-heading">
    <h2 id="lessons-title">Lessons</h2>
    <p class="section-heading__note">${lessons.length} ${lessons.length === 1 ? 'lesson' : 'lessons'}, about ${minutes} minutes in all</p>
  </div>
  <ol class="lesson-map">
${lessons.map((lesson) => lessonCard(lesson, exercises.get(lesson.slug))).join('\n')}
  </ol>
  <div class="progress-reset" data-progress-reset hidden>
    <p>Want a fresh start?</p>
    <button type="button" class="button button--quiet">Reset progress</button>
    <p class="progress-reset__status" role="status"></p>
  </div>
</section>`;
  return renderPage({
    depth: 0,
    title: 'Neuron Lab',
    description:
      'Interactive lessons on how neural networks work, from one neuron to a trained network, with live widgets you can also embed in your own pages.',
    current: 'lessons',
    main,
  });
}
