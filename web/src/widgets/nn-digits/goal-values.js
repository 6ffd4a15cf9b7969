// What <nn-digits>' goal (schema.js: accuracy, gap, found) is checked against, from the run's
// latest copy and the settings. Pure: no DOM, no state.

/**
 * values: the widget's settings; latest: the worker's merged copy ({ epoch, history }) or null;
 * found: how many test digits the reader has opened. Returns { accuracy, gap, found }.
 */
export function digitsGoalValues(values, latest, found) {
  const h = latest?.history;
  const test = h ? h.testAccuracy[h.testAccuracy.length - 1] : NaN;
  const train = h ? h.accuracy[h.accuracy.length - 1] : NaN;
  // The gap counts only for a finished run with dropout that reads 95 % of the test digits:
  // an untrained network has no gap either.
  const full = latest && latest.epoch >= values.epochs && values.dropout > 0;
  return { accuracy: test, gap: full && test >= 0.95 ? train - test : Infinity, found };
}
