// The race's paths on a 2-D slice of the loss surface: the loss over two chosen parameters with
// every other parameter held at the first weights (shared by all four runs), from the core's
// loss over a 32 × 32 grid, and each run's path through those two parameters step by step.
// The slice is the real loss only at the start: the caption says so. The grid is computed in
// the race's worker (slice-grid.js: the span doubles when a path leaves it), and painted there
// on the surface canvas, handed over to it (slice-surface.js); the last complete one stays on
// screen while a new one is made. Here: the paths over it, the menus and the words.

import { prepareCanvas } from '../../render/canvas.js';
import { el, setText } from '../../render/dom.js';
import { drawLossPaths, surfaceScales } from '../../render/loss-surface.js';
import { parameterName } from '../shared/notation.js';
import { flatIndex } from '../shared/weights-attribute.js';
import { parameterMenu } from './parameter-menu.js';
import { RUNS } from './rules.js';
import { sliceWhat } from './slice-grid.js';

/**
 * o: { level (of its heading), onChange(k, "l:i"): a menu changed parameter k of the two,
 *   onSurface(canvas): hands the surface canvas to whoever paints it }
 */
export function raceSlice(o) {
  // The surface is painted by the worker; the paths above it here, every time.
  const surface = el('canvas', { class: 'slice-surface', 'aria-hidden': 'true' });
  o.onSurface(surface);
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
  // Each run's path through the two parameters, kept and extended step by step (not rebuilt
  // every frame: 4 × steps small arrays): { key (the race and the two indices), points }.
  let kept = { key: '', points: [] };
  const followPaths = (session, at) => {
    const key = `${session.race} ${at}`;
    if (kept.key !== key) kept = { key, points: session.runs.map(() => []) };
    session.runs.forEach((run, k) => {
      const points = kept.points[k];
      for (let s = points.length; s < run.params.length; s++) {
        points.push(at.map((i) => run.params[s][i]));
      }
    });
    return kept.points;
  };
  let drawn = { look: '', grid: null }; // the look sent to the painter, the grid last drawn over
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

  return {
    root,
    /** True when the worker has painted a grid the paths were not drawn over yet. */
    behind(session) {
      return session.slice !== null && drawn.grid !== session.slice;
    },
    /**
     * refs: the two parameters [[layer, index], …]; paint: draw the paths now (else only a
     * surface grid that has come since the last drawing).
     */
    draw(session, refs, colors, font, paint = true) {
      const shown = session.slice;
      if (!paint && (!shown || drawn.grid === shown)) return;
      const shape = session.shape;
      menus.forEach((m, k) => m.set(shape, refs[k].join(':')));
      const width = canvas.clientWidth;
      const names = refs.map(([l, j]) => parameterName(shape, l, j));
      describe(shape, refs, names);
      if (width === 0) return;
      const ratio = globalThis.devicePixelRatio || 1;
      const look = { width, ratio, colors, font, xTitle: names[0], yTitle: names[1] };
      const key = JSON.stringify(look);
      if (key !== drawn.look) session.look(look);
      drawn = { look: key, grid: shown };
      const ctx = prepareCanvas(canvas, width, width);
      // The first grid of a new race or pair of parameters is still being computed: no paths.
      if (shown?.what !== sliceWhat(session.race, refs)) return;
      const scales = surfaceScales({ ...shown, width, height: width });
      const paths = followPaths(
        session,
        refs.map(([l, j]) => flatIndex(shape, l, j)),
      );
      const runs = paths.map((points, k) => ({
        points,
        color: colors[RUNS[k].color],
        dash: RUNS[k].dash,
      }));
      drawLossPaths(ctx, scales, runs, colors);
    },
  };
}
