// The exported model as Keras: a Sequential of Dense layers with the lab's activations (and a
// Dropout after a layer with dropout), the lab's weights set with set_weights([kernel, bias]).
// Dense keeps its kernel as inputs x units, exactly our W, so the matrices are written as they
// are. Pure text.

import {
  layerComment,
  parameterNames,
  modulePositions,
  pyInline,
  pyMatrix,
  pyNumber,
  pyVector,
  sampleInputs,
  shapeText,
} from './python-format.js';

/** Each lab activation as Dense's activation argument. */
export const KERAS_ACTIVATIONS = {
  sigmoid: '"sigmoid"',
  tanh: '"tanh"',
  relu: '"relu"',
  linear: '"linear"',
  softmax: '"softmax"',
  step: 'step',
};

const STEP_FUNCTION = [
  'def step(z):',
  '    # 1 where z >= 0, else 0. Keras has no step activation: its slope is 0',
  '    # everywhere (undefined at 0), so it gives no gradient. A comparison, not',
  '    # something to train.',
  '    return keras.ops.cast(keras.ops.greater_equal(z, 0), z.dtype)',
];

export const KERAS_LOSSES = {
  mse: '"mean_squared_error"',
  bce: '"binary_crossentropy"',
  softmax_ce: '"categorical_crossentropy"',
};

/** @param {object} model a Network.toJSON() object ("neuronlab.model" version 1) */
export function kerasCode(model) {
  const lines = [
    `# A ${shapeText(model)} network exported from Neuron Lab, as Keras.`,
    "# Dense(units, activation) is the lab's dense layer: a @ kernel + bias, then",
    '# the activation. Its kernel is inputs x units, like our W.',
    'import numpy as np',
    'import keras',
    'from keras import layers',
    '',
    'keras.config.set_floatx("float64")  # the precision the lab computes in',
  ];
  if (model.layers.some((layer) => layer.activation === 'step'))
    lines.push('', '', ...STEP_FUNCTION);
  lines.push('', '', 'model = keras.Sequential([', `    keras.Input(shape=(${model.inputs},)),`);
  for (const layer of model.layers) {
    lines.push(
      `    layers.Dense(${layer.units}, activation=${KERAS_ACTIVATIONS[layer.activation]}),`,
    );
    if (layer.dropout)
      lines.push(
        `    layers.Dropout(${pyNumber(layer.dropout)}),  # training only: predict() skips it`,
      );
  }
  lines.push('])', '');
  const at = modulePositions(model, 1);
  model.layers.forEach((layer, l) => {
    lines.push(`# ${layerComment(model, l)}; kernel = our W${l + 1}, bias = our b${l + 1}`);
    lines.push(`# ${parameterNames(model, l)}`);
    lines.push(`model.layers[${at[l]}].set_weights([`);
    lines.push(`    np.array(${pyMatrix(layer.weights, '    ')}),`);
    lines.push(`    np.array(${pyVector(layer.biases, '        ')}),`);
    lines.push('])');
  });
  lines.push('');
  if (KERAS_LOSSES[model.loss]) {
    lines.push(
      `model.compile(loss=${KERAS_LOSSES[model.loss]}, optimizer="sgd")  # the lab's ${model.loss}`,
      '',
    );
  }
  const sample = sampleInputs(model);
  lines.push(`# ${sample.note}`, `X = np.array(${pyInline(sample.rows)})`);
  lines.push('print(model.predict(X, verbose=0))', '');
  lines.push(
    '# Training, the loop of lesson 10 in one call (Y: one target row per sample):',
    '# model.fit(X, Y, epochs=1000, batch_size=4)',
  );
  return `${lines.join('\n')}\n`;
}
