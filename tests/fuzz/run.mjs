// The sanitizer and fuzzing run: builds build/native-asan with clang++-14 (NEURONLAB_FUZZ=ON,
// which implies NEURONLAB_SANITIZE: everything under ASan + UBSan), runs every Catch2 test there
// with ctest, then runs each libFuzzer target for its share of the time from its committed seed
// corpus (tests/fuzz/corpus/<target>/). New inputs go to build/fuzz/<target>/, never into the
// committed corpus. Exits 1 on any failure, naming the reproducer and how to replay it.
// Does not: minimise or commit corpora; a crash's input is added to the corpus by hand, with a
// regression test in tests/core/regressions_test.cpp.
//
// Usage: node tests/fuzz/run.mjs [--seconds N] [--skip-ctest]
//   --seconds N   total fuzzing time, split evenly between the targets (default 90: 30 s each)
//   --skip-ctest  build and fuzz only (the Catch2 run takes about 10 s)
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandExists, repoRoot, run, step } from '../../web/tools/run-step.mjs';

const TREE = 'build/native-asan';
const WORK = 'build/fuzz';
const TARGETS = ['fuzz_model_json', 'fuzz_network', 'fuzz_decimal'];
const COMPILER = 'clang++-14';
// Sanitizer reports: full stacks, leaks checked at exit (UBSan already stops at the first report:
// CMakeLists.txt builds with -fno-sanitize-recover=all).
const SANITIZER_ENV = {
  ASAN_OPTIONS: 'detect_leaks=1',
  UBSAN_OPTIONS: 'print_stacktrace=1',
};
const env = { ...process.env, ...SANITIZER_ENV };

function parseArgs(argv) {
  const options = { seconds: 90, ctest: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seconds' && /^\d+$/.test(argv[i + 1] ?? ''))
      options.seconds = Number(argv[++i]);
    else if (argv[i] === '--skip-ctest') options.ctest = false;
    else throw new Error(`usage: run.mjs [--seconds N] [--skip-ctest], got: ${argv.join(' ')}`);
  }
  return options;
}

async function build() {
  if (!commandExists(COMPILER))
    throw new Error(`${COMPILER} not found: apt-get install clang-14 libclang-rt-14-dev`);
  await run('cmake', [
    '-S',
    '.',
    '-B',
    TREE,
    '-DCMAKE_BUILD_TYPE=Release',
    `-DCMAKE_CXX_COMPILER=${COMPILER}`,
    '-DNEURONLAB_FUZZ=ON',
  ]);
  await run('cmake', ['--build', TREE, '-j2', '--target', 'neuronlab_tests', ...TARGETS]);
}

/** Runs one target for `seconds`; resolves to { ok, executions, log, artifacts }. */
function fuzz(target, seconds) {
  const corpus = join(WORK, target);
  mkdirSync(join(repoRoot, corpus), { recursive: true });
  const prefix = `${WORK}/${target}-`;
  const dict = `tests/fuzz/${target}.dict`;
  const args = [
    `-max_total_time=${seconds}`,
    '-timeout=10', // one input running 10 s is a hang
    '-rss_limit_mb=2048',
    '-max_len=4096',
    '-print_final_stats=1',
    `-artifact_prefix=${prefix}`,
    ...(existsSync(join(repoRoot, dict)) ? [`-dict=${dict}`] : []),
    corpus, // first: where new inputs are written
    `tests/fuzz/corpus/${target}`,
  ];
  const log = join(WORK, `${target}.log`);
  const before = new Set(artifacts(target));
  const out = openSync(join(repoRoot, log), 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, TREE, target), args, {
      cwd: repoRoot,
      env,
      stdio: ['ignore', out, out],
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      closeSync(out);
      const text = readFileSync(join(repoRoot, log), 'utf8');
      const executions = Number(/stat::number_of_executed_units: (\d+)/.exec(text)?.[1] ?? 0);
      const found = artifacts(target).filter((a) => !before.has(a));
      resolve({ ok: code === 0 && found.length === 0, executions, log, found, text });
    });
  });
}

/** Reproducers libFuzzer has written for `target` (crash-, leak-, timeout-, oom-...). */
function artifacts(target) {
  const dir = join(repoRoot, WORK);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${target}-`) && !name.endsWith('.log'))
    .map((name) => `${WORK}/${name}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  await step('build the sanitizer tree and the fuzzers', build);
  if (options.ctest)
    await step('Catch2 tests under ASan + UBSan', () =>
      run('ctest', ['--test-dir', TREE, '--output-on-failure', '-j2'], { env }),
    );
  const seconds = Math.max(1, Math.floor(options.seconds / TARGETS.length));
  const failures = [];
  for (const target of TARGETS) {
    await step(`${target} for ${seconds} s`, async () => {
      const result = await fuzz(target, seconds);
      console.log(
        `${target}: ${result.executions} executions in ${seconds} s (log: ${result.log})`,
      );
      if (result.ok) return;
      failures.push(target);
      console.error(result.text.split('\n').slice(-40).join('\n'));
      for (const path of result.found)
        console.error(`\nReproducer: ${path}\nReplay it:  ${TREE}/${target} ${path}`);
      if (result.found.length === 0) console.error(`${target} failed without a reproducer`);
    });
  }
  if (failures.length) throw new Error(`fuzzing found a problem in: ${failures.join(', ')}`);
}

try {
  await main();
  console.log('\nSanitizers and fuzzing: no problem found.');
} catch (err) {
  console.error(`\ntests/fuzz/run.mjs: ${err.message}`);
  process.exitCode = 1;
}
