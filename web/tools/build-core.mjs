// Builds the C++ core with CMake: natively (Catch2 tests, run by ctest) and to WebAssembly with
// Emscripten (CMakeLists.txt puts nn.mjs + nn.wasm in build/wasm/), then minifies nn.mjs.
// Does not: run the tests, or know any compiler flag (CMakeLists.txt owns them).
// As a script: node web/tools/build-core.mjs [--native-only | --wasm-only]
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, run, runStep, step } from './run-step.mjs';

const CONFIGURE = ['-S', '.', '-DCMAKE_BUILD_TYPE=Release'];
const JOBS = '-j2';
const WASM_OUTPUTS = ['build/wasm/nn.mjs', 'build/wasm/nn.wasm'];

function requireFile(relative, why) {
  if (!existsSync(join(repoRoot, relative))) throw new Error(`${relative} not found (${why})`);
}

/** cmake configure, refusing early and clearly when there is nothing to configure yet. */
function configure(name, command, args) {
  return step(name, () => {
    requireFile('CMakeLists.txt', 'the core has no build description yet');
    return run(command, args);
  });
}

export async function buildNative() {
  await configure('configure native core', 'cmake', [...CONFIGURE, '-B', 'build/native']);
  await runStep('build native core', 'cmake', ['--build', 'build/native', JOBS]);
}

const MINIFIED = "// Emscripten's glue, minified by web/tools/build-core.mjs\n";

/**
 * Emscripten without Closure (Debian ships no closure-compiler) keeps the glue's local names
 * whole; esbuild shortens them, which takes nn.mjs from 12.9 to 9.6 KB gzipped. Property names
 * are left alone, so Module["..."] and the wasm imports keep theirs. A glue file that starts with
 * MINIFIED is left as it is (a build that did not relink it). esbuild is imported here, not at
 * the top: `npm test` loads this file before it installs the npm packages.
 */
async function minifyGlue(file) {
  const path = join(repoRoot, file);
  const glue = await readFile(path, 'utf8');
  if (glue.startsWith(MINIFIED)) return;
  const { transform } = await import('esbuild');
  const { code } = await transform(glue, {
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  await writeFile(path, MINIFIED + code);
}

export async function buildWasm() {
  await configure('configure wasm core', 'emcmake', [
    'cmake',
    ...CONFIGURE,
    '-B',
    'build/wasm-cmake',
  ]);
  await step('build wasm core', async () => {
    await run('cmake', ['--build', 'build/wasm-cmake', JOBS]);
    for (const output of WASM_OUTPUTS) requireFile(output, 'the wasm build should write it');
  });
  await step('minify wasm glue', () => minifyGlue(WASM_OUTPUTS[0]));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flags = process.argv.slice(2);
  try {
    if (flags.length > 1 || flags.some((f) => f !== '--native-only' && f !== '--wasm-only')) {
      throw new Error(
        `usage: build-core.mjs [--native-only | --wasm-only], got: ${flags.join(' ')}`,
      );
    }
    if (!flags.includes('--wasm-only')) await buildNative();
    if (!flags.includes('--native-only')) await buildWasm();
  } catch (err) {
    console.error(`\nbuild-core: ${err.message}`);
    process.exitCode = 1;
  }
}
