// The parameters of one layer of the walk-through's network in the order of the flat weights
// list, each with its name from shared/notation.js, and how to read one's value or gradient
// from getParameters()/backward() results. Bookkeeping only: the core computes every number.

import { biasName, weightName } from '../shared/notation.js';

/**
 * Every parameter of layer `layer` (joining column layer to layer + 1) in the order of the
 * flat weights list: W row by row, then b. Each: { layer, index, from, to, kind, label, words }
 * (label as shown, w(x₁→h₁); words as spoken, "weight from x1 to h1").
 */
export function layerParameters(shape, layer) {
  const [fanIn, units] = [shape[layer], shape[layer + 1]];
  const list = [];
  for (let from = 0; from < fanIn; from++) {
    for (let to = 0; to < units; to++) {
      const [label, words] = ['text', 'words'].map((f) => weightName(shape, layer, from, to, f));
      list.push({ layer, index: from * units + to, from, to, kind: 'weight', label, words });
    }
  }
  for (let to = 0; to < units; to++) {
    const [label, words] = ['text', 'words'].map((f) => biasName(shape, layer, to, f));
    list.push({ layer, index: fanIn * units + to, from: -1, to, kind: 'bias', label, words });
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
