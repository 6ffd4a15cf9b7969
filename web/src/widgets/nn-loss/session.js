// What <nn-loss> computes with, read from its attributes: the shape (2 inputs, 1 output), the
// samples, the weights (the attribute's, or seeded ones when they do not fit the shape) and the
// two surface parameters, each keeping its last good value while the attribute is wrong; and a
// move on the surface, as new weights. No DOM and no drawing; the samples and seeded weights
// are the core's.

import { seededWeights } from '../shared/owned-network.js';
import { pickedValue } from '../shared/picked-value.js';
import { flatIndex, parameterCount, parseParameterList } from '../shared/weights-attribute.js';
import { binarySamples } from './sample-losses.js';

export class LossSetup {
  #widget;
  #good = { shape: [2, 2, 1], surface: null }; // the last valid shape and surface parameters
  #data = { key: '', X: null, Y: null };
  #inits = new Map(); // shape -> seeded initial weights, for a shape without its weights

  /** widget: the <nn-loss> (values, core). */
  constructor(widget) {
    this.#widget = widget;
  }

  /** The shape if it has the data sets' 2 inputs and a single output, else the last that did. */
  shape() {
    const shape = this.#widget.values.shape;
    if (shape[0] === 2 && shape.at(-1) === 1) this.#good.shape = shape;
    return this.#good.shape;
  }

  /** The samples X and their 0/1 targets Y, asked of the core when the data set changes. */
  dataset() {
    const { dataset, samples } = this.#widget.values;
    const key = `${dataset}|${samples}`;
    if (this.#data.key !== key) {
      this.#data = { key, ...binarySamples(this.#widget.core, dataset, samples) };
    }
    return this.#data;
  }

  /** The weights attribute when it fits the shape, else the core's seeded starting weights. */
  weights(shape) {
    const { weights } = this.#widget.values;
    if (weights.length === parameterCount(shape)) return weights;
    const key = String(shape);
    if (!this.#inits.has(key)) this.#inits.set(key, seededWeights(this.#widget.core, shape));
    return this.#inits.get(key);
  }

  /** The two surface parameters, [[layer, index], …], or null; a bad value adds a problem. */
  surface(shape, problems) {
    const text = this.#widget.values.surface.trim();
    if (text === '') return null;
    const result = parseParameterList(text, shape, 2);
    if (result.value) return (this.#good.surface = result.value);
    problems.push(`surface="${text}": expected ${result.expected}`);
    // The last good pair stays on the map while it still names parameters of this shape.
    const last = this.#good.surface?.map((ref) => ref.join(':')).join(',');
    return last ? (parseParameterList(last, shape, 2).value ?? null) : null;
  }

  /**
   * The surface's point as the attributes have it now: the values of its two parameters, or
   * null without a surface. A change of weights, shape or surface since the last drawing
   * counts, so an arrow key in the same frame moves on from the new point.
   */
  point() {
    const shape = this.shape();
    const refs = this.surface(shape, []);
    const flat = this.weights(shape);
    return refs && refs.map(([l, j]) => flat[flatIndex(shape, l, j)]);
  }

  /**
   * The weights after a move on the surface to point ([x, y]): the two parameters named now set
   * (to 0.01), kept inside the map. Null when the surface was taken away since the last drawing.
   */
  movedTo(point) {
    const shape = this.shape();
    const refs = this.surface(shape, []);
    if (!refs) return null;
    const range = this.#widget.values.range;
    const flat = [...this.weights(shape)];
    refs.forEach(([l, j], i) => {
      flat[flatIndex(shape, l, j)] = pickedValue(point[i], [-range, range]);
    });
    return flat;
  }
}
