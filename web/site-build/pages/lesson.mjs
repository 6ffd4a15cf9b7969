// One lesson page: its header (number, time, title, summary), what the reader will be able to
// do, the table of contents from the h2s, the rendered Markdown, and links to the lessons
// before and after. <main> carries the lesson's slug and exercises for the progress script.
import { escapeHtml } from '../escape.mjs';
import { renderPage } from '../page-template.mjs';

/** A link to the lesson before or after; at the ends, nothing before and "all lessons" after. */
function pagerLink(direction, lesson) {
  if (!lesson) {
    if (direction === 'prev') return '<span></span>';
    return '<a class="pager__link pager__link--next" href="../../"><span class="pager__label">That was the last lesson</span><span class="pager__title">Back to all lessons</span></a>';
  }
  const label = direction === 'prev' ? 'Previous lesson' : 'Next lesson';
  return `<a class="pager__link pager__link--${direction}" href="../${lesson.slug}/" rel="${direction}"><span class="pager__label">${label}</span><span class="pager__title">${lesson.number}. ${escapeHtml(lesson.title)}</span></a>`;
}

function tableOfContents(toc) {
  if (toc.length < 2) return '';
  const items = toc.map(({ id, html }) => `<li><a href="#${id}">${html}</a></li>`).join('');
  return `<nav class="toc" aria-labelledby="toc-title"><h2 class="toc__title" id="toc-title">On this page</h2><ol>${items}</ol></nav>`;
}

/**
 * @param {object} lesson from lesson-loader.mjs
 * @param {{ html: string, toc: object[], widgets: object[], usesMath: boolean }} rendered
 *   from markdown.mjs
 * @param {{ count: number, previous?: object, next?: object, exercises: string[] }} context
 */
export function lessonPage(lesson, rendered, { count, previous, next, exercises }) {
  const objectives = lesson.objectives.map((text) => `<li>${escapeHtml(text)}</li>`).join('');
  const main = `<article class="lesson">
<header class="lesson__header">
  <p class="eyebrow">Lesson ${lesson.number} of ${count} <span aria-hidden="true">·</span> ${lesson.minutes} minutes</p>
  <h1>${escapeHtml(lesson.title)}</h1>
  <p class="lead">${escapeHtml(lesson.summary)}</p>
</header>
<section class="objectives" aria-labelledby="objectives-title">
  <h2 class="objectives__title" id="objectives-title">After this lesson you can</h2>
  <ul>${objectives}</ul>
</section>
${tableOfContents(rendered.toc)}
<div class="prose">
${rendered.html}
</div>
<nav class="pager" aria-label="Lessons">
${pagerLink('prev', previous)}
${pagerLink('next', next)}
</nav>
</article>`;
  return renderPage({
    depth: 2,
    title: `${lesson.number}. ${lesson.title}`,
    description: lesson.summary,
    current: 'lessons',
    widgets: rendered.widgets.length > 0,
    math: rendered.usesMath,
    mainAttributes: ` data-lesson="${lesson.slug}" data-exercises="${escapeHtml(exercises.join(' '))}"`,
    main,
  });
}
