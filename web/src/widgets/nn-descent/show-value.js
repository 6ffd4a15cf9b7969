// A computed result for reading when it may be huge or tiny (a loss that explodes, a gradient
// that vanishes): 4 decimals in the everyday range, else a power of ten, "−3.41 × 10⁷".

import { showFixed } from '../shared/format.js';
import { timesTenTo } from '../shared/significant.js';

export function showValue(value) {
  const size = Math.abs(value);
  if (value === 0 || (size >= 1e-3 && size < 1e5)) return showFixed(value);
  const [mantissa, power] = value.toExponential(2).split('e');
  return timesTenTo(mantissa.replace('-', '−'), power);
}
