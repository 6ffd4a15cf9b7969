// Rows of small test-digit pictures, each a button that opens the digit in the reading panel
// (its 28 x 28 input and the ten outputs). Used by the confusion matrix and the misread gallery.

import { paintDigit } from '../../render/digit-image.js';
import { el } from '../../render/dom.js';
import { PIXELS } from './digits-format.js';

const SHOWN = 20;

/**
 * indices: test-digit numbers; test: { pixels, labels }; caption(i) -> text; table: inkTable.
 * onOpen(i) is called when one is pressed. Returns the list element.
 */
export function thumbnails(indices, { test, caption, table, onOpen }) {
  const items = indices.slice(0, SHOWN).map((i) => {
    const canvas = el('canvas', { class: 'digit', width: 28, height: 28 });
    paintDigit(canvas, test.pixels.subarray(i * PIXELS, (i + 1) * PIXELS), table);
    const words = caption(i);
    const button = el(
      'button',
      { type: 'button', class: 'thumb', 'aria-label': words, title: words },
      [canvas, el('span', { text: words })],
    );
    button.addEventListener('click', () => onOpen(i));
    return el('li', {}, [button]);
  });
  const more =
    indices.length > SHOWN
      ? [el('li', { class: 'more', text: `and ${indices.length - SHOWN} more` })]
      : [];
  return el('ul', { class: 'thumbs' }, [...items, ...more]);
}
