// Lesson 11's "Better inputs: features" numbers, from the core as <nn-trainer dataset="circle"
// samples="200" hidden-layers="1"> trains (tanh, sgd at 0.3, full batches, seed 1), its points
// read through features.js: on x₁, x₂ 69.5% at epoch 500 and never above 70.5% in 3000 epochs;
// on x₁², x₂² 100% first at epoch 27. (tests/browser/own-data.test.mjs steps the widget to 27.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { featureData } from '../../web/src/widgets/nn-trainer/features.js';
import { core } from './load.mjs';

/** Accuracy after each epoch, 1 to epochs, of the lesson's network on `features`. */
function accuracies(features, epochs) {
  const data = core.makeDataset('circle', { samples: 200, noise: 0, testFraction: 0, seed: 1 });
  const layers = [
    { units: 1, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ];
  const net = core.createNetwork({ inputs: features.length, layers, loss: 'bce', seed: 1 });
  const options = { optimizer: 'sgd', learningRate: 0.3, l2: 0, batchSize: 0, seed: 1 };
  const trainer = core.createTrainer(net, featureData(data, features), options);
  const result = [];
  for (let e = 1; e <= epochs; e++) {
    trainer.train(1);
    result.push(trainer.evaluate().accuracy);
  }
  trainer.dispose();
  net.dispose();
  return result;
}

test("lesson 11's features section states the numbers the trainer reaches", () => {
  const lesson = readFileSync(
    new URL('../../lessons/11-modern-tools/index.md', import.meta.url),
    'utf8',
  );
  assert.match(lesson, /<nn-trainer dataset="circle" samples="200" hidden-layers="1">/);
  const plain = accuracies(['x1', 'x2'], 3000);
  assert.equal(plain[499], 0.695);
  assert.equal(Math.max(...plain), 0.705);
  assert.match(
    lesson,
    /at epoch 500 the accuracy is 69\.5%, and in 3000 epochs it\s+never passes 70\.5%/,
  );
  const squares = accuracies(['x1^2', 'x2^2'], 27);
  assert.equal(squares.indexOf(1) + 1, 27);
  assert.match(lesson, /it reaches\s+100% at epoch 27 \(press\s+Step 27 times\)/);
});
