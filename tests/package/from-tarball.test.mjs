// The package installed from its tarball, used the three ways its README gives: a plain page
// loading dist/embed.js from another origin (the CDN case), pages bundled by esbuild and by
// Vite, and a node script that trains XOR through neuron-lab/core. Each page runs under a CSP
// like the README's and shows the running example's numbers. Needs `npm run package`.
import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import { startServer } from '../../web/tools/serve.mjs';
import { launchBrowser, screenshot, watchPage } from '../browser/harness.mjs';
import { installPackage, run } from './installed.mjs';

const NEURON = '<nn-neuron inputs="0.8, 0.6, 0.9" weights="0.5, 0.7, 0.3" bias="0.1"></nn-neuron>';
const SELF_ONLY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

let user; // the installed package
let browser;
const servers = [];

const page = (head) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A post</title>${head}</head>
<body><h1>A post</h1>${NEURON}</body></html>
`;

before(async () => {
  user = await installPackage();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  await user?.remove();
});

async function serve(options) {
  const server = await startServer(options);
  servers.push(server);
  return server;
}

/** Opens `url` and waits for the neuron's numbers: z = 1.19, output 0.7667; no errors. */
async function assertNeuron(url, name) {
  const tab = await browser.context.newPage();
  const watch = await watchPage(tab);
  await tab.goto(url);
  const neuron = tab.locator('nn-neuron');
  await neuron.locator('.z-value', { hasText: /^1\.19$/ }).waitFor();
  assert.equal(await neuron.locator('.output-value').textContent(), '0.7667');
  await screenshot(tab, name);
  watch.assertClean();
  await tab.close();
}

test('a plain page loads dist/embed.js from another origin, as from a CDN', async () => {
  const cdn = await serve({ root: user.dir, csp: false });
  const src = `${cdn.url}node_modules/neuron-lab/dist/embed.js`;
  const blogDir = join(user.dir, 'blog');
  await mkdir(blogDir);
  await writeFile(
    join(blogDir, 'index.html'),
    page(`<script type="module" src="${src}"></script>`),
  );
  const blog = await serve({
    root: blogDir,
    csp: `default-src 'self'; script-src 'self' ${cdn.url} 'wasm-unsafe-eval'; connect-src ${cdn.url}`,
  });
  // localhost and 127.0.0.1 are two origins: every file comes through CORS.
  assert.notEqual(new URL(blog.url).origin.replace('127.0.0.1', 'localhost'), cdn.url);
  await assertNeuron(blog.url.replace('127.0.0.1', 'localhost'), 'package-cdn');
});

test('a page bundled by esbuild, with nn.mjs and nn.wasm copied beside the bundle', async () => {
  const app = join(user.dir, 'esbuild-app');
  const out = join(app, 'out');
  await mkdir(app);
  await writeFile(join(app, 'main.js'), "import 'neuron-lab/widgets/nn-neuron';\n");
  await esbuild.build({
    entryPoints: [join(app, 'main.js')],
    outdir: out,
    bundle: true,
    format: 'esm',
    logLevel: 'silent',
  });
  for (const name of ['nn.mjs', 'nn.wasm']) {
    await copyFile(join(user.pkg, 'dist', name), join(out, name));
  }
  await writeFile(join(out, 'index.html'), page('<script type="module" src="main.js"></script>'));
  const site = await serve({ root: out, csp: SELF_ONLY });
  await assertNeuron(site.url, 'package-esbuild');
});

test('a page bundled by Vite, which copies nn.mjs and nn.wasm by itself', async () => {
  const app = join(user.dir, 'vite-app');
  await mkdir(app);
  await writeFile(join(app, 'main.js'), "import 'neuron-lab/embed';\n");
  await writeFile(join(app, 'index.html'), page('<script type="module" src="./main.js"></script>'));
  const out = join(app, 'dist');
  await viteBuild({ root: app, configFile: false, logLevel: 'warn', build: { outDir: out } });
  const site = await serve({ root: out, csp: SELF_ONLY });
  await assertNeuron(site.url, 'package-vite');
});

test("node: import { loadCore } from 'neuron-lab/core' trains XOR", async () => {
  const script = `import { loadCore } from 'neuron-lab/core';
const core = await loadCore();
const data = core.makeDataset('xor', { samples: 4 });
const net = core.createNetwork({
  inputs: 2,
  layers: [{ units: 4, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }],
  loss: 'bce',
});
const trainer = core.createTrainer(net, data, { optimizer: 'adam', learningRate: 0.05, batchSize: 4 });
const { loss, accuracy } = trainer.train(500);
console.log(JSON.stringify({ first: loss[0], last: loss.at(-1), accuracy: accuracy.at(-1) }));
trainer.dispose();
net.dispose();
`;
  await writeFile(join(user.dir, 'xor.mjs'), script);
  const { stdout } = await run(process.execPath, ['xor.mjs'], { cwd: user.dir });
  const result = JSON.parse(stdout);
  console.log(`XOR through the installed package: loss ${result.first} -> ${result.last}`);
  assert.ok(result.first > 0.5, `the untrained loss is about ln 2: ${result.first}`);
  assert.ok(result.last < 0.05, `the loss falls below 0.05: ${result.last}`);
  assert.equal(result.accuracy, 1);
});
