// The generated widget reference in docs/embedding.md and docs/authoring.md: `--check` passes
// on the docs as committed (so npm test fails when a widget changes and the docs do not), a
// stale or marker-less doc is caught, and the reference covers every widget, attribute, core
// name and event.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import {
  END,
  EVENTS,
  START,
  renderReference,
  updateDocs,
  widgetEvents,
} from '../../web/site-build/widget-reference.mjs';
import { loadWidgetSchemas } from '../../web/site-build/widget-schemas.mjs';
import { acceptedNames } from '../../web/src/widgets/base/attributes.js';
import { core } from './load.mjs';

const schemas = await loadWidgetSchemas(join(repoRoot, 'web/src/widgets/index.js'));
const events = new Map();
for (const tag of schemas.keys()) events.set(tag, await widgetEvents(tag));

test('node web/site-build/widget-reference.mjs --check passes: the docs match the widgets', () => {
  const run = spawnSync(process.execPath, ['web/site-build/widget-reference.mjs', '--check'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});

describe('a doc of its own', () => {
  let folder;
  let doc;
  const prose = (block) => `# A doc\n\nBefore.\n\n${START}\n${block}\n${END}\n\nAfter.\n`;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'neuronlab-reference-'));
    doc = join(folder, 'doc.md');
  });
  after(() => rm(folder, { recursive: true, force: true }));

  test('a stale reference is reported, not written, by check; then rewritten', async () => {
    await writeFile(doc, prose('| old | table |'));
    const checked = await updateDocs({ docs: [doc], check: true, tables: core });
    assert.deepEqual(checked.stale, [doc]);
    assert.equal(await readFile(doc, 'utf8'), prose('| old | table |'));

    assert.deepEqual((await updateDocs({ docs: [doc], tables: core })).stale, [doc]);
    const written = await readFile(doc, 'utf8');
    assert.ok(written.startsWith(`# A doc\n\nBefore.\n\n${START}\n`));
    assert.ok(written.endsWith(`${END}\n\nAfter.\n`));
    assert.match(written, /### `<nn-neuron>`/);
    assert.deepEqual((await updateDocs({ docs: [doc], check: true, tables: core })).stale, []);
  });

  test('a doc without its markers is refused, naming the file', async () => {
    await writeFile(doc, '# A doc\n\nNo markers.\n');
    await assert.rejects(updateDocs({ docs: [doc], tables: core }), (error) => {
      assert.match(error.message, /doc\.md: needs one "<!-- widget-reference:start -->" line/);
      return true;
    });
  });
});

describe('the reference', () => {
  const text = renderReference(schemas, core, events);
  const sectionOf = (tag) => text.split(`### \`<${tag}>\``)[1].split('\n### ')[0];

  test('has a table for every widget, with every attribute', () => {
    for (const [tag, schema] of schemas) {
      const section = sectionOf(tag);
      for (const name of Object.keys(schema.attributes)) {
        assert.match(section, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `${tag} ${name}`);
      }
    }
  });

  test("lists the core's names for 'name' attributes, or names the table without the core", () => {
    const names = acceptedNames(schemas.get('nn-neuron').attributes.activation, core);
    const row = sectionOf('nn-neuron')
      .split('\n')
      .find((line) => line.startsWith('| `activation`'));
    for (const name of names) assert.ok(row.includes(`\`${name}\``), `${name} in ${row}`);
    assert.ok(!row.includes('`softmax`'), 'softmax is not a hidden activation');
    const withoutCore = renderReference(schemas, null, events);
    assert.match(withoutCore, /a name from `core\.activations` whose `hidden` is true/);
  });

  test('follows imports to find events: the trainer sends models, the curve solves nothing', () => {
    assert.ok(events.get('nn-trainer').includes('nn-model'));
    assert.deepEqual(events.get('nn-activation'), ['nn-change']);
    for (const list of events.values()) assert.ok(list.includes('nn-change'));
  });

  test('describes every nn-* event the widgets dispatch', () => {
    const dir = join(repoRoot, 'web/src');
    const sent = new Set();
    for (const file of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const [, event] of source.matchAll(/emit\(\s*'(nn-[a-z-]+)'/g)) sent.add(event);
    }
    assert.ok(sent.size >= 3);
    for (const event of sent) {
      assert.ok(EVENTS[event], `${event} has no description`);
      assert.match(text, new RegExp(`^\\| \`${event}\` \\|`, 'm'));
    }
  });
});
