// Two builds of the core timed in turn on W1, for a change smaller than npm run bench's noise:
// XOR 2-4-1 (sigmoid, SGD 0.25, full batch), trainer.train(5000) through the facade, CPU time
// per epoch. Each run is a fresh process (this machine keeps one of two speeds per wasm
// process), the builds alternate, and each one's minimum and median are printed.
// Usage: node tests/bench/compare-builds.mjs A/nn.mjs B/nn.mjs [runs per build, default 7]
// A build of another commit: git worktree add /tmp/old REV, then in /tmp/old
// `emcmake cmake -S . -B build/wasm-cmake -DCMAKE_BUILD_TYPE=Release &&
//  cmake --build build/wasm-cmake` (build/wasm/nn.mjs; unminified glue times the same).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CALLS = 300; // timed train(5000) calls per run, after one untimed

/** CPU µs per epoch of one run of the build at `glue` (in this process). */
async function timeOne(glue) {
  const { loadCore } = await import('../../web/src/engine/core.js');
  const core = await loadCore({ moduleUrl: pathToFileURL(glue) });
  const net = core.createNetwork({
    inputs: 2,
    layers: [
      { units: 4, activation: 'sigmoid' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'mse',
    seed: 1,
  });
  const data = {
    X: [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ],
    labels: [0, 1, 1, 0],
    classes: 2,
  };
  const trainer = core.createTrainer(net, data, { optimizer: 'sgd', learningRate: 0.25 });
  trainer.train(5000);
  const start = process.cpuUsage();
  for (let i = 0; i < CALLS; i++) trainer.train(5000);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (CALLS * 5000);
}

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

const [first, ...rest] = process.argv.slice(2);
if (first === '--one') {
  console.log(await timeOne(rest[0]));
} else {
  const builds = [first, rest[0]].map((p) => p && resolve(p));
  const runs = Number(rest[1] ?? 7);
  if (!builds[1] || !(runs >= 1)) {
    console.error('usage: node tests/bench/compare-builds.mjs A/nn.mjs B/nn.mjs [runs]');
    process.exit(2);
  }
  const self = fileURLToPath(import.meta.url);
  const times = builds.map(() => []);
  for (let r = 0; r < runs; r++) {
    builds.forEach((glue, b) => {
      const out = execFileSync(process.execPath, [self, '--one', glue], { encoding: 'utf8' });
      times[b].push(Number(out));
    });
  }
  builds.forEach((glue, b) => {
    const t = times[b];
    console.log(
      `${'AB'[b]} min ${Math.min(...t).toFixed(4)} median ${median(t).toFixed(4)} µs/epoch  ${glue}`,
    );
  });
}
