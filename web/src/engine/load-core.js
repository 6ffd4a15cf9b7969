// Instantiates the WebAssembly core once per page (or node process) and hands out the raw
// Embind module. Only the facade (core.js) imports this; widgets never see the raw module.
// By default nn.mjs and nn.wasm sit beside this file, so any page on any sub-path finds them.
// Both default addresses are written new URL('./name', import.meta.url) with a literal name,
// the form bundlers (Vite) recognise: they copy both files into the app and rename them.

import { optionsOf } from './args.js';

let pending = null;

/**
 * @param {{ moduleUrl?: URL | string }} [options] where nn.mjs lives (nn.wasm is beside it)
 * @returns {Promise<object>} the Embind module
 */
export function loadModule(options) {
  // Own properties only: a moduleUrl inherited from a polluted Object.prototype is never imported.
  const { moduleUrl } = optionsOf(options, 'loadCore');
  if (moduleUrl) {
    const url = new URL(moduleUrl, import.meta.url);
    pending ??= instantiate(url, new URL('./nn.wasm', url));
  }
  pending ??= instantiate(
    new URL('./nn.mjs', import.meta.url),
    new URL('./nn.wasm', import.meta.url),
  );
  return pending;
}

async function instantiate(url, wasmUrl) {
  const { default: createNnModule } = await import(/* @vite-ignore */ url.href);
  const node = globalThis.process?.versions?.node ? globalThis.process : null;
  if (node) {
    // Emscripten 3.1.6's ES6 output still calls require() and reads __dirname under node.
    const { createRequire } = node.getBuiltinModule('node:module');
    const { fileURLToPath } = node.getBuiltinModule('node:url');
    const { dirname } = node.getBuiltinModule('node:path');
    globalThis.require ??= createRequire(url);
    globalThis.__dirname ??= dirname(fileURLToPath(url));
  }
  // The wasm bytes are handed over, not looked up by nn.mjs: its own lookup cannot read file:
  // URLs under node, and would miss nn.wasm once a bundler has renamed it.
  return createNnModule({ wasmBinary: await wasmBytes(wasmUrl, node) });
}

async function wasmBytes(url, node) {
  if (node) return node.getBuiltinModule('node:fs').readFileSync(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not load: HTTP ${response.status}`);
  return response.arrayBuffer();
}
