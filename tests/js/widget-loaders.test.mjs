// The widget list in web/src/widgets/loaders.js, which embed.js loads from tag by tag: each key
// loads the class whose schema.tag it is, widgetSchemas (what node reads) is each class's own
// schema.js in that same order, every widget folder (nn-<name>/) has its entry, and a schema.js
// is data only (its one import, shared/attribute-specs.js, too), so reading the schemas loads no
// element.
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

// Every import statement or import() call of a module's text, as written.
const IMPORTS = /^\s*import\b[^;]*;|\bimport\s*\([^)]*\)/gm;
const SPECS_IMPORT = /^\s*import \{[\w\s,]+\} from '\.\.\/shared\/attribute-specs\.js';$/;

test('a schema.js imports only the shared attribute specs, which import nothing (plain data)', () => {
  for (const tag of Object.keys(widgetLoaders)) {
    const text = readFileSync(join(widgetsDir, tag, 'schema.js'), 'utf8');
    for (const [statement] of text.matchAll(IMPORTS)) {
      assert.match(statement, SPECS_IMPORT, `${tag}/schema.js imports code`);
    }
  }
  const specs = readFileSync(join(widgetsDir, 'shared/attribute-specs.js'), 'utf8');
  assert.deepEqual([...specs.matchAll(IMPORTS)], [], 'shared/attribute-specs.js imports code');
});

test('web/src/widgets holds only widget folders, shared/, base/, loaders.js and index.js', () => {
  const loose = readdirSync(widgetsDir).filter(
    (name) =>
      !name.startsWith('nn-') && !['shared', 'base', 'loaders.js', 'index.js'].includes(name),
  );
  assert.deepEqual(loose, []);
});
