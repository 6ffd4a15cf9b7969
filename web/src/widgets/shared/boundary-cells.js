// A decision boundary's cells: the network's output over an n × n grid of the inputs' domain as
// one pixel per cell, stretched by the page (two classes: orange to blue through white at 0.5;
// three: the colour of the likeliest class, paler where it is less sure). Painted on the page
// (shared/boundary.js) or in the race's worker (nn-race/race-painter.js). Pure drawing.

import { TABLE_STEPS, divergingTable, paintCells, tableIndex } from '../../render/heatmap.js';
import { recent } from './recent.js';

const INTENSITY = 0.62;

const tables = recent(8); // "classes neg pos third bg" -> its colour table

/**
 * The cells' colour table for classes and the theme's colors, resolved through ctx (any 2-D
 * context): two classes, one diverging ramp; more, one pale-to-full ramp per class, end to end.
 * Made once per classes and colours (a widget draws with the same ones frame after frame); the
 * table is shared, read only.
 */
export function cellTable(ctx, classes, colors) {
  const key = [classes, colors.neg, colors.pos, colors.third, colors.bg].join(' ');
  return tables(key, () => makeTable(ctx, classes, colors));
}

function makeTable(ctx, classes, colors) {
  if (classes === 2) return divergingTable(ctx, colors, INTENSITY);
  const ramps = [colors.neg, colors.pos, colors.third].map((color) =>
    divergingTable(ctx, { neg: colors.bg, bg: colors.bg, pos: color }, INTENSITY),
  );
  const table = new Uint8ClampedArray(ramps.length * ramps[0].length);
  ramps.forEach((ramp, k) => table.set(ramp, k * ramp.length));
  return table;
}

/**
 * Paints canvas (an element or an OffscreenCanvas) with grid × grid cells of output ({ data }:
 * one value per cell for two classes, else `classes` per cell, row 0 at the top) in table's
 * colours (cellTable).
 */
export function paintBoundaryCells(canvas, table, { grid, output, classes }) {
  const data = output.data;
  const entry =
    classes === 2
      ? (i) => tableIndex(2 * data[i] - 1)
      : (i) => {
          let best = 0;
          for (let k = 1; k < classes; k++) {
            if (data[i * classes + k] > data[i * classes + best]) best = k;
          }
          // Sure (p = 1) -> the full colour; a three-way tie (p = 1/3) -> white.
          const sure = (data[i * classes + best] * classes - 1) / (classes - 1);
          return best * TABLE_STEPS + tableIndex(sure);
        };
  paintCells(canvas, { rows: grid, cols: grid, table, entry });
}
