// npm test: the whole suite, in the order that fails fastest (format, lint, native core, wasm,
// node tests, site, browser, package). Each step is announced and timed; the first failure
// stops the run. A test step is skipped only while its folder holds no test files. Ends with one
// line per step.
// Does not: know how anything is built (build-core.mjs, build-site.mjs) or formatted (format.mjs).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildNative, buildWasm } from './build-core.mjs';
import { ensureDeps } from './ensure-deps.mjs';
import { format } from './format.mjs';
import { localBin, repoRoot, run, runScript, step } from './run-step.mjs';

// File names node --test treats as tests: x.test.mjs, x-test.js, x_test.cjs, test-x.mjs, test.js.
const JS_TEST = /(^|[.\-_/])test\.[cm]?js$|(^|\/)test-[^/]*\.[cm]?js$/;
const CXX_TEST = /\.cpp$/;

/** Files under `dir` whose path matches `pattern`, relative to the repo root, in a fixed order. */
function filesIn(dir, pattern) {
  if (!existsSync(join(repoRoot, dir))) return [];
  return readdirSync(join(repoRoot, dir), { recursive: true })
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name))
    .sort();
}

/** A step over the tests in `dir`; it carries a skip reason while there are none. */
function testStep(name, dir, pattern, runTests) {
  const files = filesIn(dir, pattern);
  return {
    name,
    skip: files.length ? null : `${dir}/ has no tests yet`,
    run: () => runTests(files),
  };
}

const nodeTest = (options) => (files) => run(process.execPath, ['--test', ...options, ...files]);

const STEPS = [
  { name: 'dependencies', run: ensureDeps },
  { name: 'format check', run: () => format({ write: false }) },
  { name: 'lint', run: () => run(localBin('eslint'), ['.']) },
  { name: 'native build', run: buildNative },
  testStep('native tests', 'tests/core', CXX_TEST, () =>
    run('ctest', ['--test-dir', 'build/native', '--output-on-failure']),
  ),
  // The same tests under ASan + UBSan, then 30 s of fuzzing (tests/fuzz/run.mjs).
  { name: 'sanitizers and fuzzing', run: () => runScript('tests/fuzz/run.mjs') },
  { name: 'wasm build', run: buildWasm },
  testStep('node tests', 'tests/js', JS_TEST, nodeTest([])),
  { name: 'site build', run: () => runScript('web/site-build/build-site.mjs') },
  testStep('browser tests', 'tests/browser', JS_TEST, nodeTest(['--test-concurrency=1'])),
  // The npm package, packed (npm run package), installed from its tarball and used as a writer would.
  testStep('package tests', 'tests/package', JS_TEST, (files) =>
    run('npm', ['run', 'package']).then(() => nodeTest(['--test-concurrency=1'])(files)),
  ),
];

/** Runs STEPS in order until one fails; returns one summary line per step. */
async function runAll() {
  const lines = [];
  let failed = null;
  for (const { name, skip, run: work } of STEPS) {
    if (failed) {
      lines.push(`  ----  ${name}: not run`);
    } else if (skip) {
      console.log(`\n==> ${name}: skipped, ${skip}`);
      lines.push(`  SKIP  ${name}: ${skip}`);
    } else {
      try {
        const seconds = await step(name, work);
        lines.push(`  PASS  ${name} (${seconds.toFixed(1)} s)`);
      } catch (err) {
        failed = err;
        console.error(`\n${err.message}`);
        lines.push(`  FAIL  ${name}`);
      }
    }
  }
  return { lines, failed };
}

const { lines, failed } = await runAll();
console.log(`\nSummary:\n${lines.join('\n')}`);
if (failed) {
  console.error(`\nnpm test FAILED at step "${failed.step}".`);
  process.exitCode = 1;
} else {
  console.log('\nnpm test passed.');
}
