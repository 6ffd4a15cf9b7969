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
export function lossGrid(net, shape, X, Y, refs, { xDomain, yDomain, size }) {
  const [setX, setY] = refs.map((ref) => parameterSetter(net, shape, ref));
  const xs = cellCentres(xDomain, size);
  const ys = cellCentres(yDomain, size).reverse();
  const values = new Float64Array(size * size);
  ys.forEach((y, row) => {
    setY(y);
    xs.forEach((x, col) => {
      setX(x);
      values[row * size + col] = net.loss(X, Y);
    });
  });
  return { values, rows: size, cols: size };
}
