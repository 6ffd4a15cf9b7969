// The one matrix form that crosses the JS/wasm boundary: { rows, cols, data }, data a row-major
// Float64Array. Callers may also pass an array of rows; this module converts and checks shape.
// Entries that are not numbers become NaN (see args.js), which the core refuses by position.
import { num } from './args.js';

/** @returns {{ rows: number, cols: number, data: Float64Array }} */
export function toMatrix(value, where, name) {
  if (isMatrix(value)) {
    if (value.data.length !== value.rows * value.cols)
      throw new Error(
        `${where}: ${name} has ${value.data.length} numbers for ${value.rows} x ${value.cols}`,
      );
    if (value.data instanceof Float64Array) return value;
    return {
      rows: value.rows,
      cols: value.cols,
      data: Float64Array.from(value.data, (x) => num(x)),
    };
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every(Array.isArray))
    throw new Error(`${where}: ${name} must be a non-empty array of rows, or { rows, cols, data }`);
  const cols = value[0].length;
  const bad = value.findIndex((row) => row.length !== cols);
  if (bad >= 0)
    throw new Error(
      `${where}: ${name} row ${bad} has ${value[bad].length} numbers; row 0 has ${cols}`,
    );
  return { rows: value.length, cols, data: Float64Array.from(value.flat(), (x) => num(x)) };
}

function isMatrix(v) {
  return (
    v !== null &&
    typeof v === 'object' &&
    Number.isInteger(v.rows) &&
    Number.isInteger(v.cols) &&
    (v.data instanceof Float64Array || Array.isArray(v.data))
  );
}

/** Row i of a matrix as a plain array. */
export function rowOf(m, i) {
  return Array.from(
    m.data.subarray
      ? m.data.subarray(i * m.cols, (i + 1) * m.cols)
      : m.data.slice(i * m.cols, (i + 1) * m.cols),
  );
}

/** A matrix back to an array of rows (for display and JSON). */
export function toRows(m) {
  return Array.from({ length: m.rows }, (_, i) => rowOf(m, i));
}
