// Loads the facade against the wasm build in build/wasm/ (npm run build:core makes it).
import { existsSync } from 'node:fs';
import { loadCore } from '../../web/src/engine/core.js';

const moduleUrl = new URL('../../build/wasm/nn.mjs', import.meta.url);
if (!existsSync(moduleUrl)) throw new Error('build/wasm/nn.mjs is missing: run npm run build:core');

export const core = await loadCore({ moduleUrl });

/** Reads a golden file from tests/golden/, shared with the Catch2 tests. */
export async function golden(name) {
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(new URL(`../golden/${name}`, import.meta.url), 'utf8'));
}
