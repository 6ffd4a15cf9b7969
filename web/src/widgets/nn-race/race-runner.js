// The race's four runs, where the page does not draw: in the race's module worker
// (race-worker.js), or on the page's own thread when the browser will not start that worker
// (a script on another origin may not). The core is loaded here through the facade, and every
// step, checkpoint, gradient, boundary and loss-surface grid is computed here, and the canvases
// painted (race-painter.js). The page asks (session.js) and gets copies of only what it writes:
//   { type: 'configure', race, spec, fresh } -> 'race' { race, data, shape, runs (whole
//     history) } when the core takes the setup (fresh: from step 0 even when the same),
//     'refused' { race (the one kept), message } when it does not;
//   { type: 'frame', race, step, weight, surface, boundaries } -> 'frame' { race, stepped (the
//     new losses, accuracies, statuses and parameters) | null, rules (weight's rule in each run),
//     slice (a complete grid) | null, filling }, the boundaries of the runs listed painted: one
//     reply to every frame, even one of a race no longer current (race says so);
//   { type: 'canvas', name, canvas } (a canvas transferred: the chart's, the slice surface's,
//     the paths', a boundary's cells), { type: 'look', look } (race-painter.js), { type:
//     'paint', race, parts, surface (the pair shown) }: paints those parts there (when race is
//     still the race), no reply; a new slice grid is painted as it is completed.
// A slice grid sent is { what, key, xDomain, yDomain }: the page names its axes.
// Does not: touch the DOM, or decide when to step or paint (the page does, one step and one
// part per frame), or know how its messages travel (post does).
import { loadCore } from '../../engine/core.js';
import { RaceRuns, lastStep } from './runs.js';
import { SliceGrid, sliceWhat } from './slice-grid.js';
import { flatIndex } from '../shared/weights-attribute.js';
import { RacePainter } from './race-painter.js';

/**
 * A runner: post(message, transfer) sends the page a message. Returns receive(message), which
 * takes the page's messages in the order they come.
 */
export function raceRunner(post) {
  let core = null;
  let runs = null;
  let race = -1; // the id of the race the runs are, the page's
  let slice = new SliceGrid();
  const painter = new RacePainter();

  const receive = async (message) => {
    try {
      core ??= await loadCore();
      runs ??= new RaceRuns(core);
      if (message.type === 'configure') configure(message);
      else if (message.type === 'frame') frame(message);
      else if (message.type === 'canvas') painter.setCanvas(message.name, message.canvas);
      else if (message.type === 'look') painter.setLook(message.look);
      else if (message.type === 'paint' && message.race === race) {
        paint(message.parts, message.surface);
      }
    } catch (error) {
      // A frame's failure answers it (frame: true), so the page does not wait for it.
      post({ type: 'error', message: error.message, frame: message.type === 'frame' });
    }
  };

  function configure({ spec, fresh, race: id }) {
    try {
      if (fresh && runs.spec) runs.reset();
      if (!runs.configure(spec) && fresh) runs.reset();
    } catch (error) {
      post({ type: 'refused', race, message: error.message });
      return;
    }
    race = id;
    slice = new SliceGrid();
    const copies = runs.runs.map(({ name, label, rate, losses, accuracy, params, status }) => {
      return { name, label, rate, losses, accuracy, params, status };
    });
    const message = {
      type: 'race',
      race,
      data: runs.data,
      shape: runs.shape,
      runs: copies,
    };
    post(message);
  }

  /** One frame's work: a step when asked, then what the page draws of it. */
  function frame(ask) {
    if (ask.race !== race) {
      post({ type: 'frame', race, stale: true });
      return;
    }
    let stepped = null;
    if (ask.step && !runs.over) {
      const counts = runs.runs.map((run) => run.params.length);
      runs.advance();
      stepped = runs.runs.map((run, k) => ({
        loss: run.losses.at(-1),
        accuracy: run.accuracy,
        status: run.status,
        params: run.params.length > counts[k] ? run.params.at(-1) : null,
      }));
    }
    const rules = {
      ref: ask.weight,
      steps: runs.runs.map((run) => lastStep(runs, run, ask.weight)),
    };
    boundaries(ask.boundaries);
    slice.follow(runs, race, ask.surface);
    const done = slice.fill(runs);
    if (done) paint(['slice'], ask.surface);
    const grid = done && {
      what: done.what,
      key: done.key,
      xDomain: done.xDomain,
      yDomain: done.yDomain,
    };
    const message = {
      type: 'frame',
      race,
      stepped,
      rules,
      slice: grid,
      filling: slice.filling,
    };
    post(message);
  }

  /**
   * Paints parts of the race now ('chart', 'slice', 'boundaries': all four), the slice's over
   * `surface`, the pair the page shows.
   */
  function paint(parts, surface) {
    const at = surface.map(([l, j]) => flatIndex(runs.shape, l, j));
    painter.paint(parts, runs, { shown: slice.shown, what: sliceWhat(race, surface), at });
    if (parts.includes('boundaries')) boundaries([0, 1, 2, 3]);
  }

  /** Paints the boundaries of the runs ks: each one's output over the grid (RaceRuns.boundary). */
  const boundaries = (ks) => {
    for (const k of ks) painter.cells(k, runs.boundary(k), runs.data.classes);
  };

  return receive;
}
