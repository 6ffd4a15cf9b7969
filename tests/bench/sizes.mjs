// Download sizes: the core (nn.mjs + nn.wasm) raw and gzipped at level 9, and the home page and
// the first lesson page of build/site, each with every file Chromium fetches for it (HTML, CSS,
// JS, wasm, fonts, images) after scrolling through it so that lazily started widgets and
// pictures load too. Sizes are of the files
// on disk, each gzipped at level 9 the way a server would send it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const sized = (path, name = path) => {
  const bytes = readFileSync(path);
  return { file: name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

const total = (files) => ({
  raw: files.reduce((s, f) => s + f.raw, 0),
  gzip: files.reduce((s, f) => s + f.gzip, 0),
});

export function coreSizes(wasmDir) {
  const files = ['nn.wasm', 'nn.mjs'].map((f) => sized(join(wasmDir, f), f));
  return { files, ...total(files) };
}

/**
 * The home page and the first lesson page, each with every file Chromium fetched for it:
 * { homePage, lessonPage }, each { page, files, raw, gzip }; null when build/site does not
 * exist (npm run build:site makes it).
 */
export async function sitePageSizes(repo) {
  const site = join(repo, 'build/site');
  if (!existsSync(join(site, 'index.html'))) return null;
  const [slug] = JSON.parse(readFileSync(join(repo, 'lessons/lessons.json'), 'utf8'));
  const { launchBrowser, serveSite } = await import('../browser/harness.mjs');
  const server = await serveSite();
  // Each page in a browser of its own: nothing cached or installed by the other page.
  const sizes = async (page) => {
    const browser = await launchBrowser();
    const paths = await fetchedPaths(browser, server.url, page).finally(() => browser.close());
    const files = [...paths]
      .map((p) => (p.endsWith('/') ? `${p}index.html` : p))
      .sort()
      .map((p) => sized(join(site, p), p));
    return { page, files, ...total(files) };
  };
  try {
    return { homePage: await sizes(''), lessonPage: await sizes(`lessons/${slug}/`) };
  } finally {
    await server.close();
  }
}

/** The site paths a fresh page fetched (status 200) for `path`, scrolled through to the end. */
async function fetchedPaths(browser, root, path) {
  const paths = new Set();
  const page = await browser.context.newPage();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (res.status() === 200 && url.href.startsWith(root))
      paths.add(decodeURIComponent(url.pathname));
  });
  await page.goto(`${root}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    /* global document, innerHeight, scrollTo */
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((done) => setTimeout(done, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  return paths;
}
