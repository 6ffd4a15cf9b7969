// What the installed package holds: only what a user needs (no tests, source maps or caches), an
// exports map whose every entry exists, a custom-elements.json that lists exactly each widget's
// attributes and events from its schema, and declarations that compile with tsc --noEmit and
// catch a wrong type. Needs `npm run package`.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { formatAttribute } from '../../web/src/widgets/base/attributes.js';
import { widgetSchemas } from '../../web/src/widgets/index.js';
import { exampleTag } from '../../web/site-build/package/readme.mjs';
import { widgetEvents } from '../../web/site-build/widget-reference.mjs';
import { localBin } from '../../web/tools/run-step.mjs';
import { installPackage, rootPackage, run } from './installed.mjs';

let user;
let pkg; // its package.json

before(async () => {
  user = await installPackage();
  pkg = JSON.parse(await readFile(join(user.pkg, 'package.json'), 'utf8'));
});

after(() => user?.remove());

test('the package holds only what a user needs', async () => {
  const files = (await readdir(user.pkg, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(user.pkg.length + 1));
  const needed =
    /^(package\.json|README\.md|CHANGELOG\.md|custom-elements\.json|dist\/[\w/-]+\.(js|mjs|wasm|d\.ts))$/;
  assert.deepEqual(
    files.filter((file) => !needed.test(file)),
    [],
  );
  assert.ok(files.every((file) => !/test|\.map$|cache/i.test(file)));
  assert.ok(files.includes('dist/nn.wasm') && files.includes('dist/nn.mjs'));
  // the training workers, beside the chunks whose sessions start them
  assert.ok(files.includes('dist/digits-worker.js') && files.includes('dist/race-worker.js'));
});

test('package.json: the root version, no dependencies, every export a file', () => {
  assert.equal(pkg.name, 'neuron-lab');
  assert.equal(pkg.version, rootPackage.version);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.dependencies, undefined);
  assert.equal(pkg.customElements, 'custom-elements.json');
  const tags = widgetSchemas.map((schema) => schema.tag);
  assert.deepEqual(Object.keys(pkg.exports), [
    './embed',
    './core',
    ...tags.map((tag) => `./widgets/${tag}`),
    './custom-elements.json',
    './package.json',
  ]);
  for (const target of Object.values(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(join(user.pkg, file)), `${file} exists`);
    }
  }
});

test('README.md: the CDN tag with the version pinned, and an example of every widget', async () => {
  const readme = await readFile(join(user.pkg, 'README.md'), 'utf8');
  assert.ok(readme.includes(`/npm/neuron-lab@${pkg.version}/dist/embed.js"`));
  assert.ok(readme.includes("'wasm-unsafe-eval'"));
  for (const schema of widgetSchemas) {
    assert.ok(readme.includes(`\n${exampleTag(schema)}\n`), schema.tag);
  }
  assert.ok(
    readme.includes('<nn-neuron inputs="0.8, 0.6, 0.9" weights="0.5, 0.7, 0.3" bias="0.1">'),
  );
});

test("custom-elements.json: each widget's attributes and events, none missing, none extra", async () => {
  const manifest = JSON.parse(await readFile(join(user.pkg, 'custom-elements.json'), 'utf8'));
  assert.equal(manifest.schemaVersion, '1.0.0');
  const declarations = manifest.modules.map((module) => module.declarations[0]);
  assert.deepEqual(
    declarations.map((d) => d.tagName),
    widgetSchemas.map((schema) => schema.tag),
  );
  for (const schema of widgetSchemas) {
    const declaration = declarations.find((d) => d.tagName === schema.tag);
    assert.equal(declaration.customElement, true);
    assert.equal(declaration.description, schema.summary);
    assert.deepEqual(
      declaration.attributes.map((a) => a.name),
      Object.keys(schema.attributes),
      schema.tag,
    );
    for (const attribute of declaration.attributes) {
      const entry = schema.attributes[attribute.name];
      const text = formatAttribute(entry, entry.default);
      assert.equal(attribute.default, text ? JSON.stringify(text) : undefined, attribute.name);
      assert.ok(attribute.description.startsWith(entry.description), attribute.name);
      assert.match(attribute.description, / Accepts: .+\.$/, attribute.name);
      assert.ok(attribute.type.text, attribute.name);
    }
    assert.deepEqual(
      declaration.events.map((e) => e.name),
      await widgetEvents(schema.tag),
    );
  }
  const neuronBias = declarations[0].attributes.find((a) => a.name === 'bias');
  assert.deepEqual(neuronBias.type, { text: 'number' });
  assert.match(neuronBias.description, /Accepts: -10 to 10\.$/);
});

test('the declarations compile with tsc --noEmit and reject wrong types', async () => {
  await writeFile(
    join(user.dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        types: [],
      },
      files: ['example.ts'],
    }),
  );
  // Each @ts-expect-error fails the compile if the line below it is not a type error, so these
  // lines prove the types are not `any`.
  await writeFile(
    join(user.dir, 'example.ts'),
    `import { loadCore } from 'neuron-lab/core';
import { loadWidget } from 'neuron-lab/embed';
import type { NnNeuron, NnNeuronAttributes } from 'neuron-lab/widgets/nn-neuron';

const core = await loadCore();
const net = core.createNetwork({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
// @ts-expect-error: inputs is a number
core.createNetwork({ inputs: 'two', layers: [] });

const neuron: NnNeuron = document.createElement('nn-neuron');
const code: string = neuron.embedCode();
neuron.addEventListener('nn-change', (event) => console.log(event.detail.name, code));
const ok: NnNeuronAttributes = { bias: 0.5, activation: 'tanh', locked: true };
// @ts-expect-error: softmax is not an activation <nn-neuron> takes
const wrong: NnNeuronAttributes = { activation: 'softmax' };
const Trainer = await loadWidget('nn-trainer');
const trainer: HTMLElementTagNameMap['nn-trainer'] = new Trainer();
console.log(net, ok, wrong, trainer);
`,
  );
  await run(localBin('tsc'), ['-p', join(user.dir, 'tsconfig.json')]).catch((error) => {
    throw new Error(`tsc failed:\n${error.stdout}${error.stderr}`);
  });
});
