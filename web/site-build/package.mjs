// The npm package "neuron-lab" in build/package/: the widgets and the core built for pages that
// install them from npm or load them from a CDN that serves npm packages. dist/ holds embed.js
// (registers every widget as its tag appears), one entry per widget (registers that one),
// core.js (the facade, for node and browsers), their shared chunks, the training workers, nn.mjs
// and nn.wasm, and the declarations; beside it custom-elements.json, README.md, CHANGELOG.md and package.json.
// Does not: pack (npm pack build/package does; `npm run package` runs both) or publish.
// As a script: node web/site-build/package.mjs   (needs build/wasm: npm run build:core -- --wasm-only)
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../tools/run-step.mjs';
import { bundle, WORKERS } from './assets.mjs';
import { className, customElementsManifest } from './package/manifest.mjs';
import { packageReadme } from './package/readme.mjs';
import { writeDeclarations } from './package/types.mjs';
import { loadCoreTables, widgetEvents } from './widget-reference.mjs';
import { loadWidgetSchemas } from './widget-schemas.mjs';

const SRC = join(repoRoot, 'web', 'src');
const WASM = join(repoRoot, 'build', 'wasm');
export const PACKAGE_DIR = join(repoRoot, 'build', 'package');

/** An esbuild plugin: "widget:nn-neuron" is an entry that defines <nn-neuron> and exports it. */
const widgetEntries = {
  name: 'widget-entries',
  setup(build) {
    build.onResolve({ filter: /^widget:/ }, ({ path }) => ({ path, namespace: 'widget' }));
    build.onLoad({ filter: /.*/, namespace: 'widget' }, ({ path }) => {
      const tag = path.slice('widget:'.length);
      const name = className(tag);
      return {
        resolveDir: join(SRC, 'widgets', tag),
        contents: `import { ${name} } from './${tag}.js';
if (!customElements.get('${tag}')) customElements.define('${tag}', ${name});
export { ${name} };`,
      };
    });
  },
};

/** package.json of the package: no dependencies; one export per entry, each with its types. */
function packageJson(root, tags) {
  const entry = (name) => ({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });
  return {
    name: 'neuron-lab',
    version: root.version,
    description:
      'Neural-network widgets as custom elements (a neuron, a network, a training playground, ...) and the C++ core behind them, compiled to WebAssembly',
    keywords: ['neural-network', 'custom-elements', 'web-components', 'webassembly', 'teaching'],
    type: 'module',
    exports: {
      './embed': entry('embed'),
      './core': entry('core'),
      ...Object.fromEntries(tags.map((tag) => [`./widgets/${tag}`, entry(`widgets/${tag}`)])),
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
    },
    customElements: 'custom-elements.json',
    files: ['dist', 'custom-elements.json', 'CHANGELOG.md'],
    engines: { node: '>=20.16' }, // process.getBuiltinModule, which load-core.js uses in node
  };
}

/** Builds the package into `outDir` (emptied first); returns its package.json object. */
export async function buildPackage(outDir = PACKAGE_DIR) {
  if (!existsSync(join(WASM, 'nn.wasm'))) {
    throw new Error('build/wasm/nn.wasm is missing: run npm run build:core -- --wasm-only');
  }
  const root = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
  const schemas = await loadWidgetSchemas(join(SRC, 'widgets', 'index.js'));
  const tags = [...schemas.keys()];
  const dist = join(outDir, 'dist');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const entries = {
    embed: join(SRC, 'embed.js'),
    core: join(SRC, 'engine', 'core.js'),
    ...Object.fromEntries(tags.map((tag) => [`widgets/${tag}`, `widget:${tag}`])),
  };
  // One build with shared chunks: a page that loads embed.js and a widget entry, or the core
  // and a widget, gets one copy of each module and so one core. Chunks sit in dist/, beside
  // nn.mjs and nn.wasm, which the facade finds by import.meta.url.
  await bundle(entries, dist, {
    outdir: dist,
    splitting: true,
    chunkNames: '[name]-[hash]',
    plugins: [widgetEntries],
  });
  // The training workers, beside the chunks that start them (new URL('./<name>.js', import.meta.url)).
  await Promise.all(WORKERS.map((path) => bundle(join(SRC, path), join(dist, basename(path)))));
  const tables = await loadCoreTables();
  const events = new Map();
  for (const tag of tags) events.set(tag, await widgetEvents(tag));
  const manifest = customElementsManifest(schemas, tables, events);
  const pkg = packageJson(root, tags);
  await Promise.all([
    ...['nn.mjs', 'nn.wasm'].map((name) => copyFile(join(WASM, name), join(dist, name))),
    copyFile(join(repoRoot, 'CHANGELOG.md'), join(outDir, 'CHANGELOG.md')),
    writeFile(join(outDir, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`),
    writeFile(join(outDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`),
    writeFile(join(outDir, 'README.md'), await packageReadme(schemas, pkg.version)),
    writeDeclarations(dist, schemas, tables),
  ]);
  return pkg;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const pkg = await buildPackage();
    console.log(`package: ${pkg.name}@${pkg.version} built into build/package/`);
  } catch (error) {
    console.error(`package: ${error.message}`);
    process.exitCode = 1;
  }
}
