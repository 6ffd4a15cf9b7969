// The race's paths on a 2-D slice of the loss surface: the loss over two chosen parameters with
// every other parameter held at the first weights (shared by all four runs), from the core's
// loss over a 32 × 32 grid, and each run's path through those two parameters step by step.
// The slice is the real loss only at the start: the caption says so. The span doubles when a
// path leaves it, and the grid is computed again only then or when the setup changes, a few
// milliseconds a frame (the last complete grid stays on screen meanwhile).

import { prepareCanvas } from '../../render/canvas.js';
import { el, setText } from '../../render/dom.js';
import { drawLossPaths, drawLossSurface } from '../../render/loss-surface.js';
import { emptyGrid, fillLossGrid } from '../shared/loss-grid.js';
import { parameterName } from '../shared/notation.js';
import { flatIndex, toParameters } from '../shared/weights-attribute.js';
import { parameterMenu } from './parameter-menu.js';
import { RUNS } from './rules.js';

const GRID = 32;
const FILL_MS = 5; // computing a new grid, per frame

/** o: { level (of its heading), onChange(k, "l:i"): a menu changed parameter k of the two } */
export function raceSlice(o) {
  // The surface is drawn when its grid, size or colours change; the paths above it every time.
  const surface = el('canvas', { class: 'slice-surface', 'aria-hidden': 'true' });
  const canvas = el('canvas', {
    class: 'slice-paths',
    role: 'img',
    'aria-label': "The four runs' paths on a slice of the loss surface",
  });
  const caption = el('figcaption');
  const menus = ['across', 'up'].map((label, k) =>
    parameterMenu({
      id: `slice-${label}`,
      label: `Slice ${label}`,
      onChange: (value) => o.onChange(k, value),
    }),
  );
  const root = el('figure', { class: 'panel slice' }, [
    el(`h${o.level}`, { text: 'Paths on a slice of the loss surface' }),
    el(
      'div',
      { class: 'menus' },
      menus.map((m) => m.root),
    ),
    el('div', { class: 'slice-plot' }, [surface, canvas]),
    caption,
  ]);
  let drawn = { key: '', scales: null }; // the surface canvas now
  /** The canvas's label and the caption: what the slice is, whether or not it is drawn yet. */
  const describe = (shape, refs, names) => {
    const words = refs.map(([l, j]) => parameterName(shape, l, j, 'words'));
    canvas.setAttribute(
      'aria-label',
      `The four runs' paths over ${words[0]} and ${words[1]}, on the loss with every other parameter at its first value`,
    );
    setText(
      caption,
      `The loss over ${names[0]} (across) and ${names[1]} (up), every other weight and bias held at its first value, the same for all four runs; the stronger the colour, the higher the loss. Each line is one run's two values, step by step, ending in a dot. Off the start, the colour under a run is not its loss: its other weights have moved too.`,
    );
  };
  let shown = null; // the last complete grid: { key, grid, xDomain, yDomain }
  let next = null; // the one being computed, the same with its pair of refs and `size`
  let span = 1;
  let setup = -1;

  return {
    root,
    /**
     * refs: the two parameters [[layer, index], …]; race: changes with a new race; paint: draw
     * the paths now (else only go on computing a grid). Returns whether a grid is still being
     * computed (call again next frame).
     */
    draw(session, refs, race, colors, font, paint = true) {
      const shape = session.shape;
      const first = session.runs[0].params[0];
      const fill = () => {
        const { X } = session.data;
        const until = performance.now() + FILL_MS;
        const { size, grid, pair } = next;
        const done = fillLossGrid(session.start, shape, X, session.Y, pair, size, grid, until);
        session.start.setParameters(toParameters(shape, first));
        if (done) [shown, next] = [next, null];
      };
      if (!paint) {
        if (next) fill();
        return next !== null;
      }
      menus.forEach((m, k) => m.set(shape, refs[k].join(':')));
      const at = refs.map(([l, j]) => flatIndex(shape, l, j));
      const centre = at.map((i) => first[i]);
      const paths = session.runs.map((run) => run.params.map((p) => at.map((i) => p[i])));
      if (setup !== race) [setup, span] = [race, 1];
      const far = Math.max(
        ...paths.flat().map((p) => Math.max(...p.map((v, k) => Math.abs(v - centre[k])))),
      );
      while (far > span * 0.9) span *= 2;
      const what = JSON.stringify([race, refs]); // what the loss depends on, besides the span
      const key = `${what} ${span}`;
      if (next?.key !== key && shown?.key !== key) {
        const [xDomain, yDomain] = centre.map((c) => [c - span, c + span]);
        const size = { xDomain, yDomain, size: GRID };
        next = { key, what, pair: refs, grid: emptyGrid(GRID), xDomain, yDomain, size };
      }
      if (next?.key === key) fill();
      const width = canvas.clientWidth;
      const names = refs.map(([l, j]) => parameterName(shape, l, j));
      describe(shape, refs, names);
      if (width === 0) return next !== null;
      if (shown?.what !== what) {
        // The first grid of a new race or pair of parameters is still being computed: blank.
        prepareCanvas(canvas, width, width);
        prepareCanvas(surface, width, width);
        drawn = { key: '', scales: null };
        return true;
      }
      const look = `${shown.key} ${width} ${colors.bg} ${colors.accent} ${colors.fg} ${font}`;
      if (drawn.key !== look) {
        const scales = drawLossSurface(prepareCanvas(surface, width, width), {
          width,
          height: width,
          grid: shown.grid,
          xDomain: shown.xDomain,
          yDomain: shown.yDomain,
          colors,
          font,
          xTitle: names[0],
          yTitle: names[1],
        });
        drawn = { key: look, scales };
      }
      const runs = paths.map((points, k) => ({
        points,
        color: colors[RUNS[k].color],
        dash: RUNS[k].dash,
      }));
      drawLossPaths(prepareCanvas(canvas, width, width), drawn.scales, runs, colors);
      return next !== null;
    },
  };
}
