// The core's error messages as a reader of the JS API sees them. The core names its own
// functions and parameters (Network, set_weight, learning_rate); JS_NAMES, the one table of the
// words that differ, turns them into the facade's (createNetwork, setWeight, learningRate). The
// core carries each finite number as a token of its exact bits (\u0001 + 16 hex digits +
// \u0001, validate.hpp's format_number); this module writes it as the shortest printf "%.*g"
// text that reads back as the same double: 1.19, -0.1, 10, 1e+09, 0.30000000000000004.
// Does not: touch a quoted name (a caller's text), or any other word.

/** Core word -> facade word: the function a message starts with, and snake_case parameters. */
export const JS_NAMES = new Map([
  ['Network', 'createNetwork'],
  ['set_weight', 'setWeight'],
  ['set_bias', 'setBias'],
  ['set_parameters', 'setParameters'],
  ['gradient_check', 'gradientCheck'],
  ['make_dataset', 'makeDataset'],
  ['test_fraction', 'testFraction'],
  ['batch_size', 'batchSize'],
  ['learning_rate', 'learningRate'],
  ['set_weights', 'setWeights'],
  ['weighted_sum', 'weightedSum'],
  ['train_sample', 'trainSample'],
  ['train_epoch', 'trainEpoch'],
]);

// The function a message starts with; and, after it, a quoted caller's text (left alone) or a
// snake_case word. Messages are short (the core cuts a caller's text at 40 bytes).
const WHERE = /^[A-Za-z_]+(?=: )/;
const WORD = /"[^"]*"|\b[a-z]+(?:_[a-z]+)+\b/g;
const jsName = (word) => JS_NAMES.get(word) ?? word;

// A control character marks the token, so no ordinary text looks like one (the core turns the
// mark into '?' in any text a caller gave it).
// eslint-disable-next-line no-control-regex
const TOKEN = /\u0001([0-9a-f]{16})\u0001/g;

/** printf's "%.{p}g" of a finite v (1 <= p <= 17), trailing zeros dropped. */
function formatG(v, p) {
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  const [digits, exponent] = Math.abs(v)
    .toExponential(p - 1)
    .split('e');
  const x = Number(exponent);
  const trim = (text) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text);
  if (x < -4 || x >= p)
    return `${sign}${trim(digits)}e${x < 0 ? '-' : '+'}${String(Math.abs(x)).padStart(2, '0')}`;
  return sign + trim(Math.abs(v).toFixed(p - 1 - x));
}

/** The shortest "%.*g" text of v that reads back as v (ties: the smaller precision). */
export function formatNumber(v) {
  if (!Number.isFinite(v)) return String(v); // NaN, Infinity, -Infinity
  let best = null;
  for (let p = 1; p <= 17; p++) {
    const text = formatG(v, p);
    if (Number(text) === v && (best === null || text.length < best.length)) best = text;
  }
  return best;
}

/** The double a token's 16 hex digits carry. */
function tokenValue(hex) {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

/** A core message in the facade's words, its number tokens written out. */
export function coreMessage(text) {
  return text
    .replace(TOKEN, (_, hex) => formatNumber(tokenValue(hex)))
    .replace(WHERE, jsName)
    .replace(WORD, jsName);
}
