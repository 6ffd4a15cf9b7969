// The exported model as plain NumPy: the weights as arrays and a forward() that does what the
// lab's core does, layer by layer, a = f(a @ W + b). Pure: model object in, Python text out.

import {
  count,
  layerComment,
  parameterNames,
  pyInline,
  pyMatrix,
  pyNumber,
  pyVector,
  sampleInputs,
  shapeText,
} from './python-format.js';

/** Each activation as a NumPy function (linear needs none). */
const ACTIVATIONS = {
  sigmoid: ['def sigmoid(z):', '    return 1 / (1 + np.exp(-z))'],
  tanh: ['def tanh(z):', '    return np.tanh(z)'],
  relu: ['def relu(z):', '    return np.maximum(z, 0)'],
  softmax: [
    'def softmax(z):',
    '    e = np.exp(z - z.max(axis=1, keepdims=True))  # minus the row maximum: no overflow',
    '    return e / e.sum(axis=1, keepdims=True)',
  ],
  step: [
    'def step(z):',
    '    # 1 where z >= 0, else 0. Its slope is 0 everywhere (undefined at 0), so',
    '    # it gives no gradient to learn from: a comparison, not something to train.',
    '    return np.where(z >= 0, 1.0, 0.0)',
  ],
};

const LOSSES = {
  mse: ['def mse(P, T):', '    return np.mean((P - T) ** 2)'],
  bce: [
    'def bce(P, T):',
    '    P = np.clip(P, 1e-12, 1 - 1e-12)',
    '    return -np.mean(T * np.log(P) + (1 - T) * np.log(1 - P))',
  ],
  softmax_ce: [
    'def softmax_ce(P, T):',
    '    return -np.mean(np.sum(T * np.log(np.clip(P, 1e-12, 1)), axis=1))',
  ],
};

/** @param {object} model a Network.toJSON() object ("neuronlab.model" version 1) */
export function numpyCode(model) {
  const used = [...new Set(model.layers.map((layer) => layer.activation))];
  const lines = [
    `# A ${shapeText(model)} network exported from Neuron Lab, as plain NumPy.`,
    '# Each dense layer multiplies by its weights W (inputs x units), adds its',
    '# biases b, then applies its activation: a = f(a @ W + b).',
    'import numpy as np',
    '',
  ];
  for (const name of used.filter((n) => ACTIVATIONS[n])) lines.push('', ...ACTIVATIONS[name], '');
  lines.push('');
  model.layers.forEach((layer, l) => {
    lines.push(`# ${layerComment(model, l)}`, `# ${parameterNames(model, l)}`);
    lines.push(`W${l + 1} = np.array(${pyMatrix(layer.weights)})`);
    lines.push(`b${l + 1} = np.array(${pyVector(layer.biases, '    ')})`, '');
  });
  lines.push('', 'def forward(X):');
  lines.push(
    `    """X: samples x ${count(model.inputs, 'input')} -> samples x ${count(model.layers.at(-1).units, 'output')}."""`,
  );
  model.layers.forEach((layer, l) => {
    const input = l === 0 ? 'X' : 'a';
    const z = `${input} @ W${l + 1} + b${l + 1}`;
    lines.push(
      layer.activation === 'linear'
        ? `    a = ${z}  # linear: no activation`
        : `    a = ${layer.activation}(${z})`,
    );
    if (layer.dropout)
      lines.push(
        `    # dropout ${pyNumber(layer.dropout)} here in training only: off at prediction, a stays as it is`,
      );
  });
  lines.push('    return a', '', '');
  const loss = LOSSES[model.loss];
  if (loss)
    lines.push(
      `# The loss the lab trained with (${model.loss}); P: predictions, T: targets.`,
      ...loss,
      '',
      '',
    );
  const sample = sampleInputs(model);
  lines.push(`# ${sample.note}`, `X = np.array(${pyInline(sample.rows)})`);
  lines.push('print(forward(X))');
  lines.push(
    '# Training (the loop of lesson 10) is yours to write: forward, loss,\n# backward, step, repeated.',
  );
  return `${lines.join('\n')}\n`;
}
