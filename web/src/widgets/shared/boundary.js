// The decision-boundary plot of <nn-trainer> and <nn-race>: the network's output over the domain
// as a heatmap (two classes: orange to blue through white at 0.5; three: the colour of the
// likeliest class, paler where it is less sure), the points on top, and a way to add a point:
// click or tap, or move a cursor with the arrow keys and press Enter; axes x₁, x₂ and a colour
// scale around it (render/map-axes.js). Without onAdd, a picture only (<nn-race>'s small
// boundaries). Drawing and input only.

import { boxSize, prepareCanvas } from '../../render/canvas.js';
import { el } from '../../render/dom.js';
import { TABLE_STEPS, tableStops } from '../../render/heatmap.js';
import { mapAxes } from '../../render/map-axes.js';
import { drawClassPoints, drawCursor } from '../../render/point-marks.js';
import { unitName } from '../shared/notation.js';
import { cellTable, paintBoundaryCells } from './boundary-cells.js';

const CURSOR_STEPS = 24; // arrow-key moves across the domain

/**
 * o: { onAdd(x₁, x₂), onCursor(x₁, x₂) (the keyboard cursor moved) }, or { label } for a
 * picture that takes no input. Returns { root, canvas (the marks, which takes input), cells,
 * draw(state) }.
 */
export function boundaryPlot(o) {
  // The heatmap is a small canvas the page stretches; the points go on a full-size one above.
  const cells = el('canvas', { class: 'cells', 'aria-hidden': 'true' });
  const canvas = el(
    'canvas',
    o.onAdd
      ? {
          class: 'marks',
          tabindex: 0,
          role: 'application',
          'aria-roledescription': 'plot',
          'aria-label':
            'Decision boundary with the data. Click to add a point of the chosen class, or move the cursor with the arrow keys and press Enter.',
        }
      : { class: 'marks', role: 'img', 'aria-label': o.label },
  );
  let domain = [-1, 1, -1, 1];
  let cursor = null; // [x₁, x₂] while the plot has keyboard focus
  let redraw = () => {};
  let drawn = []; // what the marks canvas shows now

  const toData = (clientX, clientY) => {
    const box = canvas.getBoundingClientRect();
    const [x0, x1, y0, y1] = domain;
    const u = (clientX - box.left) / box.width;
    const v = (clientY - box.top) / box.height;
    return [x0 + u * (x1 - x0), y1 - v * (y1 - y0)];
  };
  canvas.addEventListener('click', (event) => o.onAdd?.(...toData(event.clientX, event.clientY)));
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
      o.onCursor(...cursor);
    } else if (event.key === 'Enter' || event.key === ' ') o.onAdd(...cursor);
    else return;
    event.preventDefault();
  });

  const axes = mapAxes(el('div', { class: 'boundary' }, [cells, canvas]));
  axes.root.classList.add('boundary-axes');

  return {
    root: axes.root,
    canvas,
    /** The cells' canvas (32 × 32 pixels, stretched): for a painter elsewhere. */
    cells,
    /** The cursor's position, for the live text; null when the plot is not focused. */
    get cursor() {
      return canvas.getRootNode().activeElement === canvas ? cursor : null;
    },
    /**
     * state: { domain, grid: n, output: { rows, cols, data } over the grid (row 0 at the top;
     *   without it the cells are left as they are: painted elsewhere), classes, X, labels,
     *   Xtest, labelsTest, colors (render/theme.js themeColors()), onRedraw }
     */
    draw(state) {
      domain = state.domain;
      redraw = state.onRedraw;
      const [size] = boxSize(canvas); // read without laying the page out
      if (size === 0) return;
      const table = cellTable(canvas.getContext('2d'), state.classes, state.colors);
      if (state.output) paintBoundaryCells(cells, table, state);
      axes.update(frame(state, table));
      // The marks change only with the data, the size, the colours or the cursor.
      const here = this.cursor;
      const marks = [state.X, state.Xtest, size, state.colors.fg, state.colors.pos, String(here)];
      if (marks.every((item, i) => item === drawn[i])) return;
      drawn = marks;
      const ctx = prepareCanvas(canvas, size, size);
      const c = state.colors;
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
      if (here) drawCursor(ctx, px(here[0]), py(here[1]), c);
    },
  };
}

/** mapAxes' update: the inputs x₁, x₂ over the domain, and what the colours mean. */
function frame({ domain: [x0, x1, y0, y1], classes }, table) {
  const inputs = [2, 1];
  const scale =
    classes === 2
      ? { name: 'output', domain: [0, 1], colors: tableStops(table) }
      : // Each class has its ramp; the scale shows class 1's, from a tie (1/3) to sure.
        {
          name: 'likeliest class, how sure',
          domain: [1 / 3, 1],
          colors: tableStops(table, 5, TABLE_STEPS * 1.5, TABLE_STEPS / 2),
        };
  return {
    x: { domain: [x0, x1], name: unitName(inputs, 0, 0) },
    y: { domain: [y0, y1], name: unitName(inputs, 0, 1) },
    scale,
  };
}
