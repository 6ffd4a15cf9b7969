// What the test digits' readings say, from the worker's copies made at each epoch's end: the
// core's reading of each digit (net.predictClasses) and its confusion matrix
// (trainer.confusion('test'), row: the true digit, column: the reading). This keeps the misread
// digits and lists a matrix cell's digits. Pure: the core counts, this only looks things up.

/**
 * read: Int32Array(count), the core's readings; counts: the core's 10 x 10 matrix; epoch: the
 * epoch whose end they were read at.
 */
export function readResults(read, counts, labels, epoch) {
  const misread = [];
  for (let i = 0; i < labels.length; i++) if (read[i] !== labels[i]) misread.push(i);
  return { read, counts, misread, epoch };
}

/** The test digits whose true label is `truth` and reading `reading`. */
export function cellDigits(results, labels, truth, reading) {
  const found = [];
  for (let i = 0; i < labels.length; i++)
    if (labels[i] === truth && results.read[i] === reading) found.push(i);
  return found;
}
