// Writes sw.js at the site root: the worker from web/src/site/sw.js with the build's version
// (a hash of the worker's own source and every file it may cache, so any change makes a new
// cache) and the list to precache at install: every file of the site (pages, styles, scripts,
// every widget's code, the wasm core, lesson figures, KaTeX's woff2 fonts; not the digits, kept
// once a digits widget fetches them), so that after the first visit to any page every lesson
// and the gallery work offline. About 1.5 MB, fetched once.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { bundle } from './assets.mjs';

// Browsers that run service workers read woff2; the older font formats stay uncached.
const SKIP = /\.(?:woff|ttf)$|^sw\.js$/;
// Kept when a page first fetches them, never precached: the digits (data/digits.bin, 7.9 MB),
// which only a digits widget asks for, when its reader presses Load.
const ON_DEMAND = /^data\//;

/** Every file under `dir`, as sorted paths relative to it with "/" separators. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * @param {string} srcFile web/src/site/sw.js
 * @param {string} outDir the built site, complete except for sw.js
 * @returns {Promise<string>} the build version
 */
export async function writeServiceWorker(srcFile, outDir) {
  const files = (await listFiles(outDir)).filter((path) => !SKIP.test(path));
  const precache = files.filter((path) => !ON_DEMAND.test(path));
  const hash = createHash('sha256')
    .update(await readFile(srcFile))
    .update('\0');
  for (const path of files)
    hash
      .update(path)
      .update('\0')
      .update(await readFile(join(outDir, path)));
  const version = hash.digest('hex').slice(0, 12);
  await bundle(srcFile, join(outDir, 'sw.js'), {
    format: 'iife',
    define: {
      __BUILD_VERSION__: JSON.stringify(version),
      __PRECACHE__: JSON.stringify(precache),
    },
  });
  return version;
}
