// Rows of small test-digit pictures, each a button that opens the digit in the reading panel
// (its 28 x 28 input and the ten outputs). Used by the confusion matrix and the misread gallery.
// A strip is made once and shown again with new digits: its buttons are kept (one is made only
// when the list grows, removed when it shrinks), and only the items whose digit changed get
// their words and picture, a few at a time (paint(k)), so an epoch's new gallery costs each
// frame a few items rather than one frame all twenty.

import { paintDigit } from '../../render/digit-image.js';
import { el, setText } from '../../render/dom.js';
import { PIXELS } from './digits-format.js';

const SHOWN = 20;

/**
 * test: { pixels, labels }; table() -> the inkTable to paint with; onOpen(i) is called with the test-digit number of
 * a pressed picture. Returns { root (the list), show(indices, caption(i) -> text), paint(k) ->
 * whether items still wait for their words or picture }.
 */
export function thumbnailStrip({ test, table, onOpen }) {
  const root = el('ul', { class: 'thumbs' });
  const more = el('li', { class: 'more' });
  const items = []; // { li, button, canvas, words, digit, caption, painted, title }
  let waiting = []; // items whose picture or words are not their digit's yet

  const make = () => {
    const canvas = el('canvas', { class: 'digit', width: 28, height: 28 });
    const words = el('span');
    const button = el('button', { type: 'button', class: 'thumb' }, [canvas, words]);
    // digit: the test digit it stands for; caption: its words; painted, title: the digit and the
    // words on the page (the two differ while it waits its turn in paint())
    const li = el('li', {}, [button]);
    const item = { li, button, canvas, words, digit: -1, caption: '', painted: -1, title: null };
    button.addEventListener('click', () => onOpen(item.digit));
    return item;
  };

  return {
    root,
    show(indices, caption) {
      const count = Math.min(SHOWN, indices.length);
      while (items.length < count) items.push(make());
      for (const item of items.splice(count)) item.li.remove();
      items.forEach((item, j) => {
        item.digit = indices[j];
        item.caption = caption(item.digit);
        if (!item.li.isConnected) root.insertBefore(item.li, more.isConnected ? more : null);
      });
      waiting = items.filter((item) => item.painted !== item.digit || item.title !== item.caption);
      if (indices.length > SHOWN) {
        setText(more, `and ${indices.length - SHOWN} more`);
        if (!more.isConnected) root.append(more);
      } else more.remove();
    },
    paint(k) {
      for (const item of waiting.splice(0, k)) {
        const i = item.digit;
        if (item.title !== item.caption) {
          item.title = item.caption;
          setText(item.words, item.caption);
          item.button.title = item.caption;
          item.button.setAttribute('aria-label', item.caption);
        }
        if (item.painted !== i)
          paintDigit(item.canvas, test.pixels.subarray(i * PIXELS, (i + 1) * PIXELS), table());
        item.painted = i;
      }
      return waiting.length > 0;
    },
  };
}
