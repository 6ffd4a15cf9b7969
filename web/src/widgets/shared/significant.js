// Prints a computed number to a few significant digits for readers: a true minus sign, and a
// power of ten for tiny values (2.6 × 10⁻¹⁰) instead of a row of zeros. Printing only: the
// numbers themselves come from the core.

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

/** −0.025059 -> "−0.02506"; 1e-10 -> "1 × 10⁻¹⁰"; 0 -> "0"; non-finite -> "—". */
export function showSignificant(value, digits = 4) {
  if (!Number.isFinite(value)) return '—';
  const rounded = Number(value.toPrecision(digits));
  if (rounded === 0) return '0';
  const size = Math.abs(rounded);
  if (size >= 1e-4 && size < 1e6) return String(rounded).replace('-', '−');
  const [mantissa, exponent] = rounded.toExponential(digits - 1).split('e');
  return timesTenTo(String(Number(mantissa)).replace('-', '−'), exponent);
}

/** A printed mantissa times a power of ten: ("−3.41", "+7") -> "−3.41 × 10⁷". */
export function timesTenTo(mantissa, exponent) {
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c]);
  return `${mantissa} × 10${power}`;
}

/** The same, wrapped in brackets when negative, for a factor in a written-out product. */
export function showFactor(value, digits = 4) {
  const text = showSignificant(value, digits);
  return value < 0 && text !== '0' ? `(${text})` : text;
}

/** 0.975 -> "97.5%", 1 -> "100%"; non-finite -> "—". */
export function showPercent(value) {
  if (!Number.isFinite(value)) return '—';
  return `${Number((value * 100).toFixed(1))}%`;
}
