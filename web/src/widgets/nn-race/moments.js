// Reads one parameter's value and optimizer state out of a trainer checkpoint (Trainer.save(),
// laid out in core/src/checkpoint.cpp): after 27 header numbers and the n-sample order come
// the P parameters layer by layer (W row by row, then b), then the optimizer's step count t and
// its two state arrays, first for every layer's W (s1 then s2), then for every layer's b.
// Reading only: nothing here changes a trainer.

import { describeParameter, flatIndex, parameterCount } from '../shared/weights-attribute.js';

const HEADER = 27;

/**
 * For parameter [layer, index] of a network of `shape`, in a checkpoint of a trainer over
 * `samples` training rows: { value, t, s1, s2 } (s1: momentum's v, RMSprop's s, Adam's m;
 * s2: Adam's v; the others' unused state is 0).
 */
export function parameterState(checkpoint, shape, samples, [layer, index]) {
  const P = parameterCount(shape);
  const params = HEADER + samples;
  const optimizer = params + P;
  const p = describeParameter(shape, layer, index);
  // The state arrays: every layer's W block (2 × fan_in × units), then every layer's b block.
  let at = optimizer + 1;
  const weights = (l) => shape[l] * shape[l + 1];
  for (let l = 0; l < shape.length - 1; l++) {
    if (p.kind === 'weight' && l === layer) break;
    at += 2 * weights(l);
  }
  if (p.kind === 'bias') {
    for (let l = 0; l < layer; l++) at += 2 * shape[l + 1];
  }
  const [block, offset] =
    p.kind === 'weight' ? [weights(layer), index] : [shape[layer + 1], p.unit];
  return {
    value: checkpoint[params + flatIndex(shape, layer, index)],
    t: checkpoint[optimizer],
    s1: checkpoint[at + offset],
    s2: checkpoint[at + block + offset],
  };
}

/** The P parameters in a checkpoint, flat (the weights attribute's order): a copy. */
export function parametersOf(checkpoint, shape, samples) {
  return checkpoint.slice(HEADER + samples, HEADER + samples + parameterCount(shape));
}
