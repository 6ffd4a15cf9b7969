// Per-sample numbers for <nn-loss>, all asked of the core: the predictions of the batch, each
// sample's loss (Network.loss on its one-row batch), each mean (Network.loss on the whole
// batch) and each error, prediction − target, read from backward(): for one sample with a
// sigmoid output and cross-entropy, the core's dL/dz is exactly p − t.

/** A data set's samples X and their 0/1 targets Y (for one sigmoid output), from the core. */
export function binarySamples(core, dataset, samples) {
  const d = core.makeDataset(dataset, { samples, seed: 1 });
  return { X: d.X, Y: core.targets(d.labels, { classes: d.classes, activation: 'sigmoid' }) };
}

/** The one-row batches of X and Y: [{ X, Y }] (views, not copies). */
export function oneRowBatches(X, Y) {
  return Array.from({ length: X.rows }, (_, i) => ({
    X: { rows: 1, cols: X.cols, data: X.data.subarray(i * X.cols, (i + 1) * X.cols) },
    Y: { rows: 1, cols: Y.cols, data: Y.data.subarray(i * Y.cols, (i + 1) * Y.cols) },
  }));
}

/**
 * nets: { mse, bce } with the same parameters, a single sigmoid output; shown: loss names.
 * Returns { inputs, targets, predictions, errors, losses: { name: [] }, means: { name } }.
 */
export function sampleLosses(nets, X, Y, shown) {
  const rows = oneRowBatches(X, Y);
  return {
    inputs: rows.map((r) => Array.from(r.X.data)),
    targets: Array.from(Y.data),
    predictions: Array.from(nets.mse.predict(X).data),
    errors: rows.map((r) => nets.bce.backward(r.X, r.Y).layers.at(-1).delta.data[0]),
    losses: Object.fromEntries(shown.map((n) => [n, rows.map((r) => nets[n].loss(r.X, r.Y))])),
    means: Object.fromEntries(shown.map((n) => [n, nets[n].loss(X, Y)])),
  };
}
