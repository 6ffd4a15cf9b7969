// A confusion matrix cell's list: the test digits that are `truth`, read as `reading`, as one
// strip of pictures painted at once (one reader's action, not a slice of a frame).

import { el } from '../../render/dom.js';
import { cellDigits } from './results.js';
import { thumbnailStrip } from './thumbnails.js';

/**
 * test: { pixels, labels } the test digits; results: readResults' { read, misread, counts };
 * table(): the grey levels' colours; onOpen(i): a picture's click. Returns the list's element.
 */
export function cellList({ test, results, table, onOpen }, truth, reading) {
  const indices = cellDigits(results, test.labels, truth, reading);
  const strip = thumbnailStrip({ table, onOpen });
  strip.show(test, indices, (i) => `test digit ${i + 1}`);
  strip.paint(Infinity);
  return el('div', {}, [
    el('p', { text: `${indices.length} test digits that are ${truth}, read as ${reading}:` }),
    strip.root,
  ]);
}
