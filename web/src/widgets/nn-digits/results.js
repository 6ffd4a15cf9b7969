// What the test digits' outputs say, computed once per epoch on the page from the worker's
// copy of the outputs (2,000 x 10): each digit's reading and runner-up, the confusion matrix
// (row: the true digit, column: the reading) and the misread digits. Pure.

import { CLASSES } from './digits-format.js';

/** outputs: Float32Array(count x 10); labels: Uint8Array(count). */
export function readResults(outputs, labels) {
  const count = labels.length;
  const read = new Uint8Array(count);
  const second = new Uint8Array(count);
  const counts = new Int32Array(CLASSES * CLASSES);
  const misread = [];
  for (let i = 0; i < count; i++) {
    const row = outputs.subarray(i * CLASSES, (i + 1) * CLASSES);
    let [a, b] = row[0] >= row[1] ? [0, 1] : [1, 0];
    for (let k = 2; k < CLASSES; k++) {
      if (row[k] > row[a]) [a, b] = [k, a];
      else if (row[k] > row[b]) b = k;
    }
    read[i] = a;
    second[i] = b;
    counts[labels[i] * CLASSES + a] += 1;
    if (a !== labels[i]) misread.push(i);
  }
  return { read, second, counts, misread, outputs };
}

/** The test digits whose true label is `truth` and reading `reading`. */
export function cellDigits(results, labels, truth, reading) {
  const found = [];
  for (let i = 0; i < labels.length; i++)
    if (labels[i] === truth && results.read[i] === reading) found.push(i);
  return found;
}
