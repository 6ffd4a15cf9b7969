// The race's four small decision boundaries, one per optimizer, each labelled with its name and
// its loss: the network's output over a 32 × 32 grid of the data's domain, computed and painted
// in the race's worker (race-painter.js) on the cells' canvases handed over to it; here
// shared/boundary.js draws the points and the axes around them.

import { el, setText } from '../../render/dom.js';
import { boundaryPlot } from '../shared/boundary.js';
import { showPercent } from '../shared/significant.js';
import { showLoss } from './chart.js';
import { RUNS } from './rules.js';
import { WIDEST_NUMBER } from './line-boxes.js';

const CAPTION = `loss ${WIDEST_NUMBER}, 88.8%`; // the widest caption

/** level: of its heading; boxes: a LineBoxes, for the captions. */
export function raceBoundaries(level, boxes) {
  const plots = RUNS.map((run) => {
    const caption = boxes.add(el('figcaption', { class: 'num' }), () => CAPTION);
    const plot = boundaryPlot({ label: `${run.label}: decision boundary with the data` });
    const root = el('figure', { class: 'small-boundary' }, [
      el(`h${Math.min(6, level + 1)}`, { text: run.label }),
      plot.root,
      caption,
    ]);
    return { root, plot, caption };
  });
  const root = el('div', { class: 'panel boundaries' }, [
    el(`h${level}`, { text: 'Decision boundaries' }),
    el(
      'div',
      { class: 'boundary-row' },
      plots.map((p) => p.root),
    ),
  ]);
  return {
    root,
    /** The cells' canvases, run by run: the painter's. */
    cells: plots.map((p) => p.plot.cells),
    /** Draws runs' (indices) plots' points and axes (their cells are painted in the worker). */
    draw(session, colors, runs) {
      const { data } = session;
      const state = { ...data, classes: data.classes, colors, onRedraw: () => {} };
      for (const k of runs) plots[k].plot.draw(state);
    },
    /** Each run's loss and accuracy now, under its boundary. */
    describe(session) {
      session.runs.forEach((run, k) => {
        const text = `loss ${showLoss(run.losses.at(-1))}, ${showPercent(run.accuracy)}`;
        setText(plots[k].caption, text);
      });
    },
  };
}
