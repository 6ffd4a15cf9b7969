// The perceptron rule through the wasm build: it settles on AND and OR, never on XOR.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { core } from './load.mjs';

function epochsToConverge(gate, maxEpochs) {
  const data = core.makeDataset(gate, { samples: 4 });
  const p = core.createPerceptron({ inputs: 2, learningRate: 0.1 });
  try {
    for (let e = 1; e <= maxEpochs; e++) if (p.trainEpoch(data.X, data.labels).converged) return e;
    return null;
  } finally {
    p.dispose();
  }
}

test('learns AND and OR within 20 epochs', () => {
  for (const gate of ['and', 'or']) {
    const epochs = epochsToConverge(gate, 20);
    assert.ok(epochs !== null && epochs <= 20, `${gate}: ${epochs}`);
  }
});

test('has not converged on XOR after 1,000 epochs', () => {
  assert.equal(epochsToConverge('xor', 1000), null);
});

test('one sample follows w += lr (t - y) x, b += lr (t - y)', () => {
  const p = core.createPerceptron({
    inputs: 2,
    learningRate: 0.5,
    weights: [0.2, -0.4],
    bias: -0.1,
  });
  // z = 0.2 * 1 - 0.4 * 1 - 0.1 = -0.3 -> y = 0; target 1 -> error 1
  const r = p.trainSample([1, 1], 1);
  assert.equal(r.output, 0);
  assert.equal(r.error, 1);
  [0.7, 0.1].forEach((w, i) =>
    assert.ok(Math.abs(r.weights[i] - w) < 1e-15, `w${i} = ${r.weights[i]}`),
  );
  assert.ok(Math.abs(r.bias - 0.4) < 1e-15);
  p.dispose();
});
