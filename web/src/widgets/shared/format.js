// How widgets print numbers for readers: a true minus sign (−, not a hyphen), and either the
// shortest exact form (for values the reader set) or a fixed number of decimals (for results).

import { formatNumber } from '../base/attributes.js';

/** 0.5 -> "0.5", -2 -> "−2"; with bracket, negatives are wrapped: "(−2)", for products. */
export function showNumber(value, bracket = false) {
  const text = formatNumber(value).replace('-', '−');
  return bracket && value < 0 ? `(${text})` : text;
}

/** A result to a fixed number of decimals: 0.76674 -> "0.7667", -0.5 -> "−0.5000". */
export function showFixed(value, decimals = 4) {
  return value.toFixed(decimals).replace('-', '−');
}
