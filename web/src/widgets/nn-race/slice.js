// The race's paths on a 2-D slice of the loss surface: the loss over two chosen parameters with
// every other parameter held at the first weights (shared by all four runs), from the core's
// loss over a 32 × 32 grid, and each run's path through those two parameters step by step.
// The slice is the real loss only at the start: the caption says so. The span doubles when a
// path leaves it, and the grid is computed again only then or when the setup changes.

import { prepareCanvas } from '../../render/canvas.js';
import { el, setText } from '../../render/dom.js';
import { drawLossSurface } from '../../render/loss-surface.js';
import { lossGrid } from '../shared/loss-grid.js';
import { parameterName } from '../shared/notation.js';
import { flatIndex, toParameters } from '../shared/weights-attribute.js';
import { parameterMenu } from './parameter-menu.js';
import { RUNS } from './rules.js';

const GRID = 32;

/** o: { level (of its heading), onChange(k, "l:i"): a menu changed parameter k of the two } */
export function raceSlice(o) {
  const canvas = el('canvas', { class: 'slice-canvas', role: 'img' });
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
    canvas,
    caption,
  ]);
  let cache = { key: '', grid: null };
  let span = 1;
  let setup = -1;

  return {
    root,
    /** refs: the two parameters [[layer, index], …]; setupVersion: changes with a new race. */
    draw(session, refs, setupVersion, colors, font) {
      const shape = session.shape;
      menus.forEach((m, k) => m.set(shape, refs[k].join(':')));
      const at = refs.map(([l, j]) => flatIndex(shape, l, j));
      const first = session.runs[0].params[0];
      const centre = at.map((i) => first[i]);
      const paths = session.runs.map((run) => run.params.map((p) => at.map((i) => p[i])));
      if (setup !== setupVersion) [setup, span] = [setupVersion, 1];
      const far = Math.max(
        ...paths.flat().map((p) => Math.max(...p.map((v, k) => Math.abs(v - centre[k])))),
      );
      while (far > span * 0.9) span *= 2;
      const [xDomain, yDomain] = centre.map((c) => [c - span, c + span]);
      const key = JSON.stringify([setupVersion, refs, span]);
      if (cache.key !== key) {
        const { X } = session.data;
        const size = { xDomain, yDomain, size: GRID };
        cache = { key, grid: lossGrid(session.start, shape, X, session.Y, refs, size) };
        session.start.setParameters(toParameters(shape, first));
      }
      const width = canvas.clientWidth;
      if (width === 0) return;
      const names = refs.map(([l, j]) => parameterName(shape, l, j));
      drawLossSurface(prepareCanvas(canvas, width, width), {
        width,
        height: width,
        grid: cache.grid,
        xDomain,
        yDomain,
        paths: paths.map((points, k) => ({
          points,
          color: colors[RUNS[k].color],
          dash: RUNS[k].dash,
        })),
        colors,
        font,
        xTitle: names[0],
        yTitle: names[1],
      });
      const words = refs.map(([l, j]) => parameterName(shape, l, j, 'words'));
      canvas.setAttribute(
        'aria-label',
        `The four runs' paths over ${words[0]} and ${words[1]}, on the loss with every other parameter at its first value`,
      );
      setText(
        caption,
        `The loss over ${names[0]} (across) and ${names[1]} (up), every other weight and bias held at its first value, the same for all four runs. Each line is one run's two values, step by step, ending in a dot. Off the start, the colour under a run is not its loss: its other weights have moved too.`,
      );
    },
  };
}
