// Makes sure a Debian 12 machine has what the build and the tests need: the system packages
// (installed with apt-get when run as root, otherwise printed as a sudo line) and node_modules
// (npm ci when missing or older than package-lock.json). Plain node: it runs before npm install.
// Does not: download anything else (no browser download: tests drive Debian's /usr/bin/chromium).
//
// Test hook: NEURONLAB_PRETEND_MISSING=chromium,clang-format treats those packages as absent,
// prints what would be installed and exits 1 without calling apt-get.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandExists, repoRoot, run } from './run-step.mjs';

/** Each Debian package and the command or file that shows it is installed. */
const SYSTEM_PACKAGES = [
  { pkg: 'cmake', command: 'cmake' },
  { pkg: 'make', command: 'make' }, // cmake's default generator
  { pkg: 'g++', command: 'g++' },
  { pkg: 'emscripten', command: 'emcc' },
  { pkg: 'xtensor-dev', file: '/usr/include/xtensor/xtensor.hpp' },
  { pkg: 'catch2', file: '/usr/include/catch2/catch.hpp' },
  { pkg: 'nlohmann-json3-dev', file: '/usr/include/nlohmann/json.hpp' },
  { pkg: 'clang-format', command: 'clang-format' },
  // tests/fuzz/run.mjs: clang, and its sanitizer and libFuzzer runtimes.
  { pkg: 'clang-14', command: 'clang++-14' },
  {
    pkg: 'libclang-rt-14-dev',
    file: '/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a',
  },
  // The export test runs the generated NumPy code with Debian's python3.
  { pkg: 'python3-numpy', file: '/usr/lib/python3/dist-packages/numpy/__init__.py' },
  // Its recommends add ~100 desktop packages that headless tests do not use.
  { pkg: 'chromium', file: '/usr/bin/chromium', noRecommends: true },
];

const pretendMissing = new Set(
  (process.env.NEURONLAB_PRETEND_MISSING ?? '').split(',').filter(Boolean),
);

function isInstalled({ pkg, command, file }) {
  if (pretendMissing.has(pkg)) return false;
  return command ? commandExists(command) : existsSync(file);
}

/** The apt-get command lines (without sudo) that install `missing`. */
function aptCommands(missing) {
  const plain = missing.filter((p) => !p.noRecommends).map((p) => p.pkg);
  const lean = missing.filter((p) => p.noRecommends).map((p) => p.pkg);
  return [
    ['apt-get', 'update'],
    ...(plain.length ? [['apt-get', 'install', '-y', ...plain]] : []),
    ...(lean.length ? [['apt-get', 'install', '-y', '--no-install-recommends', ...lean]] : []),
  ];
}

/** Installs missing system packages as root, or prints how to and throws. */
async function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;

  const commands = aptCommands(missing);
  console.log(`Missing system packages: ${missing.map((p) => p.pkg).join(', ')}`);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || pretendMissing.size > 0) {
    const why = isRoot ? 'NEURONLAB_PRETEND_MISSING is set, so nothing is run' : 'not root';
    console.log(`Install them with (${why}):`);
    for (const cmd of commands) console.log(`  ${isRoot ? '' : 'sudo '}${cmd.join(' ')}`);
    throw new Error('system packages are missing (see above)');
  }

  console.log('Installing them with apt-get:');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const [command, ...args] of commands) {
    console.log(`$ ${command} ${args.join(' ')}`);
    await run(command, args, { env });
  }
  const stillMissing = SYSTEM_PACKAGES.filter((p) => !isInstalled(p));
  if (stillMissing.length > 0) {
    throw new Error(`still missing after apt-get: ${stillMissing.map((p) => p.pkg).join(', ')}`);
  }
}

/** True when node_modules is absent or older than package-lock.json. */
function nodeModulesStale() {
  const marker = join(repoRoot, 'node_modules', '.package-lock.json');
  const lock = join(repoRoot, 'package-lock.json');
  if (!existsSync(marker)) return true;
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs;
}

async function ensureNodeModules() {
  if (!nodeModulesStale()) return false;
  const hasLock = existsSync(join(repoRoot, 'package-lock.json'));
  const [verb, why] = hasLock
    ? ['ci', 'node_modules is missing or older than package-lock.json']
    : ['install', 'there is no package-lock.json'];
  console.log(`Running npm ${verb} (${why}).`);
  await run('npm', [verb, '--no-audit', '--no-fund']);
  return true;
}

/** The oldest node the project runs on: load-core.js uses process.getBuiltinModule (20.16). */
export const OLDEST_NODE = [20, 16];

/** Throws a message naming the version found and the one needed when `version` is too old. */
export function checkNode(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  const [needMajor, needMinor] = OLDEST_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return;
  throw new Error(
    `Node.js ${version} is too old: ${needMajor}.${needMinor} or newer is needed ` +
      '(this project uses the machine’s Node.js and does not install one)',
  );
}

/** Checks and installs everything; throws when the machine cannot be made ready. */
export async function ensureDeps() {
  checkNode();
  await ensureSystemPackages();
  if (!(await ensureNodeModules())) console.log('All dependencies present.');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await ensureDeps();
  } catch (err) {
    console.error(`ensure-deps: ${err.message}`);
    process.exitCode = 1;
  }
}
