// Everything the pages load besides themselves: the widget bundle (embed.js) with the wasm core
// beside it, the site's own scripts and styles, the logo, and KaTeX's stylesheet and fonts —
// all copied into the site so no page loads anything from another origin.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
/**
 * Widgets that train in a module worker: each its own bundle beside the widgets' code, nl/<name>.js
 * in the site and dist/<name>.js in the npm package (session.js finds it there).
 */
export const WORKERS = ['widgets/nn-digits/digits-worker.js', 'widgets/nn-race/race-worker.js'];

/**
 * Bundles one entry (a path), or several ({ outName: path }, with options.outdir); esbuild's
 * warnings are shown, its errors fail the build.
 */
export async function bundle(entry, outfile, options = {}) {
  const result = await esbuild.build({
    entryPoints: typeof entry === 'string' ? [entry] : entry,
    ...(options.splitting ? { outdir: dirname(outfile) } : { outfile }),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'silent',
    ...options,
  });
  for (const warning of result.warnings) console.warn(`esbuild: ${warning.text} (${outfile})`);
}

/**
 * Writes nl/ (scripts, styles, logo, KaTeX) and blog-sample/blog.css into `outDir`.
 * @param {{ srcDir: string, outDir: string, wasmDir: string | null, mathCss: string }} options
 *   srcDir: web/src; wasmDir: where nn.mjs and nn.wasm are, or null to leave them out;
 *   mathCss: the stylesheet hoisted out of KaTeX's markup
 */
export async function writeAssets({ srcDir, outDir, wasmDir, mathCss }) {
  const nl = join(outDir, 'nl');
  const site = join(srcDir, 'site');
  await mkdir(nl, { recursive: true });
  await Promise.all([
    // embed.js stays small: each widget, and the code widgets share, is a chunk beside it that
    // embed.js imports (by a relative URL) only when a page uses that widget.
    bundle(join(srcDir, 'embed.js'), join(nl, 'embed.js'), {
      splitting: true,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
    }),
    bundle(join(site, 'site.js'), join(nl, 'site.js')),
    ...WORKERS.map((path) => bundle(join(srcDir, path), join(nl, basename(path)))),
    bundle(join(site, 'frame.js'), join(nl, 'frame.js')),
    bundle(join(site, 'site.css'), join(nl, 'site.css'), { format: undefined }),
    bundle(join(site, 'blog-sample.css'), join(outDir, 'blog-sample', 'blog.css'), {
      format: undefined,
    }),
    cp(join(site, 'logo.svg'), join(nl, 'logo.svg')),
    writeFile(join(nl, 'math.css'), mathCss),
    ...(wasmDir
      ? ['nn.mjs', 'nn.wasm'].map((name) => cp(join(wasmDir, name), join(nl, name)))
      : []),
  ]);
  const katex = dirname(require.resolve('katex/dist/katex.min.css'));
  await cp(join(katex, 'katex.min.css'), join(nl, 'katex', 'katex.min.css'));
  await cp(join(katex, 'fonts'), join(nl, 'katex', 'fonts'), { recursive: true });
}
