// The one list of what is formatted and by which tool: Prettier for the JS, CSS, HTML, JSON and
// Markdown in web/, tests/, docs/ and the top level; clang-format for the C++ in core/ and
// tests/core/. `npm run format` rewrites; the test suite only checks.
// Does not: lint (eslint does), or choose a style (.prettierrc.json and .clang-format do).
// As a script (npm run format): node web/tools/format.mjs rewrites everything.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandExists, localBin, repoRoot, run } from './run-step.mjs';

const PRETTIER_PATHS = ['web', 'tests', 'docs', '*.json', '*.md', '*.js'];
const CXX_DIRS = ['core', 'tests/core', 'tests/fuzz', 'tests/bench'];
const CXX_FILE = /\.(hpp|cpp|h)$/;

/** Every C++ source under CXX_DIRS, relative to the repo root. */
const cxxFiles = () =>
  CXX_DIRS.filter((dir) => existsSync(join(repoRoot, dir))).flatMap((dir) =>
    readdirSync(join(repoRoot, dir), { recursive: true })
      .filter((name) => CXX_FILE.test(name))
      .map((name) => join(dir, name)),
  );

/** Checks (write = false) or rewrites (write = true) the formatting of the whole tree. */
export async function format({ write }) {
  await run(localBin('prettier'), [
    write ? '--write' : '--check',
    '--no-error-on-unmatched-pattern',
    // Prettier skips what .gitignore and .prettierignore name (its default ignore files).
    ...PRETTIER_PATHS,
  ]);
  const files = cxxFiles();
  if (files.length === 0) return;
  if (!commandExists('clang-format')) {
    console.warn('WARNING: clang-format is not installed; C++ formatting was not checked.');
    return;
  }
  await run('clang-format', write ? ['-i', ...files] : ['--dry-run', '--Werror', ...files]);
  if (!write) console.log(`clang-format: ${files.length} C++ files checked.`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await format({ write: true }).catch((err) => {
    console.error(`format: ${err.message}`);
    process.exitCode = 1;
  });
}
