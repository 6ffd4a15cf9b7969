// The one heatmap of Neuron Lab: a grid of values drawn as colours on a canvas, through the
// palette's scales (colors.js). Two ways: cell by cell as rectangles (drawHeatmap: a few
// dozen cells, as on the loss surface), or as a picture (paintCells: one pixel per cell, its
// colour copied from a precomputed table, no object made per cell; the page or drawNeuronMap
// stretches it smoothly, so a boundary comes out soft). Pure drawing: values arrive computed.

import { boxSize, prepareCanvas } from './canvas.js';
import { colorScale, parseColor, rgbString } from './colors.js';
import { drawPoints } from './point-marks.js';

/** Entries in a colour table made by divergingTable. */
export const TABLE_STEPS = 256;
const MAP_INTENSITY = 0.6; // a neuron map's strongest colour: 60 %, so the points stand out

/** A CSS colour text (names, hsl(), as theme.js themeColors() gives them) as [r, g, b], via ctx. */
function resolveColor(ctx, text) {
  ctx.fillStyle = text;
  return parseColor(ctx.fillStyle) ?? [128, 128, 128];
}

/**
 * o: { values (row-major, rows * cols), rows, cols, x = 0, y = 0, width, height,
 *   color: value -> [r, g, b] (see heatmapScale), gap = 0 (pixels between cells) }
 */
export function drawHeatmap(ctx, o) {
  const { values, rows, cols, x = 0, y = 0, width, height, color, gap = 0 } = o;
  const cellWidth = width / cols;
  const cellHeight = height / rows;
  // Without a gap, cells overlap by half a pixel so that no seams show between them.
  const overlap = gap === 0 ? 0.5 : -gap;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      ctx.fillStyle = rgbString(color(values[row * cols + col]));
      ctx.fillRect(
        x + col * cellWidth,
        y + row * cellHeight,
        cellWidth + overlap,
        cellHeight + overlap,
      );
    }
  }
}

/**
 * A value -> [r, g, b] scale from theme colour strings ({ neg, bg, pos }) over a domain
 * ([-1, 1] diverges; [0, 1] runs from bg to pos).
 */
export function heatmapScale(ctx, colors, domain = [-1, 1]) {
  const stops = {
    negative: resolveColor(ctx, colors.neg),
    middle: resolveColor(ctx, colors.bg),
    positive: resolveColor(ctx, colors.pos),
  };
  return colorScale(stops, domain);
}

/**
 * A diverging colour table from theme colour strings: entry 0 is colors.neg, the middle
 * colors.bg, the last colors.pos, each mixed toward bg by (1 − intensity).
 * Returns Uint8ClampedArray(TABLE_STEPS × 3), r, g, b per entry.
 */
export function divergingTable(ctx, colors, intensity = 1) {
  const scale = heatmapScale(ctx, colors);
  const table = new Uint8ClampedArray(TABLE_STEPS * 3);
  for (let i = 0; i < TABLE_STEPS; i++) {
    table.set(scale(((2 * i) / (TABLE_STEPS - 1) - 1) * intensity), i * 3);
  }
  return table;
}

/** The table entry for a value in [-1, 1] (clamped; non-finite values get the middle). */
export function tableIndex(value) {
  if (!Number.isFinite(value)) return TABLE_STEPS >> 1;
  const t = (Math.min(1, Math.max(-1, value)) + 1) / 2;
  return Math.round(t * (TABLE_STEPS - 1));
}

/**
 * Fills canvas with one pixel per cell: o: { rows, cols, table (r, g, b per entry), entry(i) ->
 * the table entry of cell i (row-major, row 0 at the top) }. Style the canvas to its size.
 */
export function paintCells(canvas, o) {
  if (canvas.width !== o.cols) canvas.width = o.cols;
  if (canvas.height !== o.rows) canvas.height = o.rows;
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(o.cols, o.rows);
  const { data } = image;
  const { table } = o;
  for (let i = 0; i < o.rows * o.cols; i++) {
    const k = o.entry(i) * 3;
    data[i * 4] = table[k];
    data[i * 4 + 1] = table[k + 1];
    data[i * 4 + 2] = table[k + 2];
    data[i * 4 + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}

// The one-pixel-per-cell canvas behind each neuron map, made on its first draw and reused.
const cellCanvases = new WeakMap();

/** The colours of a neuron map from its middle − spread to middle + spread, for its scale. */
export function neuronMapStops(ctx, colors) {
  return tableStops(divergingTable(ctx, colors, MAP_INTENSITY));
}

/**
 * Draws one neuron's map on canvas: its n × n values (row 0 at the top) coloured from
 * colors.neg through colors.bg at `middle` to colors.pos at middle ± spread, stretched
 * smoothly, then the data points on top.
 * o: { values, n, middle, spread, colors (theme.js themeColors()), domain [x₁ min, x₁ max, x₂ min,
 *   x₂ max], points?, labels?, wrong?, pointSize? }
 */
export function drawNeuronMap(canvas, o) {
  const [width, height] = boxSize(canvas);
  if (width === 0 || height === 0) return;
  const ctx = prepareCanvas(canvas, width, height);
  if (!cellCanvases.has(canvas)) cellCanvases.set(canvas, document.createElement('canvas'));
  const cells = cellCanvases.get(canvas);
  const spread = o.spread > 0 ? o.spread : 1;
  paintCells(cells, {
    rows: o.n,
    cols: o.n,
    table: divergingTable(ctx, o.colors, MAP_INTENSITY),
    entry: (i) => tableIndex((o.values[i] - o.middle) / spread),
  });
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(cells, 0, 0, width, height);
  if (!o.points) return;
  const [x0, x1, y0, y1] = o.domain;
  const at = ([a, b]) => [((a - x0) / (x1 - x0)) * width, ((y1 - b) / (y1 - y0)) * height];
  drawPoints(ctx, {
    points: o.points.map(at),
    labels: o.labels,
    wrong: o.wrong,
    colors: o.colors,
    size: o.pointSize,
  });
}

/**
 * `count` CSS colours evenly spaced through entries [from, from + length) of a colour table,
 * for a colour scale's bar (map-axes.js).
 */
export function tableStops(table, count = 5, from = 0, length = TABLE_STEPS) {
  return Array.from({ length: count }, (_, i) => {
    const k = (from + Math.round((i * (length - 1)) / (count - 1))) * 3;
    return `rgb(${table[k]}, ${table[k + 1]}, ${table[k + 2]})`;
  });
}
