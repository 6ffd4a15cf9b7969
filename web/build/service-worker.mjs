// Writes sw.js at the site root: the worker from web/src/site/sw.js with the build's version
// (a hash of the worker's own source and every file it may cache, so any change makes a new
// cache) and the list to precache
// at install: the pages and what every page loads (styles, scripts, logo, the wasm core). KaTeX's
// fonts and the widgets' code are left to be cached on first use: a page needs only the few
// fonts its math uses and the code of its own widgets (about half the site's bytes are fonts).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { bundle } from './assets.mjs';

// Browsers that run service workers read woff2; the older font formats stay uncached.
const SKIP = /\.(?:woff|ttf)$|^sw\.js$/;
const FONTS = /^nl\/katex\/fonts\//;

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
 * @param {string[]} widgetCode absolute paths of the code only widgets load (writeAssets)
 * @returns {Promise<string>} the build version
 */
export async function writeServiceWorker(srcFile, outDir, widgetCode) {
  const files = (await listFiles(outDir)).filter((path) => !SKIP.test(path));
  const onUse = new Set(widgetCode.map((path) => relative(outDir, path).split(sep).join('/')));
  const precache = files.filter((path) => !FONTS.test(path) && !onUse.has(path));
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
    define: { __BUILD_VERSION__: JSON.stringify(version), __PRECACHE__: JSON.stringify(precache) },
  });
  return version;
}
