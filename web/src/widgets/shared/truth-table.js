// The four points of a truth table (AND, OR, XOR) as the widgets use them, read from the core's
// data sets: the batch X for forward passes, the same points as [x₁, x₂] rows for drawing and
// printing, the class labels, and the plot domain the core suggests.

/** core.makeDataset(name, { samples: 4 }) -> { X, rows, labels, domain } */
export function truthTable(core, name) {
  const d = core.makeDataset(name, { samples: 4 });
  const { rows: count, cols, data } = d.X;
  const rows = Array.from({ length: count }, (_, i) =>
    Array.from(data.slice(i * cols, (i + 1) * cols)),
  );
  return { X: d.X, rows, labels: Array.from(d.labels), domain: d.domain };
}
