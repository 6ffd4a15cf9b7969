// A lesson's predict-then-run questions, checked as the page's script will read them
// (web/src/site/predict.js): a <div class="predict"> holds a question (its first paragraph), a
// list of choices and, in exactly one choice, the right answer as <span class="answer">. One
// that breaks this would show a question whose Check button has no answer to give.
import { parseFragment } from 'parse5';
import { BuildError } from './build-error.mjs';
import { childElements, classesOf, elementsUnder, textOf } from './html-tree.mjs';

/** Throws a BuildError naming the first predict block of `html` (a rendered lesson) that is not well formed. */
export function checkPredictions(html, file) {
  for (const box of elementsUnder(parseFragment(html))) {
    if (box.tagName !== 'div' || !classesOf(box).includes('predict')) continue;
    const question = childElements(box).find((child) => child.tagName === 'p');
    const list = childElements(box).find(
      (child) => child.tagName === 'ul' || child.tagName === 'ol',
    );
    const asked = question ? `"${textOf(question).trim().slice(0, 60)}"` : 'with no question';
    const fail = (why) => {
      throw new BuildError(
        `the predict question ${asked} ${why}: write the question as a paragraph, then the choices as a list with the right one in <span class="answer">…</span>`,
        { file },
      );
    };
    if (!question) fail('has no paragraph');
    if (!list) fail('has no list of choices');
    const answers = childElements(list).filter((item) =>
      [...elementsUnder(item)].some((node) => classesOf(node).includes('answer')),
    );
    if (answers.length !== 1) fail(`marks ${answers.length} choices as the answer, not one`);
  }
}
