// The widget list in web/src/widgets/loaders.js, which embed.js loads from tag by tag: each key
// loads the class whose schema.tag it is, widgetSchemas (what node reads) is each class's own
// schema.js in that same order, every widget folder (nn-<name>/) has its entry, and a schema.js
// is data only, so reading the schemas loads no element.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { widgetSchemas } from '../../web/src/widgets/index.js';
import { widgetLoaders } from '../../web/src/widgets/loaders.js';

const widgetsDir = join(repoRoot, 'web/src/widgets');
// The elements import their stylesheets as text, which node does not do by itself.
register('./css-as-text.mjs', import.meta.url);

test('each loader key loads the class whose schema.tag it is', async () => {
  for (const [tag, load] of Object.entries(widgetLoaders)) {
    const widget = await load();
    assert.equal(typeof widget, 'function', `${tag}: the loader gave no class`);
    assert.equal(widget.schema?.tag, tag, `${tag}: the loaded class has another tag`);
  }
});

test('widgetSchemas are the classes’ own schemas, in the loaders’ order', async () => {
  const classes = await Promise.all(Object.values(widgetLoaders).map((load) => load()));
  assert.deepEqual(
    widgetSchemas.map((schema) => schema.tag),
    Object.keys(widgetLoaders),
  );
  classes.forEach((widget, i) => assert.equal(widget.schema, widgetSchemas[i], widget.name));
});

test('every widget folder web/src/widgets/nn-<name>/ has a loader, its element and schema.js', () => {
  const folders = readdirSync(widgetsDir).filter((name) => name.startsWith('nn-'));
  assert.deepEqual(folders.sort(), Object.keys(widgetLoaders).sort());
  for (const tag of folders) {
    const files = readdirSync(join(widgetsDir, tag));
    assert.ok(files.includes(`${tag}.js`), `${tag}/ has no ${tag}.js`);
    assert.ok(files.includes('schema.js'), `${tag}/ has no schema.js`);
  }
});

test('a schema.js imports nothing (plain data, readable without the element)', () => {
  for (const tag of Object.keys(widgetLoaders)) {
    const text = readFileSync(join(widgetsDir, tag, 'schema.js'), 'utf8');
    assert.doesNotMatch(text, /^\s*import\b|\bimport\s*\(/m, `${tag}/schema.js imports code`);
  }
});

test('web/src/widgets holds only widget folders, shared/, base/, loaders.js and index.js', () => {
  const loose = readdirSync(widgetsDir).filter(
    (name) =>
      !name.startsWith('nn-') && !['shared', 'base', 'loaders.js', 'index.js'].includes(name),
  );
  assert.deepEqual(loose, []);
});
