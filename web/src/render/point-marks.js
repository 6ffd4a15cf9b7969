// Draws labelled data points on a canvas the way every plot of Neuron Lab marks them: class 1
// as a circle in the positive colour, class 0 as a square in the negative colour (two shapes,
// so colour is never the only cue), with a dashed ring round a point the model gets wrong.

import { traceMark } from './class-points.js';

/**
 * o: { points: [[x, y], …] in CSS pixels, labels: [0 | 1, …], wrong?: booleans,
 *   colors: { pos, neg, bg, fg }, size = 8 (the mark's half width) }
 */
export function drawPoints(ctx, o) {
  const size = o.size ?? 8;
  ctx.save();
  o.points.forEach(([x, y], i) => {
    traceMark(ctx, x, y, o.labels[i] === 1 ? 1 : 0, size);
    ctx.fillStyle = o.labels[i] === 1 ? o.colors.pos : o.colors.neg;
    ctx.fill();
    // A light ring inside a thin dark one: the mark stands out on any background.
    ctx.lineWidth = Math.max(2.5, size / 3);
    ctx.strokeStyle = o.colors.fg;
    ctx.stroke();
    ctx.lineWidth = Math.max(1.5, size / 5);
    ctx.strokeStyle = o.colors.bg;
    ctx.stroke();
    if (o.wrong?.[i]) {
      ctx.beginPath();
      ctx.arc(x, y, size * 1.75, 0, 2 * Math.PI);
      ctx.setLineDash([4, 3]);
      ctx.lineWidth = 2;
      ctx.strokeStyle = o.colors.fg;
      ctx.stroke();
      ctx.setLineDash([]);
    }
  });
  ctx.restore();
}
