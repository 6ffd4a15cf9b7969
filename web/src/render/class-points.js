// Draws the data points of a classification plot on a canvas: class 0 as squares, class 1 as
// circles, class 2 as triangles (shape as well as colour tells them apart), training points
// filled and test points hollow. Takes pixel positions; computes nothing about a model.

/**
 * o: { x: Float64Array|number[] (pixels), y, labels, test?: booleans, colors: [class 0, class 1,
 *   class 2 colour], fg, bg, size = 5 }
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

/**
 * Starts a path and traces the mark of a class at (px, py) with half width `size`: class 0 a
 * square, class 1 a circle, class 2 a triangle. The caller fills and strokes it.
 */
export function traceMark(ctx, px, py, label, size) {
  ctx.beginPath();
  if (label === 0) ctx.rect(px - size * 0.9, py - size * 0.9, size * 1.8, size * 1.8);
  else if (label === 1) ctx.arc(px, py, size, 0, 2 * Math.PI);
  else {
    ctx.moveTo(px, py - size * 1.2);
    ctx.lineTo(px + size * 1.1, py + size * 0.8);
    ctx.lineTo(px - size * 1.1, py + size * 0.8);
    ctx.closePath();
  }
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
