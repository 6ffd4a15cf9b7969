// Draws a function's curve y = f(z) from sampled points, a marker at the current z, the
// tangent line through it and an optional horizontal guide (such as "max 0.25"). The values
// and the slope come from the caller (the core computes them); this file only draws.

import { drawAxes, line, polyline } from './axes.js';
import { linearScale, paddedExtent } from './scale.js';

/**
 * o: { width, height, z, y (equal-length arrays), yDomain?, marker?: { z, y }, slope?, guide?:
 *   { y, label }, colors: { fg, bg, muted, border, curve, tangent }, font, xTitle, yTitle, compact,
 *   also?: { y, color } (a second curve over the same z, solid, such as the derivative) }
 * The y title and the guide label sit in a strip above the plot.
 * Returns { x, y, box }: the scales and plot box, so a widget can map a pointer to z (x.invert).
 */
export function drawCurvePlot(ctx, o) {
  const box = o.compact
    ? { left: 28, top: 6, right: o.width - 6, bottom: o.height - 18 }
    : { left: 44, top: o.yTitle || o.guide ? 24 : 10, right: o.width - 12, bottom: o.height - 24 };
  const x = linearScale([o.z[0], o.z[o.z.length - 1]], [box.left, box.right]);
  const y = linearScale(o.yDomain ?? paddedExtent(o.y), [box.bottom, box.top]);
  drawAxes(ctx, {
    x,
    y,
    box,
    colors: o.colors,
    font: o.font,
    xTitle: o.xTitle,
    yTitle: o.yTitle,
    // About one tick per 70 px across and 36 px up, so labels never crowd.
    xTicks: x.ticks(Math.max(2, Math.floor((box.right - box.left) / 70))),
    yTicks: y.ticks(Math.max(2, Math.floor((box.bottom - box.top) / 36))),
  });
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.right - box.left, box.bottom - box.top);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.lineWidth = o.compact ? 2 : 2.5;
  if (o.also) {
    // Solid, told apart by its colour: dashes belong to the tangent.
    ctx.strokeStyle = o.also.color;
    polyline(ctx, x, y, o.z, o.also.y);
  }
  ctx.strokeStyle = o.colors.curve;
  polyline(ctx, x, y, o.z, o.y);
  if (o.marker && Number.isFinite(o.slope)) drawTangent(ctx, x, y, o.marker, o.slope, o.colors);
  if (o.marker) drawMarker(ctx, x, y, o.marker, o.colors, o.compact ? 4 : 6);
  ctx.restore();
  if (o.guide) drawGuide(ctx, x, y, box, o);
  return { x, y, box };
}

/** The line through the marker with the given slope, across the whole plot. */
function drawTangent(ctx, x, y, marker, slope, colors) {
  const [z0, z1] = x.domain;
  ctx.strokeStyle = colors.tangent;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([6, 4]);
  line(
    ctx,
    x(z0),
    y(marker.y + slope * (z0 - marker.z)),
    x(z1),
    y(marker.y + slope * (z1 - marker.z)),
  );
  ctx.setLineDash([]);
}

function drawMarker(ctx, x, y, marker, colors, radius) {
  ctx.strokeStyle = colors.muted;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 3]);
  line(ctx, x(marker.z), y(marker.y), x(marker.z), y(y.domain[0]));
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.arc(x(marker.z), y(marker.y), radius, 0, 2 * Math.PI);
  ctx.fillStyle = colors.tangent;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = colors.bg;
  ctx.stroke();
}

/** A dotted horizontal line across the plot; its label goes above the plot, on the right. */
function drawGuide(ctx, x, y, box, { guide, colors, font }) {
  const py = y(guide.y);
  ctx.save();
  ctx.strokeStyle = colors.muted;
  ctx.lineWidth = 1;
  ctx.setLineDash([1, 3]);
  line(ctx, box.left, py, box.right, py);
  ctx.restore();
  ctx.font = font;
  ctx.fillStyle = colors.fg;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.fillText(`┈ ${guide.label}`, box.right, box.top - 4);
}
