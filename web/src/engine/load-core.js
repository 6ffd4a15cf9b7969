// Instantiates the WebAssembly core once per page (or node process) and hands out the raw
// Embind module. Only the facade (core.js) imports this; widgets never see the raw module.
// By default nn.mjs and nn.wasm sit beside this file, so any page on any sub-path finds them.

import { optionsOf } from './args.js';

let pending = null;

/**
 * @param {{ moduleUrl?: URL | string }} [options] where nn.mjs lives (nn.wasm is beside it)
 * @returns {Promise<object>} the Embind module
 */
export function loadModule(options) {
  // Own properties only: a moduleUrl inherited from a polluted Object.prototype is never imported.
  const { moduleUrl } = optionsOf(options, 'loadCore');
  pending ??= instantiate(new URL(moduleUrl ?? './nn.mjs', import.meta.url));
  return pending;
}

async function instantiate(url) {
  const { default: createNnModule } = await import(/* @vite-ignore */ url.href);
  const node = globalThis.process?.versions?.node ? globalThis.process : null;
  if (!node) return createNnModule();
  // Emscripten 3.1.6's ES6 output still calls require() and reads __dirname under node, and its
  // fetch() cannot read file: URLs: give it both globals and the wasm bytes directly.
  const { createRequire } = node.getBuiltinModule('node:module');
  const { fileURLToPath } = node.getBuiltinModule('node:url');
  const { dirname } = node.getBuiltinModule('node:path');
  const { readFileSync } = node.getBuiltinModule('node:fs');
  globalThis.require ??= createRequire(url);
  globalThis.__dirname ??= dirname(fileURLToPath(url));
  return createNnModule({ wasmBinary: readFileSync(new URL('./nn.wasm', url)) });
}
