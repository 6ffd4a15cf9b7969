// Draws the one-weight picture of gradient descent: the loss curve over w, the ball at the
// current w with its tangent (the slope dL/dw), and the path of earlier steps as hops from
// point to point. When w has left the plot, an arrow at the edge says where it went.
// Drawing only: the losses and slopes arrive computed by the core.

import { drawCurvePlot } from './curve-plot.js';
import { formatTick } from './scale.js';

/**
 * o: { width, height, w, loss (the curve: equal-length arrays), point: { w, loss, slope },
 *   path: [{ w, loss }], colors: { fg, bg, muted, border, accent, neg }, font }
 * Returns { x, y, box } (x.invert maps a pointer to w).
 */
export function drawDescentCurve(ctx, o) {
  const colors = { ...o.colors, curve: o.colors.accent, tangent: o.colors.fg };
  const drawn = drawCurvePlot(ctx, {
    width: o.width,
    height: o.height,
    z: o.w,
    y: o.loss,
    marker: { z: o.point.w, y: o.point.loss },
    slope: o.point.slope,
    colors,
    font: o.font,
    xTitle: 'w',
    yTitle: 'loss',
  });
  const { x, y, box } = drawn;
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.left, box.top, box.right - box.left, box.bottom - box.top);
  ctx.clip();
  ctx.strokeStyle = o.colors.neg;
  ctx.fillStyle = o.colors.neg;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  o.path.forEach((p, i) =>
    i === 0 ? ctx.moveTo(x(p.w), y(p.loss)) : ctx.lineTo(x(p.w), y(p.loss)),
  );
  ctx.stroke();
  ctx.setLineDash([]);
  for (const p of o.path.slice(0, -1)) {
    ctx.beginPath();
    ctx.arc(x(p.w), y(p.loss), 3, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.restore();
  const [lo, hi] = x.domain;
  if (o.point.w < lo || o.point.w > hi) offPlot(ctx, box, o.point.w > hi, o.point.w, o);
  return drawn;
}

/** An arrow at the left or right edge, with where w has gone. */
function offPlot(ctx, box, right, w, o) {
  const edge = right ? box.right - 4 : box.left + 4;
  const tip = right ? 10 : -10;
  const mid = box.top + 18;
  ctx.save();
  ctx.fillStyle = o.colors.neg;
  ctx.beginPath();
  ctx.moveTo(edge, mid);
  ctx.lineTo(edge - tip, mid - 7);
  ctx.lineTo(edge - tip, mid + 7);
  ctx.closePath();
  ctx.fill();
  ctx.font = o.font;
  ctx.fillStyle = o.colors.fg;
  ctx.textAlign = right ? 'right' : 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(`w = ${formatTick(w)}`, edge - tip * 1.4, mid);
  ctx.restore();
}
