// The input features of <nn-trainer>: what the network reads of each point (x₁, x₂) — the
// coordinates themselves, their squares, their product, their sines — chosen by the reader with
// the `features` attribute. The data, the boundary's grid and the neuron maps' grid all go
// through featureMatrix, so the boundary is drawn through the same features the network learnt.

/** name (as the attribute and formulas write it) -> [label as the diagram shows it, f(x₁, x₂)]. */
export const FEATURES = new Map([
  ['x1', ['x₁', (a) => a]],
  ['x2', ['x₂', (a, c) => c]],
  ['x1^2', ['x₁²', (a) => a * a]],
  ['x2^2', ['x₂²', (a, c) => c * c]],
  ['x1*x2', ['x₁x₂', (a, c) => a * c]],
  ['sin(x1)', ['sin x₁', (a) => Math.sin(a)]],
  ['sin(x2)', ['sin x₂', (a, c) => Math.sin(c)]],
]);

/** The diagram's labels for the input units. */
export function featureLabels(features) {
  return features.map((name) => FEATURES.get(name)[0]);
}

/**
 * X (n × 2, { rows, cols, data }) -> n × features.length: row i holds each feature of point i,
 * in the order given. With features ["x1", "x2"] the result has X's numbers.
 */
export function featureMatrix(X, features) {
  const fs = features.map((name) => FEATURES.get(name)[1]);
  const k = fs.length;
  const data = new Float64Array(X.rows * k);
  for (let i = 0; i < X.rows; i++) {
    const [a, c] = [X.data[2 * i], X.data[2 * i + 1]];
    for (let j = 0; j < k; j++) data[i * k + j] = fs[j](a, c);
  }
  return { rows: X.rows, cols: k, data };
}

/** A data set (makeDataset's shape) with its X and Xtest turned into features. */
export function featureData(data, features) {
  return {
    ...data,
    X: featureMatrix(data.X, features),
    Xtest: data.Xtest ? featureMatrix(data.Xtest, features) : data.Xtest,
  };
}
