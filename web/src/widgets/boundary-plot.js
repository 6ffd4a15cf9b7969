// The decision-boundary plot of <nn-trainer>: the network's output over the data set's domain
// as a heatmap (two classes: orange to blue through white at 0.5; three: the colour of the
// likeliest class, paler where it is less sure), the points on top, and a way to add a point:
// click or tap, or move a cursor with the arrow keys and press Enter. Drawing and input only.

import { prepareCanvas } from '../render/canvas.js';
import { drawClassPoints, drawCursor } from '../render/class-points.js';
import { divergingTable, heatmapPainter, tableIndex } from '../render/heatmap-image.js';
import { el } from './dom.js';

const INTENSITY = 0.62;
const CURSOR_STEPS = 24; // arrow-key moves across the domain

/** o: { onAdd(x₁, x₂) }. Returns { root, canvas, draw(state) }. */
export function boundaryPlot(o) {
  const canvas = el('canvas', {
    class: 'boundary',
    tabindex: 0,
    role: 'application',
    'aria-roledescription': 'plot',
    'aria-label':
      'Decision boundary with the data. Click to add a point of the chosen class, or move the cursor with the arrow keys and press Enter.',
  });
  const paint = heatmapPainter();
  let domain = [-1, 1, -1, 1];
  let cursor = null; // [x₁, x₂] while the plot has keyboard focus
  let redraw = () => {};

  const toData = (clientX, clientY) => {
    const box = canvas.getBoundingClientRect();
    const [x0, x1, y0, y1] = domain;
    const u = (clientX - box.left) / box.width;
    const v = (clientY - box.top) / box.height;
    return [x0 + u * (x1 - x0), y1 - v * (y1 - y0)];
  };
  canvas.addEventListener('click', (event) => o.onAdd(...toData(event.clientX, event.clientY)));
  canvas.addEventListener('focus', () => {
    cursor ??= [(domain[0] + domain[1]) / 2, (domain[2] + domain[3]) / 2];
    redraw();
  });
  canvas.addEventListener('blur', () => redraw());
  canvas.addEventListener('keydown', (event) => {
    const [x0, x1, y0, y1] = domain;
    const step = [(x1 - x0) / CURSOR_STEPS, (y1 - y0) / CURSOR_STEPS];
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (moves[event.key]) {
      const [dx, dy] = moves[event.key].map((d) => d * (event.shiftKey ? 4 : 1));
      cursor = [
        Math.min(x1, Math.max(x0, cursor[0] + dx * step[0])),
        Math.min(y1, Math.max(y0, cursor[1] + dy * step[1])),
      ];
      redraw();
    } else if (event.key === 'Enter' || event.key === ' ') o.onAdd(...cursor);
    else return;
    event.preventDefault();
  });

  return {
    canvas,
    /** The cursor's position, for the live text; null when the plot is not focused. */
    get cursor() {
      return canvas.getRootNode().activeElement === canvas ? cursor : null;
    },
    /**
     * state: { domain, grid: n, output: { rows, cols, data } over the grid (row 0 at the top),
     *   classes, X, labels, Xtest, labelsTest, colors (themeColors()), onRedraw }
     */
    draw(state) {
      domain = state.domain;
      redraw = state.onRedraw;
      const size = canvas.clientWidth;
      if (size === 0) return;
      const ctx = prepareCanvas(canvas, size, size);
      const c = state.colors;
      paint(ctx, {
        rows: state.grid,
        cols: state.grid,
        width: size,
        height: size,
        rgb: cellColor(ctx, state),
      });
      const [x0, x1, y0, y1] = domain;
      const px = (x) => ((x - x0) / (x1 - x0)) * size;
      const py = (y) => ((y1 - y) / (y1 - y0)) * size;
      const mark = (X, labels, test) =>
        drawClassPoints(ctx, {
          x: Array.from({ length: X.rows }, (_, i) => px(X.data[2 * i])),
          y: Array.from({ length: X.rows }, (_, i) => py(X.data[2 * i + 1])),
          labels,
          test: test ? labels.map(() => true) : null,
          colors: [c.neg, c.pos, c.third],
          fg: c.fg,
          bg: c.bg,
          size: Math.max(3.5, Math.min(6, size / 70)),
        });
      mark(state.X, state.labels, false);
      if (state.Xtest?.rows > 0) mark(state.Xtest, Array.from(state.labelsTest), true);
      const here = this.cursor;
      if (here) drawCursor(ctx, px(here[0]), py(here[1]), c);
    },
  };
}

/** (i, out) -> the colour of grid cell i, from the output matrix. */
function cellColor(ctx, { output, classes, colors }) {
  if (classes === 2) {
    const table = divergingTable(ctx, colors, INTENSITY);
    return (i, out) => {
      const k = tableIndex(2 * output.data[i] - 1) * 3;
      out.set(table.subarray(k, k + 3));
    };
  }
  const tables = [colors.neg, colors.pos, colors.third].map((color) =>
    divergingTable(ctx, { neg: colors.bg, bg: colors.bg, pos: color }, INTENSITY),
  );
  return (i, out) => {
    let best = 0;
    for (let k = 1; k < classes; k++) {
      if (output.data[i * classes + k] > output.data[i * classes + best]) best = k;
    }
    // Sure (p = 1) -> full colour; a three-way tie (p = 1/3) -> white.
    const sure = (output.data[i * classes + best] * classes - 1) / (classes - 1);
    const k = tableIndex(sure) * 3;
    out.set(tables[best].subarray(k, k + 3));
  };
}
