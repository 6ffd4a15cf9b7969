// Draws the frame the canvas charts share: grid lines at the ticks, tick labels, the zero
// lines and the axis titles. It takes scales, a plot box and colours; it computes no data.

import { formatTick } from './scale.js';

/**
 * box: { left, top, right, bottom } in CSS pixels, with room above for the y title and below and
 * left for tick labels; x, y: scales from scale.js;
 * colors: { fg, muted, border }; font: a canvas font such as '12px system-ui'.
 */
export function drawAxes(
  ctx,
  { x, y, box, colors, font, xTitle = '', yTitle = '', xTicks, yTicks },
) {
  ctx.save();
  ctx.font = font;
  ctx.lineWidth = 1;
  ctx.strokeStyle = colors.border;
  ctx.fillStyle = colors.muted;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const tick of xTicks ?? x.ticks(5)) {
    const px = Math.round(x(tick)) + 0.5;
    line(ctx, px, box.top, px, box.bottom);
    ctx.fillText(formatTick(tick), px, box.bottom + 5);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const tick of yTicks ?? y.ticks(4)) {
    const py = Math.round(y(tick)) + 0.5;
    line(ctx, box.left, py, box.right, py);
    ctx.fillText(formatTick(tick), box.left - 6, py);
  }
  ctx.strokeStyle = colors.muted;
  if (inside(0, y.domain))
    line(ctx, box.left, Math.round(y(0)) + 0.5, box.right, Math.round(y(0)) + 0.5);
  if (inside(0, x.domain))
    line(ctx, Math.round(x(0)) + 0.5, box.top, Math.round(x(0)) + 0.5, box.bottom);
  ctx.fillStyle = colors.fg;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.fillText(xTitle, box.right, box.bottom - 4);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillText(yTitle, box.left - 6, box.top - 4);
  ctx.restore();
}

/** Strokes one straight segment. */
export function line(ctx, x0, y0, x1, y1) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

/** Strokes a polyline through (xs[i], ys[i]) with the given scales, breaking at non-finite values. */
export function polyline(ctx, x, y, xs, ys) {
  ctx.beginPath();
  let drawing = false;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i])) {
      drawing = false;
      continue;
    }
    if (drawing) ctx.lineTo(x(xs[i]), y(ys[i]));
    else ctx.moveTo(x(xs[i]), y(ys[i]));
    drawing = true;
  }
  ctx.stroke();
}

function inside(value, [lo, hi]) {
  return value > Math.min(lo, hi) && value < Math.max(lo, hi);
}
