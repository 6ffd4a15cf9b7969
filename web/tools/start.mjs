// npm start: installs what is missing, builds the wasm core and the site, then serves build/site
// on http://127.0.0.1:8080/ (or the next free port) until Ctrl+C.
// Does not: run the native build or any test (npm test does).
import { join } from 'node:path';
import { buildWasm } from './build-core.mjs';
import { ensureDeps } from './ensure-deps.mjs';
import { repoRoot, runScript, step } from './run-step.mjs';
import { startServerOnFreePort } from './serve.mjs';

try {
  await step('dependencies', ensureDeps);
  await step('wasm build', buildWasm);
  await step('site build', () => runScript('web/site-build/build-site.mjs'));
  const { url } = await startServerOnFreePort({ root: join(repoRoot, 'build/site'), port: 8080 });
  console.log(`\nNeuron Lab is running at ${url}\nPress Ctrl+C to stop.`);
} catch (err) {
  console.error(`\nnpm start: ${err.message}`);
  process.exitCode = 1;
}
