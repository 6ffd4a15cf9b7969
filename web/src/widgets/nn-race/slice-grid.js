// The loss-surface slice's grid, computed where the runs are (the race's worker): the loss over
// two chosen parameters with every other parameter at the first weights (the runs' network kept
// at step 0), on a 32 × 32 grid centred on the first values and `span` wide each side. The
// span doubles when a run's path leaves 90 % of it; a grid is computed a few milliseconds per
// call, and the last complete one is what the page draws. Does not: draw.

import { emptyGrid, fillLossGrid } from '../shared/loss-grid.js';
import { flatIndex, toParameters } from '../shared/weights-attribute.js';

const GRID = 32;
const FILL_MS = 5; // computing a new grid, per call

/** What a grid depends on besides its span: the race and the pair [[layer, index], …]. */
export function sliceWhat(race, refs) {
  return JSON.stringify([race, refs]);
}

export class SliceGrid {
  /** The last complete grid: { what, key, grid: { values, rows, cols }, xDomain, yDomain }. */
  shown = null;
  #next = null; // the one being computed: the same with its pair of refs and `size`
  #what = '';
  #span = 1;
  #far = 0; // the farthest any path went from the first values, in either parameter
  #counted = 0; // path points measured into #far

  /** True while a grid is being computed (call fill again). */
  get filling() {
    return this.#next !== null;
  }

  /**
   * Follows the race (runs: a RaceRuns, race: its id) and the chosen pair: the span grows as
   * the paths go far, and a new grid is begun when the pair, the race or the span changes.
   */
  follow(runs, race, refs) {
    const first = runs.runs[0].params[0];
    const at = refs.map(([l, j]) => flatIndex(runs.shape, l, j));
    const what = sliceWhat(race, refs);
    if (what !== this.#what) [this.#what, this.#span, this.#far, this.#counted] = [what, 1, 0, 0];
    const steps = runs.runs[0].params.length;
    for (const run of runs.runs) {
      for (let s = this.#counted; s < steps; s++) {
        for (const i of at) this.#far = Math.max(this.#far, Math.abs(run.params[s][i] - first[i]));
      }
    }
    this.#counted = steps;
    while (this.#far > this.#span * 0.9) this.#span *= 2;
    const key = `${what} ${this.#span}`;
    if (this.#next?.key === key || this.shown?.key === key) return;
    const [xDomain, yDomain] = at.map((i) => [first[i] - this.#span, first[i] + this.#span]);
    const size = { xDomain, yDomain, size: GRID };
    this.#next = { what, key, pair: refs, grid: emptyGrid(GRID), xDomain, yDomain, size };
  }

  /** Goes on with the grid for FILL_MS; returns the grid when it is complete, else null. */
  fill(runs) {
    const next = this.#next;
    if (!next) return null;
    const shape = runs.shape;
    const until = performance.now() + FILL_MS;
    const { X } = runs.data;
    const done = fillLossGrid(runs.start, shape, X, runs.Y, next.pair, next.size, next.grid, until);
    runs.start.setParameters(toParameters(shape, runs.runs[0].params[0]));
    if (!done) return null;
    const { what, key, grid, xDomain, yDomain } = next;
    this.#next = null;
    const values = { values: grid.values, rows: grid.rows, cols: grid.cols };
    this.shown = { what, key, grid: values, xDomain, yDomain };
    return this.shown;
  }
}
