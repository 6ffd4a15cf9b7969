// Writes numbers and arrays as Python literals for the exported code, exactly: each number is
// printed in its shortest form that reads back as the same double, so the NumPy, PyTorch and
// Keras models compute what the lab's core computes. Also the few facts every generator
// shares (the shape line, the sample inputs, where each layer sits among the modules, the
// lab's names of the weights). Pure text; no network math.

import { biasName, weightName } from '../shared/notation.js';

const WIDTH = 92;

/** 0.5 -> "0.5", 1 -> "1.0" (so NumPy makes float arrays), 1e-7 -> "1e-7" (valid Python). */
export function pyNumber(value) {
  const text = Object.is(value, -0) ? '0' : String(value);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

/** [1, 2] -> "[1.0, 2.0]", wrapped after WIDTH characters with the given indent. */
export function pyVector(values, indent = '') {
  const items = Array.from(values, pyNumber);
  const lines = [];
  let line = '';
  for (const item of items) {
    if (line && indent.length + line.length + item.length + 2 > WIDTH) {
      lines.push(`${line},`);
      line = item;
    } else line = line ? `${line}, ${item}` : item;
  }
  lines.push(line);
  return `[${lines.join(`\n${indent} `)}]`;
}

/** Rows -> a nested list, one row per line: "[\n    [1.0, 2.0],\n    [3.0, 4.0],\n]". */
export function pyMatrix(rows, indent = '') {
  const inner = `${indent}    `;
  const body = rows.map((row) => `${inner}${pyVector(row, inner)},`).join('\n');
  return `[\n${body}\n${indent}]`;
}

/** Rows x cols -> cols x rows (a layout change, for nn.Linear's out x in weight). */
export function transpose(rows) {
  return rows[0].map((_, j) => rows.map((row) => row[j]));
}

/** "2-2-1": the inputs, then the units of each layer. */
export function shapeText(model) {
  return [model.inputs, ...model.layers.map((layer) => layer.units)].join('-');
}

/**
 * Sample inputs for the code to run on: the four XOR corners for a 2-input model, otherwise
 * one row of zeros. { rows, note } where note says what they are.
 */
export function sampleInputs(model) {
  if (model.inputs === 2) {
    return {
      rows: [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
      note: 'The four XOR inputs, one sample per row.',
    };
  }
  return {
    rows: [Array(model.inputs).fill(0)],
    note: 'One sample of zeros (put your own inputs here).',
  };
}

/** Small rows on one line: [[0.0, 1.0], [1.0, 0.0]] (for sample inputs). */
export function pyInline(rows) {
  return `[${rows.map((row) => pyVector(row)).join(', ')}]`;
}

/** "Layer 2: 3 units -> 1 unit, sigmoid": what a layer joins, for a comment above it. */
export function layerComment(model, l) {
  const below = l === 0 ? count(model.inputs, 'input') : count(model.layers[l - 1].units, 'unit');
  const layer = model.layers[l];
  return `Layer ${l + 1}: ${below} -> ${count(layer.units, 'unit')}, ${layer.activation}`;
}

/**
 * The lab's names of layer l's parameters in ASCII, the first and the last of each kind:
 * "W1[0, 0] = w(x1->h1), ..., W1[1, 1] = w(x2->h2); b1[0] = b(h1), ..., b1[1] = b(h2)".
 */
export function parameterNames(model, l) {
  const shape = [model.inputs, ...model.layers.map((layer) => layer.units)];
  const [rows, cols] = [shape[l], shape[l + 1]];
  const ends = (count, name) => {
    const named = [...new Set([0, count - 1])].map(name);
    return named.join(count > 2 ? ', ..., ' : ', ');
  };
  const weight = (k) => {
    const [i, j] = [Math.floor(k / cols), k % cols];
    return `W${l + 1}[${i}, ${j}] = ${weightName(shape, l, i, j, 'ascii')}`;
  };
  const bias = (j) => `b${l + 1}[${j}] = ${biasName(shape, l, j, 'ascii')}`;
  return `${ends(rows * cols, weight)}; ${ends(cols, bias)}`;
}

/**
 * Where each layer's first module sits in a Sequential that holds `modules` modules for each
 * layer and one more, a Dropout, after a layer with dropout: for 2 per layer and dropout on
 * the first layer, [0, 3, 5, ...].
 */
export function modulePositions(model, modules) {
  let at = 0;
  return model.layers.map((layer) => {
    const here = at;
    at += modules + (layer.dropout ? 1 : 0);
    return here;
  });
}

/** count(1, 'unit') -> "1 unit", count(3, 'unit') -> "3 units". */
export function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
