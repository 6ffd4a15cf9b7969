// Writes numbers and arrays as Python literals for the exported code, exactly: each number is
// printed in its shortest form that reads back as the same double, so the NumPy, PyTorch and
// Keras models compute what the lab's core computes. Also the few facts every generator
// shares (the shape line, the sample inputs). Pure text; no network math.

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

/** count(1, 'unit') -> "1 unit", count(3, 'unit') -> "3 units". */
export function count(n, noun) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
