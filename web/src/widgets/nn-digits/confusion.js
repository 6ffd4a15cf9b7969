// The confusion matrix of the 2,000 test digits: a table, row the true digit, column what the
// network read, each count a button that lists those digits below it. New counts are written a
// few rows a call, and only into the buttons whose count changed, so an epoch's end lays out
// and repaints a fifth of the table a frame, not the whole of it in one. Does not: count.

import { el, setText } from '../../render/dom.js';
import { CLASSES } from './digits-format.js';

/** The table's caption (its name for a screen reader): what it counts, and when. */
const captionFor = (epoch) =>
  `Test digits by true digit (rows) and reading (columns)${epoch == null ? '' : ` after epoch ${epoch}`}. Press a count to see those digits.`;

/** Rows written a call: ten rows take five frames. */
const ROWS_A_CALL = 2;

/**
 * o: { onCell(truth, reading) }. Returns { root, show(counts | null, epoch) -> whether rows still
 * wait (call again with the same counts; epoch: the one whose end they were counted at),
 * list(element) }.
 */
export function confusionMatrix(o) {
  const cells = [];
  const head = el('tr', {}, [
    el('th', { scope: 'col', text: 'true ↓ read →' }),
    ...Array.from({ length: CLASSES }, (_, k) => el('th', { scope: 'col', text: String(k) })),
  ]);
  const body = Array.from({ length: CLASSES }, (_, truth) =>
    el('tr', {}, [
      el('th', { scope: 'row', text: String(truth) }),
      ...Array.from({ length: CLASSES }, (_, reading) => {
        const button = el('button', {
          type: 'button',
          class: `layout-root ${truth === reading ? 'right' : 'wrong'}`,
        });
        button.addEventListener('click', () => o.onCell(truth, reading));
        cells.push(button);
        return el('td', {}, [button]);
      }),
    ]),
  );
  const caption = el('caption', { text: captionFor(null) });
  const table = el('table', { class: 'confusion' }, [
    caption,
    el('thead', {}, [head]),
    el('tbody', {}, body),
  ]);
  const listBox = el('div', { class: 'cell-digits', 'aria-live': 'polite' });
  const root = el('div', { class: 'confusion-box' }, [table, listBox]);
  const written = cells.map(() => undefined); // the count each button shows (null: none yet)
  let pending = null; // the counts being written
  let row = 0; // the first row of `pending` not written yet
  return {
    root,
    show(counts, epoch) {
      if (counts !== pending) {
        pending = counts;
        row = 0;
        setText(caption, captionFor(counts ? epoch : null));
      }
      const end = counts ? Math.min(CLASSES, row + ROWS_A_CALL) : CLASSES;
      for (let i = row * CLASSES; i < end * CLASSES; i++) {
        const n = counts ? counts[i] : null;
        if (n === written[i]) continue;
        written[i] = n;
        const button = cells[i];
        setText(button, counts ? String(n) : '·');
        button.disabled = !counts || n === 0;
        button.classList.toggle('empty', n === 0);
        const cell = `test digits that are ${Math.floor(i / CLASSES)} read as ${i % CLASSES}`;
        button.setAttribute('aria-label', counts ? `${n} ${cell}` : `No count yet of ${cell}`);
      }
      row = end;
      // Busy (for a screen reader, and a test) while some rows still hold the last counts.
      table.ariaBusy = row < CLASSES ? 'true' : null;
      return row < CLASSES;
    },
    list(element) {
      listBox.replaceChildren(element);
    },
  };
}
