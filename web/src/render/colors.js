// The one palette of Neuron Lab, and the colour scales built on it. Okabe–Ito colours stay
// distinct for the common forms of colour blindness: blue means a positive value (or class 1),
// orange a negative value (or class 0), bluish green a third class. No drawing happens here.

export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
};

/** Theme colours; theme.js turns them into the --_* custom properties (a page sets --nl-*). */
export const themes = {
  light: {
    fg: '#1b1f24',
    bg: '#ffffff',
    muted: '#57606a',
    border: '#d0d7de',
    accent: okabeIto.blue,
    pos: okabeIto.blue,
    neg: okabeIto.orange,
    third: okabeIto.bluishGreen,
    good: '#1a7f37',
    bad: '#b3261e',
  },
  dark: {
    fg: '#e6edf3',
    bg: '#16191d',
    muted: '#9da7b3',
    border: '#3d444d',
    accent: okabeIto.skyBlue,
    pos: okabeIto.skyBlue,
    neg: okabeIto.orange,
    third: okabeIto.bluishGreen,
    good: '#56d364',
    bad: '#ff8a80',
  },
};

/** '#E69F00', '#e90' or 'rgb(230, 159, 0)' -> [230, 159, 0]; anything else -> null. */
export function parseColor(text) {
  const value = String(text).trim();
  let match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (match) {
    const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
    return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  }
  match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value);
  return match ? match.slice(1, 4).map(Number) : null;
}

/** [230, 159, 0] -> 'rgb(230 159 0)', for canvas fillStyle and SVG attributes. */
export function rgbString([r, g, b]) {
  return `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)})`;
}

/**
 * A colour scale for heatmaps. With a domain that spans zero (default [-1, 1]) it diverges:
 * negative -> middle at 0 -> positive. With a domain such as [0, 1] it runs middle -> positive.
 * Values outside the domain are clamped; a non-finite value gets the middle colour.
 * stops: { negative, middle, positive } as [r, g, b]. Returns value -> [r, g, b].
 */
export function colorScale(stops, domain = [-1, 1]) {
  const [lo, hi] = domain;
  const diverging = lo < 0 && hi > 0;
  return (value) => {
    if (!Number.isFinite(value)) return stops.middle;
    if (!diverging) return mix(stops.middle, stops.positive, clamp01((value - lo) / (hi - lo)));
    return value < 0
      ? mix(stops.middle, stops.negative, clamp01(value / lo))
      : mix(stops.middle, stops.positive, clamp01(value / hi));
  };
}

function clamp01(t) {
  return Math.min(1, Math.max(0, t));
}

function mix(a, b, t) {
  return [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t);
}
