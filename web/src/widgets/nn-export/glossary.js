// The export panel's glossary: each idea in the lab's own words beside its name in NumPy,
// PyTorch or Keras, with rows for the activations and the loss the model uses. Plain data.

import { KERAS_ACTIVATIONS, KERAS_LOSSES } from './keras.js';
import { TORCH_ACTIVATIONS } from './pytorch.js';

const GENERAL = [
  {
    lab: 'Dense layer = matrix multiply + bias + activation',
    numpy: 'a = f(a @ W + b), written out',
    pytorch: 'nn.Linear(inputs, units), then an activation module',
    keras: 'layers.Dense(units, activation=…)',
  },
  {
    lab: 'W, inputs × units',
    numpy: 'W, the same array',
    pytorch: '.weight, units × inputs: our W transposed',
    keras: 'kernel, inputs × units: our W as it is',
  },
  { lab: 'b, one per unit', numpy: 'b', pytorch: '.bias', keras: 'bias' },
  {
    lab: 'Forward pass (lesson 6)',
    numpy: 'forward(X)',
    pytorch: 'model(X)',
    keras: 'model.predict(X)',
  },
  {
    lab: 'Backward pass (lesson 9)',
    numpy: 'yours to write',
    pytorch: 'loss.backward()',
    keras: 'inside fit',
  },
  {
    lab: 'Training loop of lesson 10: forward, loss, backward, step, repeated',
    numpy: 'yours to write',
    pytorch: 'a for loop: zero_grad(), loss.backward(), optimizer.step()',
    keras: 'fit = that whole loop: model.fit(X, Y, epochs=…)',
  },
  {
    lab: 'Learning rate',
    numpy: 'lr in your update W -= lr * dW',
    pytorch: 'torch.optim.SGD(model.parameters(), lr=…)',
    keras: 'keras.optimizers.SGD(learning_rate=…)',
  },
];

const ACTIVATION_WORDS = {
  numpy: {
    sigmoid: '1 / (1 + np.exp(-z))',
    tanh: 'np.tanh(z)',
    relu: 'np.maximum(z, 0)',
    linear: 'no function: a = z',
    softmax: 'exp(z) / row sum of exp(z)',
    step: 'np.where(z >= 0, 1.0, 0.0): a comparison, no gradient',
  },
  pytorch: {
    ...TORCH_ACTIVATIONS,
    linear: 'nn.Identity(), or nothing',
    step: 'none built in: a comparison (z >= 0), no gradient',
  },
  keras: {
    ...KERAS_ACTIVATIONS,
    step: 'none built in: a comparison (z >= 0), no gradient',
  },
};

const LOSS_WORDS = {
  numpy: { mse: 'np.mean((P - T) ** 2)', bce: 'written out', softmax_ce: 'written out' },
  pytorch: {
    mse: 'nn.MSELoss()',
    bce: 'nn.BCELoss()',
    softmax_ce: 'nn.NLLLoss() on log(p), or nn.CrossEntropyLoss() without the softmax',
  },
  keras: KERAS_LOSSES,
};

/** [[lab words, framework words]] for the model's layers and loss, then the general ideas. */
export function glossaryRows(model, framework) {
  const used = [...new Set(model.layers.map((layer) => layer.activation))];
  const rows = GENERAL.map((row) => [row.lab, row[framework]]);
  for (const name of used) {
    rows.push([`${name} activation`, ACTIVATION_WORDS[framework][name].replace(/"/g, '')]);
  }
  const loss = LOSS_WORDS[framework][model.loss];
  if (loss) rows.push([`Loss: ${model.loss} (lesson 7)`, loss.replace(/"/g, '')]);
  return rows;
}
