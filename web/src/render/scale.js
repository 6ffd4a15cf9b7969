// Maps data values to pixels and picks round tick values, for the canvas charts. Hand-written
// because the charts need only linear and log scales with a few ticks; no drawing here.

/** A linear map from domain [d0, d1] to range [r0, r1], with invert() and ticks(). */
export function linearScale([d0, d1], [r0, r1]) {
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = (value) => r0 + (value - d0) * k;
  scale.invert = (pixel) => d0 + (pixel - r0) / k;
  scale.ticks = (count = 5) => ticks(d0, d1, count);
  scale.domain = [d0, d1];
  return scale;
}

/** A base-10 log map for positive domains (loss curves); ticks are the powers of ten inside. */
export function logScale([d0, d1], [r0, r1]) {
  const inner = linearScale([Math.log10(d0), Math.log10(d1)], [r0, r1]);
  const scale = (value) => inner(Math.log10(value));
  scale.invert = (pixel) => 10 ** inner.invert(pixel);
  scale.ticks = () => {
    const powers = [];
    for (let p = Math.ceil(Math.log10(d0)); p <= Math.floor(Math.log10(d1)); p++)
      powers.push(10 ** p);
    return powers.length > 0 ? powers : [d0, d1];
  };
  scale.domain = [d0, d1];
  return scale;
}

/** About `count` round values (multiples of 1, 2 or 5 times a power of ten) in [lo, hi]. */
export function ticks(lo, hi, count = 5) {
  const step = tickStep(lo, hi, count);
  const first = Math.ceil(lo / step);
  const last = Math.floor(hi / step);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) =>
    Number(((first + i) * step).toPrecision(12)),
  );
}

/** [smallest, largest] of the finite values, or [NaN, NaN] when there are none. */
export function extent(values) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  return lo <= hi ? [lo, hi] : [NaN, NaN];
}

/** The extent with 6 % headroom, so a curve never runs along the frame; flat data gets ±1. */
export function paddedExtent(values) {
  const [lo, hi] = extent(values);
  if (!(hi > lo)) return Number.isFinite(lo) ? [lo - 1, hi + 1] : [-1, 1];
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

/** A short label for a tick, with a true minus sign: 0.25, −2, 1e-4. */
export function formatTick(value) {
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size >= 1e4 || size < 1e-3) return value.toExponential(0).replace('+', '');
  return String(Number(value.toPrecision(6))).replace('-', '\u2212');
}

function tickStep(lo, hi, count) {
  const raw = Math.abs(hi - lo) / Math.max(1, count) || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  return power * (ratio >= 7.07 ? 10 : ratio >= 3.16 ? 5 : ratio >= 1.41 ? 2 : 1);
}
