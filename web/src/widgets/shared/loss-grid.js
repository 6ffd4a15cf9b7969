// The loss over a range of one or two parameters' values, asked of the core point by point:
// set the parameter(s) on the network, then net.loss(X, Y). The caller restores the network's
// parameters afterwards. Backs the loss curve and the loss surface; no loss math here.

import { describeParameter } from './weights-attribute.js';

/** A function value -> void that sets parameter "layer:index" of net (shape: its shape). */
export function parameterSetter(net, shape, [layer, index]) {
  const p = describeParameter(shape, layer, index);
  return p.kind === 'weight'
    ? (value) => net.setWeight(layer, p.from, p.to, value)
    : (value) => net.setBias(layer, p.unit, value);
}

/** Evenly spaced centres of `count` cells over [lo, hi]. */
export function cellCentres([lo, hi], count) {
  return Array.from({ length: count }, (_, i) => lo + ((i + 0.5) * (hi - lo)) / count);
}

/** The loss at each value of one parameter: Float64Array, one per value. */
export function lossCurve(net, shape, X, Y, ref, values) {
  const set = parameterSetter(net, shape, ref);
  return Float64Array.from(values, (value) => {
    set(value);
    return net.loss(X, Y);
  });
}

/**
 * The loss over a size x size grid of two parameters (refs: [[layer, index], [layer, index]])
 * on xDomain x yDomain: { values, rows, cols }, row 0 at the top (the highest y).
 */
export function lossGrid(net, shape, X, Y, refs, size) {
  const grid = emptyGrid(size.size);
  fillLossGrid(net, shape, X, Y, refs, size, grid, Infinity);
  return grid;
}

/** A grid for fillLossGrid: { values (NaN until computed), rows, cols, next: 0 }. */
export function emptyGrid(size) {
  return { values: new Float64Array(size * size).fill(NaN), rows: size, cols: size, next: 0 };
}

/**
 * Goes on computing lossGrid's cells, row by row from grid.next, until all are done or
 * performance.now() passes `until`, so a big grid can be spread over frames. Returns whether
 * the grid is complete. Leaves the two parameters at the last cell's values.
 */
export function fillLossGrid(net, shape, X, Y, refs, { xDomain, yDomain, size }, grid, until) {
  const [setX, setY] = refs.map((ref) => parameterSetter(net, shape, ref));
  const xs = cellCentres(xDomain, size);
  const ys = cellCentres(yDomain, size).reverse();
  let row = -1;
  while (grid.next < size * size) {
    const [r, c] = [Math.floor(grid.next / size), grid.next % size];
    if (r !== row) setY(ys[(row = r)]);
    setX(xs[c]);
    grid.values[grid.next++] = net.loss(X, Y);
    if (performance.now() >= until) break;
  }
  return grid.next === size * size;
}
