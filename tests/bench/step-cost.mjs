// The price of crossing from JS into the core once per step: trainer.step() called from JS on
// XOR (full batch, so one step is one epoch) against the same steps inside one train() call.
// Returns the median CPU seconds per step of each over `runs` runs of `steps` steps.
import { loadCore } from '../../web/src/engine/core.js';

const moduleUrl = new URL('../../build/wasm/nn.mjs', import.meta.url);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

export async function stepCost({ steps = 20000, runs = 7 } = {}) {
  const core = await loadCore({ moduleUrl });
  const net = core.createNetwork({
    inputs: 2,
    layers: [
      { units: 4, activation: 'sigmoid' },
      { units: 1, activation: 'sigmoid' },
    ],
    seed: 7,
  });
  const trainer = core.createTrainer(net, core.makeDataset('xor', { samples: 4 }), {
    optimizer: 'sgd',
    learningRate: 0.25,
  });
  const time = (f) => {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6 / steps;
  };
  const inTrain = () => trainer.train(steps);
  const fromJs = () => {
    for (let i = 0; i < steps; i++) trainer.step();
  };
  inTrain(); // warm-up
  fromJs();
  const a = [];
  const b = [];
  for (let r = 0; r < runs; r++) {
    a.push(time(fromJs));
    b.push(time(inTrain));
  }
  trainer.dispose();
  net.dispose();
  return { jsStep: median(a), trainStep: median(b) };
}
