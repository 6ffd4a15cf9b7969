// The race's loss chart: the four runs' training loss by step on one log-scale chart, each in
// its own colour and dash pattern (painted where the runs are: race-painter.js), with a legend
// that shows both (so the lines can be told apart without colour) and a table of the same
// numbers as the text alternative.

import { el, svg } from '../../render/dom.js';
import { readoutTable } from '../shared/readout-table.js';
import { showSignificant } from '../shared/significant.js';
import { RUNS } from './rules.js';

const TABLE_ROWS = 10; // the table shows the loss at about this many steps, evenly spaced

/** A short line in a run's colour and dash, for the legend. */
function swatch(run) {
  const line = svg('line', {
    x1: 1,
    y1: 6,
    x2: 35,
    y2: 6,
    class: `swatch-${run.color}`,
    'stroke-width': 2.5,
    'stroke-dasharray': run.dash.join(' '),
  });
  return svg('svg', { width: 36, height: 12, 'aria-hidden': 'true' }, [line]);
}

export function raceChart(level) {
  const canvas = el('canvas', { class: 'chart', role: 'img', 'aria-label': 'Loss by step' });
  const legend = el(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    RUNS.map((run) => el('li', {}, [swatch(run), el('span', { text: run.label })])),
  );
  const table = readoutTable({
    caption: 'Training loss by step',
    headers: ['step', ...RUNS.map((r) => r.label)],
  });
  const details = el('details', { class: 'table' }, [
    el('summary', { text: 'The losses as a table' }),
    table.root,
  ]);
  const root = el('figure', { class: 'panel race-chart' }, [
    el(`h${level}`, { text: 'Loss' }),
    canvas,
    legend,
    details,
  ]);
  return {
    root,
    /** The chart's canvas: handed to the painter. */
    canvas,
    /** Says where the curves end (the canvas's label) and fills the table when it is open. */
    describe(session) {
      const now = session.runs.map((r) => `${r.label} ${showLoss(r.losses.at(-1))}`);
      canvas.setAttribute('aria-label', `Loss by step, at step ${session.step}: ${now.join(', ')}`);
      if (details.open) table.update(tableRows(session));
    },
    /** The table is filled when opened (and on each words refresh while open). */
    onOpen(callback) {
      details.addEventListener('toggle', callback);
    },
  };
}

/** A loss as the race writes it: 4 significant digits, or "diverged". */
export function showLoss(loss) {
  return Number.isFinite(loss) ? showSignificant(loss, 4) : 'diverged';
}

/** Rows at steps 0, k, 2k, … and the last step, k chosen for about TABLE_ROWS rows. */
function tableRows(session) {
  const last = session.step;
  const every = Math.max(1, Math.ceil(last / TABLE_ROWS));
  const steps = [];
  for (let s = 0; s < last; s += every) steps.push(s);
  steps.push(last);
  return steps.map((s) => [String(s), ...session.runs.map((r) => showLoss(r.losses[s]))]);
}
