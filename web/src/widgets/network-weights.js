// All of a network's weights and biases as one flat list of numbers, the form the `weights`
// attribute of <nn-network> takes, and back. The order, layer by layer from the inputs: first
// that layer's W (fan_in × units) row by row, so W[from][to] for from = 0, to = 0, 1, …, then
// from = 1, …; then that layer's biases b[0], b[1], …. For shape 2,2,1 that is
//   w(x₁→h₁), w(x₁→h₂), w(x₂→h₁), w(x₂→h₂), b(h₁), b(h₂), w(h₁→y), w(h₂→y), b(y).
// Pure: no DOM and no core; the matrices have the form Network.getParameters() uses.

/** How many numbers the list holds for a shape such as [2, 2, 1]: 9. */
export function parameterCount(shape) {
  let count = 0;
  for (let l = 1; l < shape.length; l++) count += (shape[l - 1] + 1) * shape[l];
  return count;
}

/** Where layer l's W block starts in the list (layer 0 is the first after the inputs). */
function layerStart(shape, layer) {
  let start = 0;
  for (let l = 0; l < layer; l++) start += (shape[l] + 1) * shape[l + 1];
  return start;
}

/** The list position of W[from][to] of layer `layer` (joining column layer to layer + 1). */
export function weightIndex(shape, layer, from, to) {
  return layerStart(shape, layer) + from * shape[layer + 1] + to;
}

/** The list position of the bias of unit `unit` of layer `layer`. */
export function biasIndex(shape, layer, unit) {
  return layerStart(shape, layer) + shape[layer] * shape[layer + 1] + unit;
}

/** The flat list -> [{ W: { rows, cols, data: Float64Array }, b: Float64Array }], per layer. */
export function unflattenParameters(shape, list) {
  if (list.length !== parameterCount(shape)) {
    throw new Error(
      `weights: expected ${parameterCount(shape)} numbers for shape ${shape.join(',')}, got ${list.length}`,
    );
  }
  return shape.slice(1).map((units, l) => {
    const fanIn = shape[l];
    const start = layerStart(shape, l);
    const data = Float64Array.from(list.slice(start, start + fanIn * units));
    const b = Float64Array.from(list.slice(start + fanIn * units, start + (fanIn + 1) * units));
    return { W: { rows: fanIn, cols: units, data }, b };
  });
}

/** [{ W, b }, …] (as Network.getParameters() gives them) -> the flat list of plain numbers. */
export function flattenParameters(parameters) {
  return parameters.flatMap(({ W, b }) => [...W.data, ...b]);
}
