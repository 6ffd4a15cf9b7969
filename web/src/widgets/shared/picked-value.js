// A value the reader picked on a plot (a click, a drag, an arrow key), as an attribute keeps
// it: inside the plot's range and rounded to 0.01, so the embed code stays short. Shared by
// <nn-loss> (the surface's two weights), <nn-descent> (the ball's start) and <nn-activation>
// (the marker's z).

/** value clamped to [lo, hi], then rounded to two decimals: 3.14159 -> 3.14. */
export function pickedValue(value, [lo, hi]) {
  return Math.round(Math.min(hi, Math.max(lo, value)) * 100) / 100;
}
