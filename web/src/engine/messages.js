// The core's error messages as a reader sees them. The core carries each finite number in a
// message as a token of its exact bits (\u0001 + 16 hex digits + \u0001, validate.hpp's
// format_number); this module writes it as the shortest printf "%.*g" text that reads back as
// the same double: 1.19, -0.1, 10, 1e+09, 0.30000000000000004.
// Does not: change anything else in a message.

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

/** A core message with its number tokens written out. */
export function coreMessage(text) {
  return text.replace(TOKEN, (_, hex) => formatNumber(tokenValue(hex)));
}
