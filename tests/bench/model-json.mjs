// How long a large model takes to leave the core as JSON and to come back: a 784-128-10 network
// (101,770 numbers), net.toJSON() + JSON.stringify, then core.networkFromJSON(text); wall-clock
// medians of five of each after one untimed. The model file is JavaScript over the platform's JSON
// (web/src/engine/model-file.js); run it against another build's nn.mjs to compare.
// Usage: node tests/bench/model-json.mjs [path/to/nn.mjs, default build/wasm/nn.mjs]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCore } from '../../web/src/engine/core.js';

const glue = process.argv[2]
  ? pathToFileURL(resolve(process.argv[2]))
  : new URL('../../build/wasm/nn.mjs', import.meta.url);
const core = await loadCore({ moduleUrl: glue });
const net = core.createNetwork({
  inputs: 784,
  layers: [
    { units: 128, activation: 'relu' },
    { units: 10, activation: 'softmax' },
  ],
  loss: 'softmax_ce',
  seed: 1,
});

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
/** Median milliseconds of five calls of f, after one untimed; and f's last result. */
function timed(f) {
  let result = f();
  const ms = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    result = f();
    ms.push(performance.now() - start);
  }
  return { ms: median(ms), result };
}

const written = timed(() => JSON.stringify(net.toJSON()));
const read = timed(() => core.networkFromJSON(written.result).dispose());
console.log(
  `export ${written.ms.toFixed(0)} ms, import ${read.ms.toFixed(0)} ms ` +
    `(${written.result.length.toLocaleString('en')} characters)`,
);
net.dispose();
