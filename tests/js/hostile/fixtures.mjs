// Values shared by the hostile-input cases: sizes, a long name, the XOR data and network, and
// model JSON around one layer.
export const MB = 1 << 20;
export const longName = 'x'.repeat(10_000);
export const xor = {
  X: [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ],
  labels: [0, 1, 1, 0],
  classes: 2,
};
export const xorSpec = {
  inputs: 2,
  layers: [
    { units: 2, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'bce',
};

/** A createNetwork spec: `inputs` and one [units, activation] pair per layer. */
export const networkSpec = (inputs, ...layers) => ({
  inputs,
  layers: layers.map(([units, activation]) => ({ units, activation })),
});

/** Model JSON text with one layer and the given top-level fields changed. */
export const model = (layer, top = {}) =>
  JSON.stringify({
    format: 'neuronlab.model',
    version: 1,
    inputs: 1,
    loss: 'mse',
    ...top,
    layers: [layer],
  });

/** A valid one-unit layer for model(). */
export const oneUnit = { units: 1, activation: 'linear', weights: [[0.5]], biases: [0] };
