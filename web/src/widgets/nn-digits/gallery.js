// The gallery of misread test digits: how many of the test digits the network misreads, and the
// first of them as pictures a reader can open (thumbnails.js). Made once; each epoch's readings
// update it in place, its pictures a few a frame. Does not: decide which digits are misread.

import { el, setText } from '../../render/dom.js';
import { thumbnailStrip } from './thumbnails.js';

/** Pictures painted a call: the 20 shown take five frames, each a sliver of a frame's time. */
const A_FRAME = 4;

/** o: { table() -> inkTable, onOpen(i) }. Returns { root, show(misread, test) }. */
export function misreadGallery(o) {
  const root = el('div', { class: 'gallery' });
  let strip = null;
  let shownTest = null;
  let shownList = null; // the misread list the strip was last given
  return {
    root,
    /**
     * misread: test-digit numbers; test: { count, labels, pixels }. Shows their count and
     * buttons now and paints a few pictures; returns whether pictures still wait (call again:
     * the same list shown again changes nothing on the page).
     */
    show(misread, test) {
      if (test !== shownTest) {
        strip = thumbnailStrip({ test, ...o });
        [shownTest, shownList] = [test, null];
        root.replaceChildren(el('p'), strip.root);
      }
      // A new list is given to the strip once; the calls after it only paint what waits.
      if (misread !== shownList) {
        shownList = misread;
        setText(
          root.firstChild,
          `${misread.length} of ${test.count} test digits misread. Open one to see what the network read.`,
        );
        strip.show(misread, (i) => `a ${test.labels[i]} (test digit ${i + 1})`);
      }
      return strip.paint(A_FRAME);
    },
  };
}
