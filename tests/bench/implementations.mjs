// Every implementation the bench runs, in the order of the table. `native` ones are the C++
// programs CMake builds; the others are JS modules (impl/*.mjs) run in a node child process
// each. `sameMath`: it trains the workloads' exact math, so its final loss must agree with the
// reference's to 4 digits before any speed is reported. `plans` shrinks a workload for the
// per-sample peers whose cost per sample is the figure (their losses are not comparable), and
// cuts the repetitions of the slow ones so the whole bench stays within a few minutes.
// `variantOf`: our core in another setting (not a peer); `workloads`: the only ones it runs
// (float32 pays on the large layers of mlp, not on the tiny nets).
const quickWarmup = { epochs: 1, samples: 1024 };
const perSampleMlp = { mlp: { epochs: 1, samples: 1024, runs: 3, warmup: quickWarmup } };
// synaptic takes about 0.1 s per mlp training sample and 20 ms per prediction here.
const synapticMlp = {
  mlp: { epochs: 1, samples: 64, runs: 1, warmup: { epochs: 1, samples: 16 }, scored: 256 },
};
const slow = {
  xor: { runs: 3 },
  playground: { runs: 3 },
  mlp: { runs: 1, warmup: quickWarmup },
};

export const implementations = [
  { name: 'reference', native: 'neuronlab_reference', sameMath: true },
  { name: 'neuronlab native', native: 'neuronlab_bench', sameMath: true },
  { name: 'neuronlab wasm', module: './impl/neuronlab.mjs', sameMath: true, ours: true },
  {
    name: 'neuronlab wasm f32',
    module: './impl/neuronlab.mjs',
    options: { precision: 'float32' },
    sameMath: true,
    variantOf: 'neuronlab wasm',
    workloads: ['mlp'],
  },
  {
    name: 'tfjs-wasm',
    module: './impl/tfjs.mjs',
    options: { backend: 'wasm' },
    sameMath: true,
    plans: slow,
  },
  {
    name: 'tfjs-cpu',
    module: './impl/tfjs.mjs',
    options: { backend: 'cpu' },
    sameMath: true,
    plans: slow,
  },
  { name: 'convnetjs', module: './impl/convnetjs.mjs', sameMath: true, plans: slow },
  { name: 'brain.js', module: './impl/brain.mjs', sameMath: false, plans: perSampleMlp },
  { name: 'synaptic', module: './impl/synaptic.mjs', sameMath: false, plans: synapticMlp },
];
