// The race's paths on a 2-D slice of the loss surface: the loss over two chosen parameters with
// every other parameter held at the first weights (shared by all four runs), from the core's
// loss over a 32 × 32 grid, and each run's path through those two parameters step by step.
// The slice is the real loss only at the start: the caption says so. The grid is computed in
// the race's worker (slice-grid.js: the span doubles when a path leaves it), and the surface
// and the paths are painted there (race-painter.js), on two canvases handed over to it; the
// last complete grid stays on screen while a new one is made. Here: the menus and the words.

import { el, setText } from '../../render/dom.js';
import { parameterName } from '../shared/notation.js';
import { parameterMenu } from './parameter-menu.js';

/** o: { level (of its heading), onChange(k, "l:i"): a menu changed parameter k of the two } */
export function raceSlice(o) {
  // The surface is painted when its grid changes, the paths above it every time.
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
    /** The canvases the painter paints: the surface and the paths above it. */
    canvases: { surface, paths: canvas },
    /**
     * The menus and words for refs, the two parameters [[layer, index], …]. Returns the axes'
     * names, for the painter's look.
     */
    show(session, refs) {
      const shape = session.shape;
      menus.forEach((m, k) => m.set(shape, refs[k].join(':')));
      const names = refs.map(([l, j]) => parameterName(shape, l, j));
      describe(shape, refs, names);
      return names;
    },
  };
}
