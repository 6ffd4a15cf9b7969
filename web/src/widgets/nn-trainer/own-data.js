// Data sets made in the page rather than by the core's makeDataset: points sampled under a
// reader's formula (formula.js) and rows read from a CSV (csv.js), shaped as makeDataset returns
// them ({ name, X, labels, classes, Xtest, labelsTest, domain }) so the trainer and the drawing
// take them unchanged. The core's datasets are seeded by its own PRNG; these, made only here,
// by mulberry32 below, so a seed gives the same points on every load.

/** The plane a formula is sampled on: x1 and x2 from -1 to 1. */
export const FORMULA_DOMAIN = [-1, 1, -1, 1];
/** Noise 1 moves a point by a normal draw of this standard deviation (a tenth of the plane). */
const NOISE_SCALE = 0.2;
const TRIES_PER_SAMPLE = 20; // draws allowed per kept point where the formula is NaN

/** A seeded generator of uniform numbers in [0, 1) (mulberry32: 32-bit state, period 2^32). */
export function uniformSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw from two uniform ones (Box-Muller). */
function normal(uniform) {
  const u = 1 - uniform(); // (0, 1]: log(u) is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}

/**
 * The rows (x₁, x₂ pairs and labels) split into a training and a held-out test part: a seeded
 * shuffle, then the last round(testFraction × n) rows are the test set.
 */
function split(xs, labels, testFraction, uniform) {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const tests = Math.round(testFraction * n);
  const part = (rows) => ({
    X: {
      rows: rows.length,
      cols: 2,
      data: Float64Array.from(rows.flatMap((i) => [xs[2 * i], xs[2 * i + 1]])),
    },
    labels: Int32Array.from(rows, (i) => labels[i]),
  });
  const train = part(order.slice(0, n - tests));
  const test = part(order.slice(n - tests));
  return { X: train.X, labels: train.labels, Xtest: test.X, labelsTest: test.labels };
}

/**
 * Samples points uniformly on FORMULA_DOMAIN; a point's class is 1 where evaluate(x₁, x₂) > 0
 * (a true comparison is 1), else 0; points where it is NaN are drawn again. Noise then moves
 * each point by noise × NOISE_SCALE × a normal draw per coordinate (its class stays).
 * Returns { ok: true, data } or { ok: false, message } when the formula is NaN everywhere or
 * gives one class only.
 */
export function formulaData(evaluate, { samples, noise, testFraction, seed }) {
  const uniform = uniformSource(seed);
  const [x0, x1, y0, y1] = FORMULA_DOMAIN;
  const xs = [];
  const labels = [];
  for (let tries = 0; labels.length < samples && tries < samples * TRIES_PER_SAMPLE; tries++) {
    const a = x0 + (x1 - x0) * uniform();
    const c = y0 + (y1 - y0) * uniform();
    const value = evaluate(a, c);
    if (Number.isNaN(value)) continue;
    labels.push(value > 0 ? 1 : 0);
    xs.push(a + noise * NOISE_SCALE * normal(uniform), c + noise * NOISE_SCALE * normal(uniform));
  }
  if (labels.length < samples) {
    return {
      ok: false,
      message: 'it is NaN (not a number) almost everywhere on the plane from -1 to 1',
    };
  }
  const ones = labels.reduce((sum, l) => sum + l, 0);
  if (ones === 0 || ones === labels.length) {
    const which = ones === 0 ? 'false (class 0)' : 'true (class 1)';
    return {
      ok: false,
      message: `it is ${which} at all ${samples} points on the plane from -1 to 1: a data set needs both classes`,
    };
  }
  const data = split(xs, labels, testFraction, uniform);
  return { ok: true, data: { name: 'formula', classes: 2, domain: [...FORMULA_DOMAIN], ...data } };
}

/** The padding around CSV rows in the plot: a tenth of their range on each side (0.5 if flat). */
function padded(lo, hi) {
  const pad = hi > lo ? (hi - lo) / 10 : 0.5;
  return [lo - pad, hi + pad];
}

/**
 * A data set from rows [x₁, x₂, class, …] (csv.js's result, checked there), split with the seed.
 */
export function csvData(rows, classes, { testFraction, seed }) {
  const n = rows.length / 3;
  const xs = new Float64Array(2 * n);
  const labels = new Int32Array(n);
  const bounds = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const [a, c] = [rows[3 * i], rows[3 * i + 1]];
    [xs[2 * i], xs[2 * i + 1], labels[i]] = [a, c, rows[3 * i + 2]];
    bounds[0] = Math.min(bounds[0], a);
    bounds[1] = Math.max(bounds[1], a);
    bounds[2] = Math.min(bounds[2], c);
    bounds[3] = Math.max(bounds[3], c);
  }
  const domain = [...padded(bounds[0], bounds[1]), ...padded(bounds[2], bounds[3])];
  return { name: 'csv', classes, domain, ...split(xs, labels, testFraction, uniformSource(seed)) };
}
