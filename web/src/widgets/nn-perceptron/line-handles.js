// The two handles that let a reader place a straight line by hand (lesson 4): dragged with a
// pointer (mouse, pen or touch) or moved with the arrow keys once focused. It also turns two
// handle positions into the line's w and b and back; this is geometry, not a network: which
// side of the line a point falls on is still asked of the core.

import { showNumber } from '../shared/format.js';

const KEY_MOVES = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
const KEY_STEP = 0.05;
const BIG_STEP = 0.25;
const MIN_GAP = 0.1; // handles closer than this would leave the line's direction undefined

/**
 * The line through p and q as w₁x₁ + w₂x₂ + b = 0, with |w| = 1 and w pointing to the same
 * side as `previous` (so moving a handle never swaps the sides). Rounded to 3 decimals.
 */
export function lineFromHandles([p, q], previous) {
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  const length = Math.hypot(dx, dy);
  let w = [dy / length, -dx / length];
  if (w[0] * previous[0] + w[1] * previous[1] < 0) w = [-w[0], -w[1]];
  const round = (v) => Math.round(v * 1000) / 1000 || 0;
  return { weights: w.map(round), bias: round(-(w[0] * p[0] + w[1] * p[1])) };
}

/**
 * Two points on the line w·x + b = 0, a fifth of the way in from where it leaves the domain
 * [x₁ min, x₁ max, x₂ min, x₂ max]; null when the line misses the domain or w is zero.
 */
export function handlesFromLine(weights, bias, [x0, x1, y0, y1]) {
  const [a, b] = weights;
  const ends = [];
  if (b !== 0) for (const x of [x0, x1]) ends.push([x, -(a * x + bias) / b]);
  if (a !== 0) for (const y of [y0, y1]) ends.push([-(b * y + bias) / a, y]);
  const inside = ends.filter(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
  if (inside.length < 2) return null;
  inside.sort((m, n) => m[0] - n[0] || m[1] - n[1]);
  const [p, q] = [inside[0], inside[inside.length - 1]];
  if (Math.hypot(q[0] - p[0], q[1] - p[1]) < MIN_GAP) return null;
  const at = (t) => [0, 1].map((k) => snap(p[k] + (q[k] - p[k]) * t));
  return [at(0.2), at(0.8)];
}

/**
 * Drag mode of a perceptron: keeps the handles on the line the attributes give (or on `start`
 * when w is zero) and sets the core perceptron to that line. o: { plot, domain, perceptron,
 * start: { weights, bias }, onLine: ({ weights, bias }) -> void (store it as attributes) }.
 * Returns { place(weights, bias), flip(), describe() }.
 */
export function lineDragger(o) {
  let handles = null;
  let placedFor = ''; // the line the handles were placed for
  // The line in force, kept here as soon as it moves: a move or a swap that comes before the
  // next render (which sets the perceptron) starts from it, not from the line drawn last.
  let line = null;
  const keep = (next) => {
    line = next;
    placedFor = `${next.weights}|${next.bias}`;
    o.onLine(next);
  };
  const attached = attachHandles({
    plot: o.plot,
    domain: o.domain,
    positions: () => handles,
    onMove(i, point) {
      handles = handles.with(i, point);
      keep(lineFromHandles(handles, line.weights));
    },
  });
  return {
    get handles() {
      return handles;
    },
    /**
     * Sets the perceptron to the line and moves the handles onto it when the line is new. A
     * line that cannot be shown (w zero, or outside the plot) gives way to `start`.
     */
    place(weights, bias) {
      line = { weights, bias };
      let key = `${weights}|${bias}`;
      if (key !== placedFor) {
        const onLine = handlesFromLine(weights, bias, o.domain);
        if (onLine === null) {
          line = o.start;
          key = `${line.weights}|${line.bias}`;
        }
        handles = onLine ?? handlesFromLine(line.weights, line.bias, o.domain);
        placedFor = key;
      }
      o.perceptron.setWeights(line.weights, line.bias);
    },
    /** Swaps which side is class 1: w and b change sign, the line stays. */
    flip() {
      const [w, b] = [line.weights, line.bias];
      keep({ weights: [-w[0] || 0, -w[1] || 0], bias: -b || 0 });
    },
    describe: () => attached.describe(),
  };
}

/**
 * Makes plot.handles draggable and keyboard-movable. o: { plot (from decisionLinePlot), domain,
 * positions: () => the current [[x₁, x₂], [x₁, x₂]], onMove: (index, [x₁, x₂]) -> void }.
 * Returns { describe() } to refresh each handle's spoken position after a render.
 */
export function attachHandles(o) {
  const [x0, x1, y0, y1] = o.domain;
  const move = (i, [x, y]) => {
    const next = [snap(clamp(x, x0, x1)), snap(clamp(y, y0, y1))];
    const other = o.positions()[1 - i];
    if (Math.hypot(next[0] - other[0], next[1] - other[1]) < MIN_GAP) return;
    o.onMove(i, next);
  };
  o.plot.handles.forEach((handle, i) => {
    handle.setAttribute('tabindex', '0');
    handle.setAttribute('role', 'slider');
    handle.setAttribute('aria-roledescription', 'draggable point');
    handle.setAttribute('aria-valuemin', x0);
    handle.setAttribute('aria-valuemax', x1);
    handle.addEventListener('keydown', (event) => {
      const direction = KEY_MOVES[event.key];
      if (!direction) return;
      event.preventDefault();
      const step = event.shiftKey ? BIG_STEP : KEY_STEP;
      const [x, y] = o.positions()[i];
      move(i, [x + direction[0] * step, y + direction[1] * step]);
    });
    handle.addEventListener('pointerdown', (event) => {
      event.preventDefault();
      handle.setPointerCapture(event.pointerId);
      handle.focus({ focusVisible: false }); // arrow keys work next; no ring after a drag
    });
    handle.addEventListener('pointermove', (event) => {
      if (handle.hasPointerCapture(event.pointerId)) {
        move(i, o.plot.toData(event.clientX, event.clientY));
      }
    });
  });
  return {
    describe() {
      o.positions().forEach(([x, y], i) => {
        const handle = o.plot.handles[i];
        handle.setAttribute('aria-label', `Line handle ${i + 1}`);
        handle.setAttribute('aria-valuenow', x);
        handle.setAttribute(
          'aria-valuetext',
          `x₁ ${showNumber(x)}, x₂ ${showNumber(y)}; arrow keys move it, Shift for bigger steps`,
        );
      });
    },
  };
}

function clamp(value, lo, hi) {
  return Math.min(hi, Math.max(lo, value));
}

/** To the nearest 0.01, without float noise. */
function snap(value) {
  return Math.round(value * 100) / 100 || 0;
}
