// Drawing primitives for the lesson pictures (lesson-pictures.mjs): SVG elements as strings, on a
// 120 × 80 canvas, with classes from one small stylesheet holding the site's palette in light and
// dark. Numbers are rounded to 0.1 so the files stay small. Does not: escape text (it draws none
// from outside this folder).

export const W = 120;
export const H = 80;
// The site's palette (tokens.css), light and dark: an <img> cannot read the page's variables.
export const STYLE = `.t{stroke:#1c2128}.m{stroke:#59606c}.a{stroke:#0068a3}.w{stroke:#b36b00}.g{stroke:#1a7f37}
.ft{fill:#1c2128}.fa{fill:#0068a3}.fw{fill:#b36b00}.fg{fill:#1a7f37}.fs{fill:#e3eef6}.fb{fill:#fff}
@media (prefers-color-scheme:dark){.t{stroke:#e6e9ed}.m{stroke:#a1aab6}.a{stroke:#6cbcf0}.w{stroke:#f0a848}
.g{stroke:#5cc97a}.ft{fill:#e6e9ed}.fa{fill:#6cbcf0}.fw{fill:#f0a848}.fg{fill:#5cc97a}.fs{fill:#1c3348}.fb{fill:#191d23}}`;

export const r1 = (v) => Math.round(v * 10) / 10;
export const line = (x1, y1, x2, y2, cls, extra = '') =>
  `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" class="${cls}"${extra}/>`;
export const dot = (x, y, r, cls, extra = '') =>
  `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" class="${cls}"${extra}/>`;
export const box = (x, y, w, h, cls) =>
  `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" class="${cls}"/>`;
/** A polyline through f(t) = [x, y] for `n` + 1 values of t from 0 to 1. */
export const curve = (f, cls, n = 40) =>
  `<polyline fill="none" class="${cls}" points="${Array.from({ length: n + 1 }, (_, i) =>
    f(i / n)
      .map(r1)
      .join(','),
  ).join(' ')}"/>`;
export const axes = (x0, y0, x1, y1) => line(x0, y0, x1, y0, 'm') + line(x0, y0, x0, y1, 'm');
export const sigmoid = (z) => 1 / (1 + Math.exp(-z));
/** Four points of a truth table on the unit square, filled where the target is 1. */
export const table = (targets) =>
  [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ]
    .map(([a, b], i) =>
      dot(36 + a * 48, 64 - b * 48, 5, targets[i] ? 'fa a' : 'fb a', ' stroke-width="2"'),
    )
    .join('');

/** A layered network diagram: units per layer, the edges first, then the units. */
export function network(layers, colour = () => 'm') {
  const at = (l, u) => [
    14 + (l * (W - 28)) / (layers.length - 1),
    H / 2 + (u - (layers[l] - 1) / 2) * 24,
  ];
  let edges = '';
  let units = '';
  layers.forEach((n, l) => {
    for (let u = 0; u < n; u++) {
      const [x, y] = at(l, u);
      if (l > 0)
        for (let v = 0; v < layers[l - 1]; v++)
          edges += line(...at(l - 1, v), x, y, colour(l, u, v));
      units += dot(x, y, 7, 'fb t');
    }
  });
  return edges + units;
}

/** A grid of rows × cols cells at (x, y), cells of size s; hi(r, c) picks shaded cells. */
export const grid = (x, y, rows, cols, s, hi = () => false) =>
  Array.from({ length: rows * cols }, (_, i) => {
    const [r, c] = [Math.floor(i / cols), i % cols];
    return box(x + c * s, y + r * s, s, s, `${hi(r, c) ? 'fs' : 'fb'} m`);
  }).join('');
