// npm run bench: builds what it needs, writes the bench data once from seeds, runs every
// implementation of tests/bench/implementations.mjs on the three workloads of
// shared/bench-workloads.md (each in its own process, in three rounds), checks that the same
// math ended at the same loss, then prints the table and the sizes and writes
// build/bench/results.json; last, W4 (digits-w4.mjs: the core, the native reference and
// tfjs-wasm on lesson 13's digits network). Speeds are medians after a warm-up, and ratios to
// the native reference of this same run (the median of the three rounds' ratios).
// Usage: node tests/bench/run.mjs [NAME...] runs only the named implementations (and the
// reference), e.g. `npm run bench -- "neuronlab wasm" tfjs-wasm`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkloads } from './data.mjs';
import { implementations } from './implementations.mjs';
import { printReport } from './print.mjs';
import { addRound, summarise } from './report.mjs';
import { coreSizes, sitePageSizes } from './sizes.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const out = join(repo, 'build/bench');
const nativeDir = join(out, 'native');
const dataDir = join(out, 'data');

function run(command, args, options = {}) {
  const r = spawnSync(command, args, {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    ...options,
  });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const log = (text) => process.stderr.write(`${text}\n`);

log(
  'bench: building the native programs (build/bench/native), the wasm core (build/wasm) and the site (build/site)',
);
run('cmake', ['-S', '.', '-B', nativeDir, '-DCMAKE_BUILD_TYPE=Release']);
run('cmake', [
  '--build',
  nativeDir,
  '-j2',
  '--target',
  'neuronlab_bench_data',
  'neuronlab_bench',
  'neuronlab_reference',
  'neuronlab_reference_digits',
]);
// The core and the site as npm test builds them (the glue minified; the lesson page measured
// below is the one built from this core).
run(process.execPath, ['web/tools/build-core.mjs', '--wasm-only']);
run(process.execPath, ['web/site-build/build-site.mjs']);

log('bench: writing the data and initial weights (build/bench/data)');
mkdirSync(dataDir, { recursive: true });
run(join(nativeDir, 'neuronlab_bench_data'), [dataDir]);
const workloads = readWorkloads(dataDir);

const only = process.argv.slice(2);
const chosen = implementations.filter(
  (i) => !only.length || i.name === 'reference' || only.includes(i.name),
);
// Rounds: the whole sequence runs ROUNDS times, each implementation in a fresh process each
// time. This machine's speed changes by up to 1.7x for minutes at a time (the same binary, the
// same data), so a figure from one stretch compared with another's from the next can be off by
// that much; each round's ratios compare implementations that ran a few seconds apart.
const ROUNDS = 3;
const results = {};
for (let round = 1; round <= ROUNDS; round++) {
  chosen.forEach((impl) => {
    const index = implementations.indexOf(impl);
    const start = performance.now();
    let result;
    try {
      if (impl.native) {
        result = JSON.parse(run(join(nativeDir, impl.native), [dataDir]));
      } else {
        const file = join(out, `raw-${index}.json`);
        run(process.execPath, [
          fileURLToPath(new URL('./run-js.mjs', import.meta.url)),
          String(index),
          dataDir,
          file,
        ]);
        result = JSON.parse(readFileSync(file, 'utf8'));
      }
    } catch (e) {
      result = { error: e.message };
    }
    results[impl.name] = addRound(results[impl.name], result);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    log(`bench: round ${round} of ${ROUNDS}: ${impl.name} done in ${seconds} s`);
  });
}

const summary = summarise(workloads, chosen, results);
const sizes = { core: coreSizes(join(repo, 'build/wasm')), ...(await sitePageSizes(repo)) };
const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  node: process.version,
  date: new Date().toISOString(),
};
printReport(workloads, summary, results, sizes, machine);
writeFileSync(
  join(out, 'results.json'),
  `${JSON.stringify({ machine, workloads, ...summary, sizes, raw: results }, null, 2)}\n`,
);
log(`bench: wrote ${join(out, 'results.json')}`);

// W4, the digits network of lesson 13: the core, the native reference and tfjs-wasm on the real
// digits, in rounds of their own (tests/bench/digits-w4.mjs prints its table).
log('bench: W4, the digits network (tests/bench/digits-w4.mjs)');
process.stdout.write(run(process.execPath, ['tests/bench/digits-w4.mjs']));
