// Shared by the build, start and test scripts: run a command with the terminal's output,
// and wrap a piece of work as a named step that is announced, timed, and named in its error.
// Does not: decide which steps exist or their order (build-core.mjs, run-tests.mjs do).
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (this file lives in web/tools/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Path of a tool installed by npm (prettier, eslint), run directly rather than through npx. */
export const localBin = (name) => join(repoRoot, 'node_modules', '.bin', name);

/** True when an executable named `command` is on PATH. */
export function commandExists(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** An error that says which step failed. */
export class StepError extends Error {
  constructor(step, cause) {
    super(`Step "${step}" failed: ${cause.message}`, { cause });
    this.step = step;
  }
}

/**
 * Runs `command args...` from the repo root with inherited stdout/stderr and no stdin
 * (CI has none). Resolves when it exits with 0; rejects with the command line otherwise.
 */
export function run(command, args = [], { cwd = repoRoot, env = process.env } = {}) {
  const line = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) =>
      reject(new Error(err.code === 'ENOENT' ? `command not found: ${command}` : err.message)),
    );
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve();
      const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
      reject(new Error(`"${line}" ${how}`));
    });
  });
}

/**
 * Announces `name`, awaits `work()`, prints how long it took and returns the seconds.
 * Any failure is rethrown as a StepError naming the step. The time is for people to read;
 * nothing decides on it.
 */
export async function step(name, work) {
  console.log(`\n==> ${name}`);
  const start = performance.now();
  try {
    await work();
  } catch (err) {
    throw new StepError(name, err);
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`<== ${name}: done in ${seconds.toFixed(1)} s`);
  return seconds;
}

/** A step that is one command. */
export const runStep = (name, command, args, options) =>
  step(name, () => run(command, args, options));

/** Runs a node script of the repo, saying plainly when that script is not written yet. */
export function runScript(script, args = []) {
  if (!existsSync(join(repoRoot, script))) {
    return Promise.reject(new Error(`${script} does not exist yet`));
  }
  return run(process.execPath, [script, ...args]);
}
