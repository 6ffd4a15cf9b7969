// Axes and a colour scale around a map (a picture of values over two variables, such as a
// decision boundary, a neuron's map or a loss surface): tick labels at round values along the
// left and bottom edges, the two variables' names, and a bar showing which colour means which
// value. Plain DOM text placed in percent of the map's box, so the same frame fits a small
// tile and a large plot, and the labels can be read and zoomed. It draws nothing on a canvas.

import { el, setText } from './dom.js';
import { formatTick, ticks } from './scale.js';

/**
 * Wraps `plot` (an element shown square: a canvas, or a div holding canvases). Returns
 * { root, update(o) } with o: { x: { domain: [lo, hi], name }, y: { domain, name },
 *   scale?: { name, domain: [lo, hi], colors: CSS colours evenly spaced from lo to hi },
 *   count?: about how many ticks per axis (5) }.
 */
export function mapAxes(plot) {
  const yTicks = el('div', { class: 'y-ticks', 'aria-hidden': 'true' });
  const xTicks = el('div', { class: 'x-ticks', 'aria-hidden': 'true' });
  const [xName, yName] = [el('div', { class: 'x-name' }), el('div', { class: 'y-name' })];
  const scale = colorBar();
  const root = el('div', { class: 'map-axes' }, [
    yName,
    yTicks,
    el('div', { class: 'map-plot' }, [plot]),
    xTicks,
    xName,
    scale.root,
  ]);
  let shown = '';
  return {
    root,
    update(o) {
      const key = JSON.stringify(o);
      if (key === shown) return;
      shown = key;
      const count = o.count ?? 5;
      placeTicks(xTicks, o.x.domain, count, 'left', false);
      placeTicks(yTicks, o.y.domain, count, 'top', true);
      setText(xName, o.x.name);
      setText(yName, o.y.name);
      scale.update(o.scale ?? null, count);
    },
  };
}

/**
 * The bar alone, for a map whose axes are drawn with it (render/loss-surface.js). Returns
 * { root, update(scale, count) } with scale as mapAxes takes it, or null to hide the bar.
 */
export function colorBar() {
  const bar = el('div', { class: 'bar' });
  const marks = el('div', { class: 'scale-ticks' });
  const name = el('span', { class: 'scale-name' });
  const root = el('div', { class: 'color-scale', 'aria-hidden': 'true' }, [
    name,
    el('div', { class: 'scale-body' }, [bar, marks]),
  ]);
  return {
    root,
    update(scale, count = 5) {
      root.hidden = !scale;
      if (!scale) return;
      setText(name, scale.name);
      bar.style.background = `linear-gradient(to right, ${scale.colors.join(', ')})`;
      placeTicks(marks, scale.domain, Math.min(count, 4), 'left', false);
    },
  };
}

/** Labels at round values in [lo, hi], each at its place in percent along `side`. */
function placeTicks(box, [lo, hi], count, side, flip) {
  const values = ticks(Math.min(lo, hi), Math.max(lo, hi), count);
  while (box.children.length > values.length) box.lastChild.remove();
  while (box.children.length < values.length) box.append(el('span', { class: 'tick' }));
  values.forEach((value, i) => {
    const share = (value - lo) / (hi - lo || 1);
    const label = box.children[i];
    setText(label, formatTick(value));
    label.style[side] = `${(flip ? 1 - share : share) * 100}%`;
    // Along x, a label on an edge sits inside the map's width (clear of the y labels).
    label.classList.toggle('start', !flip && share < 1e-9);
    label.classList.toggle('end', !flip && share > 1 - 1e-9);
  });
}
