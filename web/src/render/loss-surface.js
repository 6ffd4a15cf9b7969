// Draws a loss surface over two parameters: the grid of losses as a heatmap (the background
// colour where the loss is lowest, the accent colour where it is highest) with level lines, axes for the two parameters, an
// optional path of earlier points and a ring at the current one. The losses arrive computed
// (by the core); this file only maps them to pixels.

import { drawAxes, polyline } from './axes.js';
import { drawContours } from './contours.js';
import { drawHeatmap, heatmapScale } from './heatmap.js';
import { rgbString } from './colors.js';
import { linearScale } from './scale.js';

const LEVELS = 8;

/**
 * o: { width, height, grid: { values, rows, cols } (row 0 at the top, the highest y),
 *   xDomain, yDomain, point?: [x, y], path?: [[x, y], …], colors: { fg, bg, muted, border,
 *   accent, neg }, font, xTitle, yTitle }
 * Returns { x, y, box, shade }: the scales, so a widget can turn a pointer position into
 * parameters, and shade: { domain: [lowest, highest] √loss, colors: 5 CSS colours across it }
 * for a colour bar (map-axes.js colorBar).
 */
export function drawLossSurface(ctx, o) {
  const { x, y, box } = surfaceScales(o);
  const size = box.right - box.left;
  const { values, rows, cols } = o.grid;
  // Colour by the square root of the loss, so the low valleys keep their detail.
  const shade = Array.from(values, (v) => Math.sqrt(Math.max(0, v)));
  const finite = shade.filter(Number.isFinite);
  const [lo, hi] = [Math.min(...finite), Math.max(...finite)];
  // From bg at the lowest loss to the accent colour (lo >= 0: the scale does not diverge).
  const scale = heatmapScale(ctx, { neg: o.colors.bg, bg: o.colors.bg, pos: o.colors.accent }, [
    lo,
    hi > lo ? hi : lo + 1,
  ]);
  const cells = { rows, cols, x: box.left, y: box.top, width: size, height: size };
  const color = (v) => scale(lo + (v - lo) * 0.75);
  drawHeatmap(ctx, { ...cells, values: shade, color });
  ctx.save();
  ctx.strokeStyle = o.colors.fg;
  ctx.globalAlpha = 0.35;
  ctx.lineWidth = 1;
  const levels = Array.from(
    { length: LEVELS },
    (_, i) => lo + ((i + 1) * (hi - lo)) / (LEVELS + 1),
  );
  drawContours(ctx, { ...cells, values: shade, levels });
  ctx.restore();
  drawAxes(ctx, {
    x,
    y,
    box,
    colors: o.colors,
    font: o.font,
    xTitle: '',
    yTitle: o.yTitle,
    xTicks: x.ticks(Math.max(2, Math.floor(size / 70))),
    yTicks: y.ticks(Math.max(2, Math.floor(size / 50))),
  });
  ctx.save();
  ctx.font = o.font;
  ctx.fillStyle = o.colors.fg;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.fillText(o.xTitle, box.right, box.bottom + 22);
  ctx.beginPath();
  ctx.rect(box.left, box.top, size, size);
  ctx.clip();
  if (o.path?.length > 1) drawPath(ctx, x, y, o.path, o.colors);
  if (o.point) drawRing(ctx, x(o.point[0]), y(o.point[1]), o.colors);
  ctx.restore();
  const stops = Array.from({ length: 5 }, (_, i) => rgbString(color(lo + ((hi - lo) * i) / 4)));
  return { x, y, box, shade: { domain: [lo, hi], colors: stops } };
}

/**
 * Where drawLossSurface puts its map on a canvas of o.width x o.height over o.xDomain x
 * o.yDomain: { x, y (the scales), box }, for drawing over a surface drawn elsewhere.
 */
export function surfaceScales(o) {
  const size = Math.min(o.width - 56, o.height - 52);
  const box = { left: 46, top: 24, right: 46 + size, bottom: 24 + size };
  const x = linearScale(o.xDomain, [box.left, box.right]);
  const y = linearScale(o.yDomain, [box.bottom, box.top]);
  return { x, y, box };
}

function drawPath(ctx, x, y, path, colors) {
  ctx.strokeStyle = colors.neg;
  ctx.lineWidth = 2;
  ctx.lineJoin = 'round';
  polyline(
    ctx,
    x,
    y,
    path.map((p) => p[0]),
    path.map((p) => p[1]),
  );
  ctx.fillStyle = colors.neg;
  for (const [px, py] of path) {
    ctx.beginPath();
    ctx.arc(x(px), y(py), 2.5, 0, 2 * Math.PI);
    ctx.fill();
  }
}

/**
 * Several runs' paths over a surface drawLossSurface drew (drawn: the { x, y, box } it
 * returned), on a canvas of their own laid over it: paths [{ points: [[x, y], …], color, dash }],
 * each in its colour and dash pattern and ending in a dot, clipped to the map.
 */
export function drawLossPaths(ctx, { x, y, box }, paths, colors) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.right - box.left, box.bottom - box.top);
  ctx.clip();
  for (const path of paths) drawRun(ctx, x, y, path, colors);
  ctx.restore();
}

/** One run's path in its colour and dash, with a dot haloed in bg where it is now. */
function drawRun(ctx, x, y, { points, color, dash }, colors) {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.lineJoin = 'round';
  ctx.setLineDash(dash);
  polyline(
    ctx,
    x,
    y,
    points.map((p) => p[0]),
    points.map((p) => p[1]),
  );
  const [px, py] = points[points.length - 1];
  ctx.setLineDash([]);
  ctx.lineWidth = 2;
  ctx.strokeStyle = colors.bg;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x(px), y(py), 4, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.fill();
  ctx.restore();
}

/** The current point: a ring with a halo, visible on faint and strong cells alike. */
function drawRing(ctx, px, py, colors) {
  ctx.lineWidth = 5;
  ctx.strokeStyle = colors.bg;
  ctx.beginPath();
  ctx.arc(px, py, 8, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = colors.fg;
  ctx.stroke();
  ctx.fillStyle = colors.neg;
  ctx.beginPath();
  ctx.arc(px, py, 3.5, 0, 2 * Math.PI);
  ctx.fill();
}
