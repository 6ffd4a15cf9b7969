// The race's canvases painted where the runs are (the race's worker; the page's thread only when
// that worker will not start): the loss chart, the slice's surface and the four paths over it,
// and the four boundaries' cells, each on the page's canvas handed over
// (transferControlToOffscreen), with the page's look. A canvas painted here costs the page no
// script, and the page's frames commit no canvas of it.
// Does not: compute the runs or the grid, or choose when to paint (the page asks, a part a frame).

import { prepareCanvas } from '../../render/canvas.js';
import { drawLineChart } from '../../render/line-chart.js';
import { drawLossPaths, drawLossSurface, surfaceScales } from '../../render/loss-surface.js';
import { cellTable, paintBoundaryCells } from '../shared/boundary-cells.js';
import { RUNS } from './rules.js';
import { BOUNDARY_GRID } from './runs.js';

export class RacePainter {
  #canvases = new Map(); // 'chart' | 'surface' | 'paths' | 'cells0' … 'cells3' -> OffscreenCanvas
  /** { chart: [width, height], slice: width (the square's), ratio (the page's pixel ratio),
   *   colors, font, xTitle, yTitle (the slice's parameters) }, all in CSS pixels */
  #look = null;
  #lookKey = 0; // counts the looks set: a surface made with another is stale
  #surface = ''; // the grid and look the surface was last painted with
  #paths = { key: '', points: [] }; // each run's path through the pair, extended step by step

  /** name: 'chart', 'surface', 'paths' or 'cells' and a run's index; canvas: the page's. */
  setCanvas(name, canvas) {
    this.#canvases.set(name, canvas);
    if (name === 'surface') this.#surface = '';
  }

  setLook(look) {
    this.#look = look;
    this.#lookKey += 1;
  }

  /**
   * Paints parts ('chart', 'slice': the surface when its grid or the look changed, and the
   * paths) of runs (a RaceRuns) at its last step. slice: { shown (SliceGrid's last complete
   * grid), what (sliceWhat of the race and pair the page shows), at (the pair's flat indices) }.
   */
  paint(parts, runs, slice) {
    if (!this.#look || runs.runs.length === 0) return;
    if (parts.includes('chart')) this.#chart(runs);
    if (parts.includes('slice')) this.#slice(runs, slice);
  }

  /** Run k's boundary: output (RaceRuns.boundary(k)) over the grid, for classes classes. */
  cells(k, output, classes) {
    const canvas = this.#canvases.get(`cells${k}`);
    if (!canvas || !this.#look) return;
    const table = cellTable(canvas.getContext('2d'), classes, this.#look.colors);
    paintBoundaryCells(canvas, table, { grid: BOUNDARY_GRID, output, classes });
  }

  /** The four runs' training loss by step on a log scale, each in its colour and dash. */
  #chart(runs) {
    const canvas = this.#canvases.get('chart');
    const {
      chart: [width, height],
      ratio,
      colors,
      font,
    } = this.#look;
    if (!canvas || width === 0) return;
    const series = runs.runs.map((run, k) => ({
      values: run.losses,
      color: colors[RUNS[k].color],
      dash: RUNS[k].dash,
    }));
    const ctx = prepareCanvas(canvas, width, height, ratio);
    drawLineChart(ctx, { width, height, colors, font, series, log: true, xTitle: 'step' });
  }

  /**
   * The surface (a complete grid of the pair shown; blank while the first one is computed), then
   * on a canvas above it each run's path through the pair, ending in a dot.
   */
  #slice(runs, { shown, what, at }) {
    const look = this.#look;
    const width = look.slice;
    if (width === 0) return;
    const current = shown?.what === what ? shown : null;
    const surface = this.#canvases.get('surface');
    const key = `${current?.key} ${this.#lookKey}`;
    if (surface && key !== this.#surface) {
      this.#surface = key;
      const ctx = prepareCanvas(surface, width, width, look.ratio);
      if (current) {
        const { grid, xDomain, yDomain } = current;
        const { colors, font, xTitle, yTitle } = look;
        const o = { width, height: width, grid, xDomain, yDomain, colors, font, xTitle, yTitle };
        drawLossSurface(ctx, o);
      }
    }
    const canvas = this.#canvases.get('paths');
    if (!canvas) return;
    const ctx = prepareCanvas(canvas, width, width, look.ratio);
    if (!current) return;
    const scales = surfaceScales({ ...current, width, height: width });
    const paths = this.#follow(runs, what, at).map((points, k) => ({
      points,
      color: look.colors[RUNS[k].color],
      dash: RUNS[k].dash,
    }));
    drawLossPaths(ctx, scales, paths, look.colors);
  }

  /** Each run's [x, y] through the pair at every step so far: kept, extended by the new steps. */
  #follow(runs, what, at) {
    if (this.#paths.key !== what) this.#paths = { key: what, points: runs.runs.map(() => []) };
    runs.runs.forEach((run, k) => {
      const points = this.#paths.points[k];
      for (let s = points.length; s < run.params.length; s++) {
        points.push(at.map((i) => run.params[s][i]));
      }
    });
    return this.#paths.points;
  }
}
