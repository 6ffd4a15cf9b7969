// The pieces a backpropagation step is written with: numbers (plain, as a bracketed factor,
// or as the emphasised result after "="), symbolic formulas, notes, numeric lines and tables.
// view.js turns them into elements; no value is computed here.

export const num = (value) => ({ num: value });
export const factor = (value) => ({ num: value, factor: true });
export const result = (value) => ({ num: value, result: true });
export const formula = (text) => ({ kind: 'formula', text });
export const note = (text) => ({ kind: 'note', text });
export const line = (...tokens) => ({ kind: 'line', tokens: tokens.flat(Infinity) });

/** Joins token groups with a separator, such as ' + '. */
export function joined(groups, separator) {
  return groups.flatMap((group, i) => (i === 0 ? group : [separator, group])).flat();
}

/**
 * What every step builder reads from one computed step (session.js): the samples, the
 * value of a matrix cell, the activation feeding layer l, and the unit names.
 */
export function stepContext(shape, run, name) {
  const n = run.X.rows;
  const at = (matrix, s, unit) => matrix.data[s * matrix.cols + unit];
  return {
    shape,
    run,
    n,
    name,
    at,
    last: shape.length - 2,
    samples: Array.from({ length: n }, (_, s) => s),
    below: (l, s, i) => (l === 0 ? at(run.X, s, i) : at(run.forward.layers[l - 1].a, s, i)),
    tag: (s) => (n > 1 ? [`sample ${s + 1}: `] : []),
    output: (s) => at(run.forward.layers[shape.length - 2].a, s, 0),
    target: (s) => run.Y.data[s],
  };
}
