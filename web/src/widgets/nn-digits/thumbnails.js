// Rows of small test-digit pictures, each a button that opens the digit in the reading panel
// (its 28 x 28 input and the ten outputs). Used by the confusion matrix and the misread gallery.
// A strip is made once and shown again with new digits: its buttons are kept (one is made only
// when the list grows, removed when it shrinks), and only the items whose digit changed get
// their words and picture, a few at a time (paint(k)), so an epoch's new gallery costs each
// frame a few items rather than one frame all twenty. A strip that `reserves` its room holds its
// twenty cells from the start, those without a digit blank and inert (no button to reach, nothing
// for a screen reader), so its height never changes and the page below it never moves.
// The pictures are <img> from PNG addresses (digit-image.js pictureUrl): Chrome composites every
// painted canvas as a layer of its own, and twenty more layers made every frame of the page
// slower to put together.

import { paintDigit, pictureUrl } from '../../render/digit-image.js';
import { el, setText } from '../../render/dom.js';
import { PIXELS } from './digits-format.js';

const SHOWN = 20;

/**
 * table() -> the inkTable to paint with; onOpen(i) is called with the test-digit number of a
 * pressed picture; reserve: keep the twenty cells from the start. Returns { root (the list),
 * show(test, indices, caption(i) -> text) (test: { pixels, labels }), paint(k) -> whether items
 * still wait for their words or picture }.
 */
export function thumbnailStrip({ table, onOpen, reserve = false }) {
  const root = el('ul', { class: 'thumbs' });
  const more = el('li', { class: 'more' });
  const items = []; // { li, button, picture, words, digit, caption, painted, title }
  let waiting = []; // items whose picture or words are not their digit's yet
  let shownTest = null; // the test digits the pictures were painted from

  const make = () => {
    const picture = el('img', { class: 'digit', alt: '', width: 28, height: 28 });
    const words = el('span');
    const button = el('button', { type: 'button', class: 'thumb' }, [picture, words]);
    // digit: the test digit it stands for (-1: none, a blank cell); caption: its words;
    // painted, title: the digit and the words on the page (the two differ while it waits its
    // turn in paint())
    const li = el('li', {}, [button]);
    const item = { li, button, picture, words, digit: -1, caption: '', painted: -1, title: '' };
    button.addEventListener('click', () => item.digit >= 0 && onOpen(item.digit)); // not a blank
    root.insertBefore(li, more.isConnected ? more : null);
    items.push(item);
    return item;
  };
  const blank = (item) => {
    item.li.inert = true;
    item.picture.removeAttribute('src');
    Object.assign(item, { digit: -1, caption: '', painted: -1 });
  };
  if (reserve) while (items.length < SHOWN) blank(make());

  return {
    root,
    show(test, indices, caption) {
      if (test !== shownTest) for (const item of items) item.painted = -1;
      shownTest = test;
      const count = Math.min(SHOWN, indices.length);
      while (items.length < count) make();
      for (const item of items.slice(count)) {
        if (reserve) blank(item);
        else item.li.remove();
      }
      if (!reserve) items.length = count;
      items.slice(0, count).forEach((item, j) => {
        item.li.inert = false;
        item.digit = indices[j];
        item.caption = caption(item.digit);
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
        if (i >= 0 && item.painted !== i) {
          const pixels = shownTest.pixels.subarray(i * PIXELS, (i + 1) * PIXELS);
          item.picture.src = pictureUrl((canvas) => paintDigit(canvas, pixels, table()));
        }
        item.painted = i;
      }
      return waiting.length > 0;
    },
  };
}
