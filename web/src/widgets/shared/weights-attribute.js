// The `weights` attribute shared by every widget that shows a small network (<nn-loss>,
// <nn-network>, …): all parameters in one flat list, layer by layer; for each layer its weight
// matrix W row by row (fan_in rows of `units` numbers: W[from][to]), then its biases b.
// For shape "2,2,1": W0[0][0], W0[0][1], W0[1][0], W0[1][1], b0[0], b0[1], W1[0][0], W1[1][0], b1[0].
// A parameter is named "layer:index", its place inside its layer's block (W first, then b).
// Packing only: no network math here (the core computes everything).

/** How many numbers a layer adds: fan_in × units weights, then units biases. */
function layerSize(shape, layer) {
  return shape[layer] * shape[layer + 1] + shape[layer + 1];
}

/** The number of parameters a shape such as [2, 2, 1] has (9). */
export function parameterCount(shape) {
  let count = 0;
  for (let l = 0; l < shape.length - 1; l++) count += layerSize(shape, l);
  return count;
}

/**
 * A schema entry for `weights` fitted to a shape: exactly parameterCount(shape) numbers, with an
 * example of that length for the message when the entry's default has another length.
 */
export function weightsEntry(entry, shape) {
  const count = parameterCount(shape);
  const fitted = { ...entry, minLength: count, maxLength: count };
  if (entry.default?.length === count) return fitted;
  const zeros = count <= 12 ? Array(count).fill('0').join(', ') : `0, 0, …, 0 (${count} numbers)`;
  return { ...fitted, example: zeros };
}

/** The flat list as net.setParameters() takes it: [{ W: { rows, cols, data }, b }]. */
export function toParameters(shape, flat) {
  if (flat.length !== parameterCount(shape)) {
    throw new Error(
      `weights: ${flat.length} numbers given; shape ${shape.join(',')} needs ${parameterCount(shape)}`,
    );
  }
  const parameters = [];
  let at = 0;
  for (let l = 0; l < shape.length - 1; l++) {
    const [rows, cols] = [shape[l], shape[l + 1]];
    const W = { rows, cols, data: Float64Array.from(flat.slice(at, at + rows * cols)) };
    at += rows * cols;
    parameters.push({ W, b: Float64Array.from(flat.slice(at, at + cols)) });
    at += cols;
  }
  return parameters;
}

/** net.getParameters() (or toParameters' result) back to the flat list. */
export function fromParameters(parameters) {
  return parameters.flatMap(({ W, b }) => [...W.data, ...b]);
}

/** Where parameter "layer:index" sits in the flat list. */
export function flatIndex(shape, layer, index) {
  let at = 0;
  for (let l = 0; l < layer; l++) at += layerSize(shape, l);
  return at + index;
}

/**
 * What parameter "layer:index" is: { layer, index, kind: 'weight', from, to } or
 * { layer, index, kind: 'bias', unit } (its name for readers: notation.js parameterName).
 */
export function describeParameter(shape, layer, index) {
  const [fanIn, units] = [shape[layer], shape[layer + 1]];
  if (index < fanIn * units) {
    const [from, to] = [Math.floor(index / units), index % units];
    return { layer, index, kind: 'weight', from, to };
  }
  const unit = index - fanIn * units;
  return { layer, index, kind: 'bias', unit };
}

/**
 * Parses a list of parameter names, "0:0,0:1", against a shape: { value: [[layer, index], …] }
 * or { expected: 'words' } as attributes.js parsers return (count: how many are wanted).
 */
export function parseParameterList(text, shape, count) {
  const refs = text.split(',').map((part) => /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(part));
  const value = refs.map((m) => m && [Number(m[1]), Number(m[2])]);
  const valid = value.every(
    (ref) => ref && ref[0] < shape.length - 1 && ref[1] < layerSize(shape, ref[0]),
  );
  const distinct = new Set(value.map(String)).size === value.length;
  if (value.length === count && valid && distinct) return { value };
  const last = shape.length - 2;
  // The first `count` weights of layer 0: as many as asked for (the first layer has at least 2).
  const such = Array.from({ length: count }, (_, i) => `0:${i}`).join(',');
  const what =
    count === 1
      ? 'one parameter written layer:index'
      : `${count} different parameters written layer:index and separated by a comma`;
  return {
    expected:
      `${what}, such as "${such}" (layer from 0 to ${last}; index counts the layer's weights ` +
      `row by row, then its biases)`,
  };
}
