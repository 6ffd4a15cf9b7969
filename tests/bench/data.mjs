// Reads the bench data that neuronlab_bench_data wrote (see bench_data.hpp for the files) and
// walks it in the order every implementation trains in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The workload definitions, as workloads.hpp states them. */
export function readWorkloads(dir) {
  return JSON.parse(readFileSync(join(dir, 'workloads.json'), 'utf8'));
}

/** { X, Y, labels, order, W: [...], b: [...] }, each a Float64Array; X is samples x inputs. */
export function readData(dir, workload) {
  const f64 = (name) => {
    const bytes = readFileSync(join(dir, workload.name, `${name}.f64`));
    return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  };
  const layers = workload.layers.map((_, l) => l);
  return {
    X: f64('X'),
    Y: f64('Y'),
    labels: f64('labels'),
    order: f64('order'),
    W: layers.map((l) => f64(`W${l}`)),
    b: layers.map((l) => f64(`b${l}`)),
  };
}

export const outputs = (workload) => workload.layers.at(-1).units;

/**
 * The sample indices of each step of a plan: epochs 0 .. plan.epochs - 1, in each the first
 * plan.samples entries of that epoch's order, cut into batches of workload.batch.
 */
export function* batches(workload, data, plan) {
  for (let e = 0; e < plan.epochs; e++) {
    const epoch = data.order.subarray(e * workload.samples, e * workload.samples + plan.samples);
    for (let start = 0; start < plan.samples; start += workload.batch)
      yield epoch.subarray(start, Math.min(start + workload.batch, plan.samples));
  }
}

/** Rows `indices` of a row-major matrix with `cols` columns, as a new array of type `Type`. */
export function gatherRows(matrix, cols, indices, Type = Float64Array) {
  const out = new Type(indices.length * cols);
  indices.forEach((s, r) => out.set(matrix.subarray(s * cols, (s + 1) * cols), r * cols));
  return out;
}

/** Row i of a row-major matrix as a plain array (the per-sample peers take arrays). */
export const row = (matrix, cols, i) => Array.from(matrix.subarray(i * cols, (i + 1) * cols));
