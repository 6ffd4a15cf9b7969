// How every plot of Neuron Lab marks a data point, on a canvas or in SVG: class 0 a square in
// the negative colour, class 1 a circle in the positive colour, class 2 a triangle (shape as
// well as colour tells them apart). Takes pixel positions; computes nothing about a model.

import { svg } from './dom.js';

const SQUARE = 0.9; // a square's half side, as a share of the mark's half width

/**
 * Starts a path and traces the mark of a class at (px, py) with half width `size`: class 0 a
 * square, class 1 a circle, class 2 a triangle. The caller fills and strokes it.
 */
export function traceMark(ctx, px, py, label, size) {
  ctx.beginPath();
  if (label === 0)
    ctx.rect(px - size * SQUARE, py - size * SQUARE, size * 2 * SQUARE, size * 2 * SQUARE);
  else if (label === 1) ctx.arc(px, py, size, 0, 2 * Math.PI);
  else {
    ctx.moveTo(px, py - size * 1.2);
    ctx.lineTo(px + size * 1.1, py + size * 0.8);
    ctx.lineTo(px - size * 1.1, py + size * 0.8);
    ctx.closePath();
  }
}

/** The same mark as an SVG element centred on (0, 0), for class 0 or 1; attrs are added. */
export function svgMark(label, size, attrs = {}) {
  if (label === 1) return svg('circle', { ...attrs, r: size });
  const half = size * SQUARE;
  return svg('rect', { ...attrs, x: -half, y: -half, width: 2 * half, height: 2 * half, rx: 2 });
}

/**
 * Two-class points over a picture (the neuron maps): filled marks inside a dark and a light
 * ring, so they stand out on any background, and a dashed ring round a point the model gets
 * wrong. o: { points: [[x, y], …] in CSS pixels, labels: [0 | 1, …], wrong?: booleans,
 *   colors: { pos, neg, bg, fg }, size = 8 (the mark's half width) }
 */
export function drawPoints(ctx, o) {
  const size = o.size ?? 8;
  ctx.save();
  o.points.forEach(([x, y], i) => {
    traceMark(ctx, x, y, o.labels[i] === 1 ? 1 : 0, size);
    ctx.fillStyle = o.labels[i] === 1 ? o.colors.pos : o.colors.neg;
    ctx.fill();
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

/**
 * Points of up to three classes (the trainer's boundary): training points filled with a thin
 * outline, test points hollow. o: { x: Float64Array|number[] (pixels), y, labels, test?:
 *   booleans, colors: [class 0, class 1, class 2 colour], fg, bg, size = 5 }
 */
export function drawClassPoints(ctx, o) {
  const size = o.size ?? 5;
  ctx.save();
  for (let i = 0; i < o.labels.length; i++) {
    const [px, py, label] = [o.x[i], o.y[i], o.labels[i]];
    traceMark(ctx, px, py, label, size);
    const color = o.colors[label] ?? o.fg;
    if (o.test?.[i]) {
      ctx.fillStyle = o.bg;
      ctx.fill();
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = color;
      ctx.stroke();
    } else {
      ctx.fillStyle = color;
      ctx.fill();
      ctx.lineWidth = 1.25;
      ctx.strokeStyle = o.fg;
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** A crosshair ring at (px, py), for a keyboard cursor on a plot. */
export function drawCursor(ctx, px, py, { fg, bg }) {
  ctx.save();
  for (const [width, color] of [
    [5, bg],
    [2, fg],
  ]) {
    ctx.lineWidth = width;
    ctx.strokeStyle = color;
    ctx.beginPath();
    ctx.arc(px, py, 9, 0, 2 * Math.PI);
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      ctx.moveTo(px + dx * 12, py + dy * 12);
      ctx.lineTo(px + dx * 18, py + dy * 18);
    }
    ctx.stroke();
  }
  ctx.restore();
}
