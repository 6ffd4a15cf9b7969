// Under node the core is a library: loading it leaves the host process's handlers alone, and a
// script's own uncaught error is reported where it was thrown, not as a line of the wasm glue.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const facade = new URL('../../web/src/engine/core.js', import.meta.url).href;
const glue = new URL('../../build/wasm/nn.mjs', import.meta.url).href;

// A script that loads the core, reports the process's handlers, then lets a refused call escape.
const script = `
import { loadCore } from ${JSON.stringify(facade)};
const core = await loadCore({ moduleUrl: new URL(${JSON.stringify(glue)}) });
const count = (event) => process.listenerCount(event);
console.log(JSON.stringify([count('uncaughtException'), count('unhandledRejection')]));
core.createNetwork({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }], loss: 'nope' });
`;

test('loading the core adds no process handler, and an uncaught error points at its thrower', () => {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  assert.equal(child.stdout.trim(), '[0,0]', 'process handlers after loading the core');
  assert.notEqual(child.status, 0);
  const [where] = child.stderr.split('\n');
  assert.match(where, /web\/src\/engine\/handle\.js:\d+$/);
  assert.match(child.stderr, /createNetwork: loss "nope" is unknown; accepted: mse, bce/);
  // The glue is one minified line of about 26,000 characters: it must not be what node shows.
  assert.ok(child.stderr.length < 2000, `stderr is ${child.stderr.length} characters long`);
});
