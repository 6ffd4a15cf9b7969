// Names for the parts of a small network as the backpropagation lesson writes them: inputs
// x₁, x₂, hidden neurons h₁, h₂ (g₁, g₂ for a second hidden layer, k₁ … for a third), the
// output ŷ, weights w(x₁→h₁) and biases b(h₁). Names only: nothing is computed here.

const LETTERS = ['h', 'g', 'k'];

export function subscript(n) {
  return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[d]);
}

/** The name of unit `unit` in column `column` (column 0 holds the inputs). */
export function unitName(shape, column, unit) {
  if (column === 0) return `x${subscript(unit + 1)}`;
  if (column === shape.length - 1) return shape[column] === 1 ? 'ŷ' : `ŷ${subscript(unit + 1)}`;
  return `${LETTERS[column - 1] ?? 'h'}${subscript(unit + 1)}`;
}

/**
 * Every parameter of layer `layer` (joining column layer to layer + 1) in the order of the
 * flat weights list: W row by row, then b. Each: { layer, index, from, to, kind, label }.
 */
export function layerParameters(shape, layer) {
  const [fanIn, units] = [shape[layer], shape[layer + 1]];
  const list = [];
  for (let from = 0; from < fanIn; from++) {
    for (let to = 0; to < units; to++) {
      const label = `w(${unitName(shape, layer, from)}→${unitName(shape, layer + 1, to)})`;
      list.push({ layer, index: from * units + to, from, to, kind: 'weight', label });
    }
  }
  for (let to = 0; to < units; to++) {
    const label = `b(${unitName(shape, layer + 1, to)})`;
    list.push({ layer, index: fanIn * units + to, from: -1, to, kind: 'bias', label });
  }
  return list;
}

/** A parameter's value in getParameters() form (and dW/db, which have the same layout). */
export function parameterValue(layerValues, parameter, W = 'W', b = 'b') {
  const matrix = layerValues[W];
  return parameter.kind === 'weight'
    ? matrix.data[parameter.from * matrix.cols + parameter.to]
    : layerValues[b][parameter.to];
}

/** The relative difference the core's gradient check uses: |a − n| / max(|a| + |n|, 1e-12). */
export function relativeDifference(analytic, numeric) {
  return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-12);
}
