// The exported model as PyTorch: an nn.Sequential of nn.Linear layers and activation modules
// (and an nn.Dropout after a layer with dropout), with the lab's weights copied in. nn.Linear keeps its weight as outputs x inputs, which is
// our W (inputs x units) transposed, so the matrices are written transposed. Pure text.

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
  transpose,
} from './python-format.js';

/** Each lab activation as the module that follows its nn.Linear. */
export const TORCH_ACTIVATIONS = {
  sigmoid: 'nn.Sigmoid()',
  tanh: 'nn.Tanh()',
  relu: 'nn.ReLU()',
  linear: 'nn.Identity()',
  softmax: 'nn.Softmax(dim=1)',
  step: 'Step()',
};

const STEP_MODULE = [
  'class Step(nn.Module):',
  '    """1 where z >= 0, else 0. PyTorch has no step layer: its slope is 0',
  '    everywhere (undefined at 0), so no gradient flows back through it.',
  '    A comparison, not something to train."""',
  '',
  '    def forward(self, z):',
  '        return (z >= 0).to(z.dtype)',
];

const LOSSES = {
  mse: "loss_fn = nn.MSELoss()  # the lab's mse",
  bce: "loss_fn = nn.BCELoss()  # the lab's bce, on probabilities",
  softmax_ce:
    "# The lab's softmax_ce: nn.NLLLoss() on torch.log(model(X)), or drop the\n" +
    '# final Softmax and use nn.CrossEntropyLoss(), which applies it itself\n' +
    '# (with targets as class numbers).\n' +
    'loss_fn = nn.NLLLoss()',
};

/**
 * The optimizer line of the training comment, from the trainer's own setting (the same update
 * rules and constants as the lab's, optimizer.hpp); without one, the rate is left to the reader.
 * training: { optimizer, learningRate } (either may be null).
 */
export function torchOptimizer({ optimizer, learningRate }) {
  const lr = learningRate === null ? 'lr=…' : `lr=${pyNumber(learningRate)}`;
  const call = {
    sgd: `SGD(model.parameters(), ${lr})`,
    momentum: `SGD(model.parameters(), ${lr}, momentum=0.9)`,
    rmsprop: `RMSprop(model.parameters(), ${lr}, alpha=0.9, eps=1e-8)`,
    adam: `Adam(model.parameters(), ${lr}, betas=(0.9, 0.999), eps=1e-8)`,
  }[optimizer ?? 'sgd'];
  const note = learningRate === null ? '  # lr: the learning rate you train with' : '';
  return `# optimizer = torch.optim.${call}${note}`;
}

/**
 * @param {object} model a Network.toJSON() object ("neuronlab.model" version 1)
 * @param {object} training { optimizer, learningRate }: the trainer's, or nulls when unknown
 */
export function pytorchCode(model, training = { optimizer: null, learningRate: null }) {
  const f64 = 'dtype=torch.float64';
  const lines = [
    `# A ${shapeText(model)} network exported from Neuron Lab, as PyTorch.`,
    "# nn.Linear(inputs, units) is the lab's dense layer without its activation;",
    '# the activation is the module after it. nn.Linear keeps its weight as',
    '# units x inputs: our W transposed.',
    'import torch',
    'from torch import nn',
    '',
  ];
  if (model.layers.some((layer) => layer.activation === 'step')) lines.push('', ...STEP_MODULE, '');
  lines.push('', 'model = nn.Sequential(');
  model.layers.forEach((layer, l) => {
    const fanIn = l === 0 ? model.inputs : model.layers[l - 1].units;
    const note = layer.activation === 'linear' ? '  # linear: no activation' : '';
    lines.push(`    nn.Linear(${fanIn}, ${layer.units}),`);
    lines.push(`    ${TORCH_ACTIVATIONS[layer.activation]},${note}`);
    if (layer.dropout)
      lines.push(
        `    nn.Dropout(p=${pyNumber(layer.dropout)}),  # training only: off after model.train(False)`,
      );
  });
  lines.push(').double()  # float64, the precision the lab computes in', '');
  const dropout = model.layers.some((layer) => layer.dropout);
  if (dropout)
    lines.push('model.train(False)  # predicting: the Dropout layers pass everything', '');
  lines.push('with torch.no_grad():');
  const positions = modulePositions(model, 2);
  model.layers.forEach((layer, l) => {
    const at = positions[l];
    lines.push(`    # ${layerComment(model, l)}; weight = our W${l + 1} transposed`);
    lines.push(`    # ${parameterNames(model, l)}`);
    lines.push(
      `    model[${at}].weight.copy_(torch.tensor(${pyMatrix(transpose(layer.weights), '    ')}, ${f64}))`,
    );
    lines.push(
      `    model[${at}].bias.copy_(torch.tensor(${pyVector(layer.biases, '        ')}, ${f64}))`,
    );
  });
  lines.push('');
  if (LOSSES[model.loss]) lines.push(LOSSES[model.loss], '');
  const sample = sampleInputs(model);
  lines.push(`# ${sample.note}`, `X = torch.tensor(${pyInline(sample.rows)}, ${f64})`);
  lines.push('print(model(X))', '');
  lines.push(
    '# Training, the loop of lesson 10 (Y: the targets, one row per sample):',
    torchOptimizer(training),
    ...(dropout ? ['# model.train()  # the Dropout layers drop again'] : []),
    '# for epoch in range(1000):',
    '#     optimizer.zero_grad()            # forget the last gradients',
    '#     loss = loss_fn(model(X), Y)      # forward pass and loss',
    '#     loss.backward()                  # backpropagation: dL/dW for every layer',
    '#     optimizer.step()                 # W -= lr * dL/dW',
  );
  return `${lines.join('\n')}\n`;
}
