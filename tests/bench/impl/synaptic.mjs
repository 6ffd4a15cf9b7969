// synaptic: a layered network built from its JSON form (so it starts from the bench's weights),
// trained one sample at a time with activate() then propagate(rate, target). Its output error
// is t - y without the activation's derivative (a cross-entropy-like rule), and it has no
// softmax: the mlp output is logistic. Hidden units use the workload's activation.
import { createRequire } from 'node:module';
import { batches, outputs, row } from '../data.mjs';

const synaptic = createRequire(import.meta.url)('synaptic');
const squash = { sigmoid: 'LOGISTIC', tanh: 'TANH', relu: 'RELU', softmax: 'LOGISTIC' };

// synaptic's JSON: neurons input first, then each hidden layer, then the output; one
// connection per weight, from neuron index to neuron index.
function networkJson(workload, data) {
  const neurons = [];
  const connections = [];
  const add = (count, layer, fn, biases) => {
    const first = neurons.length;
    for (let j = 0; j < count; j++)
      neurons.push({
        trace: { elegibility: {}, extended: {} },
        state: 0,
        old: 0,
        activation: 0,
        bias: biases?.[j] ?? 0,
        layer,
        squash: fn,
      });
    return first;
  };
  let below = add(workload.inputs, 'input', 'IDENTITY');
  let fanIn = workload.inputs;
  workload.layers.forEach((layer, l) => {
    const last = l === workload.layers.length - 1;
    const first = add(layer.units, last ? 'output' : l, squash[layer.activation], data.b[l]);
    for (let i = 0; i < fanIn; i++)
      for (let j = 0; j < layer.units; j++)
        connections.push({
          from: below + i,
          to: first + j,
          weight: data.W[l][i * layer.units + j],
          gater: null,
        });
    below = first;
    fanIn = layer.units;
  });
  return { neurons, connections };
}

export function create(workload, data) {
  const k = outputs(workload);
  const inputs = Array.from({ length: workload.samples }, (_, i) =>
    row(data.X, workload.inputs, i),
  );
  const targets = Array.from({ length: workload.samples }, (_, i) => row(data.Y, k, i));
  let net = null;
  return {
    reset() {
      net = synaptic.Network.fromJSON(networkJson(workload, data));
      net.activate(inputs[0]); // synaptic compiles its network on the first call
    },
    train(plan) {
      for (const idx of batches(workload, data, plan))
        for (const s of idx) {
          net.activate(inputs[s]);
          net.propagate(workload.learningRate, targets[s]);
        }
    },
    predict(count) {
      const P = new Float64Array(count * k);
      inputs.slice(0, count).forEach((x, i) => P.set(net.activate(x), i * k));
      return P;
    },
    dispose() {},
  };
}
