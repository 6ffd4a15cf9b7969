// The gallery of misread test digits: how many of the test digits the network misreads, and the
// first of them as pictures a reader can open (thumbnails.js). Made once; each epoch's readings
// update it in place, its pictures a few a frame. Does not: decide which digits are misread.

import { el, setText } from '../../render/dom.js';
import { thumbnailStrip } from './thumbnails.js';

/** Pictures painted a call: the 20 shown take five frames, each a sliver of a frame's time. */
const A_FRAME = 4;

/** o: { table() -> inkTable, onOpen(i) }. Returns { root, show(results, test) }. */
export function misreadGallery(o) {
  // Its twenty cells from the start (blank until a reading), so a reading never moves the page.
  const strip = thumbnailStrip({ ...o, reserve: true });
  const words = el('p', {
    text: 'The test digits the network misreads appear here once the digits are loaded.',
  });
  const root = el('div', { class: 'gallery' }, [words, strip.root]);
  let shownList = null; // the misread list the strip was last given
  return {
    root,
    /**
     * results: readResults' { misread (test-digit numbers), epoch }; test: { count, labels,
     * pixels }. Shows their count and buttons now and paints a few pictures; returns whether
     * pictures still wait (call again: the same results shown again change nothing on the page).
     */
    show({ misread, epoch }, test) {
      // A new list is given to the strip once; the calls after it only paint what waits.
      if (misread !== shownList) {
        shownList = misread;
        setText(
          words,
          `${misread.length} of ${test.count} test digits misread after epoch ${epoch}. Open one to see what the network read.`,
        );
        strip.show(test, misread, (i) => `a ${test.labels[i]} (test digit ${i + 1})`);
      }
      // Busy (for a screen reader, and a test) while some pictures still show the last list.
      const more = strip.paint(A_FRAME);
      root.ariaBusy = more ? 'true' : null;
      return more;
    },
  };
}
