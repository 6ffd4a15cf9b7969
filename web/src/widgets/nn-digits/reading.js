// The reading panel: the drawing pad, the 28 x 28 input beside it and the ten output bars; a
// test digit picked by number (for keyboard and screen-reader readers) or opened from the
// matrix or the gallery shows the same way, with a question when the network misread it:
// "what did it read?", whose right answers count toward the goal "found".

import { paintDigit } from '../../render/digit-image.js';
import { el, setText } from '../../render/dom.js';
import { shorten } from '../base/attributes.js';
import { softmaxBars } from './bars.js';
import { digitPad } from './pad.js';
import { unsureWords } from './unsure.js';

const PROBLEMS = {
  blank: 'Nothing to read yet: draw a digit on the pad.',
  dot: 'That is too small to read: draw the digit larger, filling most of the pad.',
};

/**
 * o: { predict(input) -> Promise<outputs> | null (no network yet), table() -> inkTable,
 *   testDigit(i) -> { pixels, label } | null, onFound(i) }.
 * Returns { root, openTest(i) }.
 */
export function readingPanel(o) {
  const bars = softmaxBars();
  let asked = 0; // the latest request wins; older answers are dropped
  const pad = digitPad({
    onInput: (r) => (r.problem ? bars.show(null, PROBLEMS[r.problem]) : read(r.input, null)),
  });

  /** Shows the outputs for input; resolves to the reading they show, or -1 (none, or stale). */
  const read = async (input, caption) => {
    paintDigit(pad.input, input, o.table(), { scale: 255 });
    const pending = o.predict(input);
    if (!pending) {
      bars.show(null, 'Load the digits first: the network reads once it exists.');
      return -1;
    }
    const ticket = ++asked;
    const outputs = await pending;
    if (ticket !== asked) return -1;
    let best = 0;
    outputs.forEach((p, k) => (best = p > outputs[best] ? k : best));
    const unsure = unsureWords(outputs);
    const words = [caption, unsure].filter(Boolean).join(' ');
    bars.show(outputs, words || undefined);
    return best;
  };

  const number = el('input', {
    id: 'nd-test',
    type: 'number',
    min: 1,
    max: 2000,
    value: 1,
    inputmode: 'numeric',
  });
  const show = el('button', { type: 'button', text: 'Read this test digit' });
  const quiz = questionPart(o);
  // The question asks about the reading the bars show: the network as it is now, even mid-epoch
  // (the gallery and the matrix are from the last epoch's end).
  const openTest = async (i) => {
    const digit = o.testDigit(i);
    if (!digit) {
      bars.show(null, 'Load the digits first: the test digits come with them.');
      return;
    }
    number.value = String(i + 1);
    pad.clear();
    quiz.ask(i, null);
    const caption = `Test digit ${i + 1} is a ${digit.label}.`;
    const reading = await read(
      Float64Array.from(digit.pixels, (v) => v / 255),
      caption,
    );
    if (reading >= 0) quiz.ask(i, { label: digit.label, read: reading });
  };
  show.addEventListener('click', () => {
    // The field's value is '' when what it holds is no number at all.
    const n = number.value === '' ? NaN : Number(number.value);
    const last = Number(number.max);
    if (Number.isInteger(n) && n >= 1 && n <= last) openTest(n - 1);
    else {
      const said = number.value === '' ? 'That' : `"${shorten(number.value)}"`;
      bars.show(
        null,
        `${said} is not a test digit number: expected a whole number from 1 to ${last}.`,
      );
    }
  });
  const picker = el('div', { class: 'picker' }, [
    el('label', { for: number.id, text: 'Or pick test digit number' }),
    number,
    show,
  ]);
  const root = el(
    'section',
    { class: 'reading', role: 'group', 'aria-label': 'Draw a digit and read it' },
    [
      pad.root,
      el('div', { class: 'input-box' }, [
        pad.input,
        el('p', { class: 'note', text: '28 × 28 input' }),
      ]),
      bars.root,
      el('div', { class: 'pick-box' }, [picker, quiz.root]),
    ],
  );
  return { root, openTest };
}

/** The question asked about a misread test digit: what did the network read? */
function questionPart(o) {
  const choice = el(
    'select',
    { id: 'nd-answer' },
    Array.from({ length: 10 }, (_, k) => el('option', { value: k, text: String(k) })),
  );
  const check = el('button', { type: 'button', text: 'Check' });
  const verdict = el('p', { class: 'answer', 'aria-live': 'polite' });
  const root = el('div', { class: 'quiz', hidden: true }, [
    el('label', { for: choice.id, text: 'The network got this one wrong. What did it read?' }),
    choice,
    check,
    verdict,
  ]);
  let current = null;
  check.addEventListener('click', () => {
    if (!current) return;
    const right = Number(choice.value) === current.digit.read;
    setText(
      verdict,
      right ? `Yes: it read a ${current.digit.read}.` : 'No: look at the largest bar.',
    );
    if (right) o.onFound(current.i);
  });
  return {
    root,
    /** digit: { label, read } (read: the reading the bars show), or null to ask nothing. */
    ask(i, digit) {
      current = digit && digit.read !== digit.label ? { i, digit } : null;
      root.hidden = current === null;
      setText(verdict, '');
    },
  };
}
