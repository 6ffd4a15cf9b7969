// The npm package as a user gets it: the .tgz that `npm run package` writes, installed with npm
// into a fresh folder outside the repository. Shared by the tests in this folder.
// Does not: build or pack (run `npm run package` first; npm test does).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../web/tools/run-step.mjs';

export const run = promisify(execFile);

/** The root package.json: its version is the package's. */
export const rootPackage = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));

/** Path of build/neuron-lab-VERSION.tgz; throws when it is missing. */
export function tarball() {
  const file = join(repoRoot, 'build', `neuron-lab-${rootPackage.version}.tgz`);
  if (!existsSync(file)) throw new Error(`${file} does not exist: run npm run package`);
  return file;
}

/**
 * Installs the tarball into a fresh temporary folder (an ES-module project of its own).
 * Returns { dir, pkg: dir/node_modules/neuron-lab, remove() }.
 */
export async function installPackage() {
  const file = tarball();
  const dir = await mkdtemp(join(tmpdir(), 'neuronlab-user-'));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'a-blog', private: true, type: 'module' }),
  );
  // A local tarball with no dependencies: npm needs no registry for it.
  await run('npm', ['install', '--no-audit', '--no-fund', file], { cwd: dir });
  return {
    dir,
    pkg: join(dir, 'node_modules', 'neuron-lab'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
