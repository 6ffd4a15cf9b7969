// A computed result for reading when it may be huge or tiny (a loss that explodes, a gradient
// that vanishes): 4 decimals in the everyday range, else a power of ten, "−3.41 × 10⁷".

import { showFixed } from './format.js';

const SUPERSCRIPT = {
  '-': '⁻',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};

export function showValue(value) {
  const size = Math.abs(value);
  if (value === 0 || (size >= 1e-3 && size < 1e5)) return showFixed(value);
  const [mantissa, power] = value.toExponential(2).split('e');
  const sup = [...power.replace('+', '')].map((c) => SUPERSCRIPT[c]).join('');
  return `${mantissa.replace('-', '−')} × 10${sup}`;
}
