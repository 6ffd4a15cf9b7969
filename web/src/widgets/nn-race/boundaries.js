// The race's four small decision boundaries, one per optimizer, each labelled with its name and
// its loss: the network's output over a 32 × 32 grid of the data's domain (shared/boundary.js
// draws it with the points). Drawing one per call lets a playing race spread them over frames.

import { el, setText } from '../../render/dom.js';
import { boundaryPlot } from '../shared/boundary.js';
import { inputGrid } from '../shared/neuron-maps.js';
import { showPercent } from '../shared/significant.js';
import { showLoss } from './chart.js';
import { RUNS } from './rules.js';

const GRID = 32; // grid points per side: 1,024 outputs per boundary

export function raceBoundaries(level) {
  const plots = RUNS.map((run) => {
    const caption = el('figcaption', { class: 'num' });
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
  let grid = { key: '', matrix: null };
  return {
    root,
    /** Draws run k's boundary from its network now. */
    draw(session, k, colors) {
      const { data } = session;
      const key = data.domain.join();
      if (grid.key !== key) grid = { key, matrix: inputGrid(data.domain, GRID) };
      const output = session.runs[k].net.predict(grid.matrix);
      const classes = data.classes;
      plots[k].plot.draw({ ...data, grid: GRID, output, classes, colors, onRedraw: () => {} });
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
