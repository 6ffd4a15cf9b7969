// Writes the widget reference (each element's attributes and the events it fires) as Markdown
// between marker comments in docs/embedding.md and docs/authoring.md. It reads the schemas from
// the widget classes (as the site build does), the accepted names from the core, and the events
// from the widgets' source, so the docs cannot fall behind the widgets. Does not: touch the prose
// outside the markers. As a script: node web/site-build/widget-reference.mjs [--check]
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { acceptedNames, formatAttribute } from '../src/widgets/base/attributes.js';
import { TYPE_WORDS } from './pages/attribute-table.mjs';
import { repoRoot } from '../tools/run-step.mjs';
import { loadWidgetSchemas } from './widget-schemas.mjs';

export const START = '<!-- widget-reference:start -->';
export const END = '<!-- widget-reference:end -->';
export const DOCS = ['docs/embedding.md', 'docs/authoring.md'].map((doc) => join(repoRoot, doc));
const WIDGETS_DIR = join(repoRoot, 'web', 'src', 'widgets');
const WASM_MODULE = join(repoRoot, 'build', 'wasm', 'nn.mjs');

/** Every event a widget may fire: when, and what event.detail holds. */
export const EVENTS = {
  'nn-change': {
    when: 'The reader changed a value. The attribute is already updated. Not fired when the page sets an attribute itself.',
    detail:
      '`name`: the attribute; `value`: its parsed value; `state`: every attribute text that reproduces the widget, as the embed code has them.',
  },
  'nn-solved': {
    when: 'The goal has just been met: once, each time it goes from unmet to met.',
    detail:
      "`goal`: the goal met; the other fields are the widget's numbers at that moment (for `<nn-neuron>`: `z`, `output`, `slope`, `products`).",
  },
  'nn-model': {
    when: 'The trained weights changed: after a step, a reset or a new setting, and at most once a second while training runs.',
    detail:
      '`model`: the network as `Network.toJSON()` writes it (schema `neuronlab.model`, version 1), the value `<nn-export model>` takes.',
  },
};

const IMPORT = /\b(?:import|export)\b[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/g;
const EMIT = /\b(?:emit\(|new CustomEvent\()\s*['"](nn-[a-z-]+)['"]/g;

/** The nn-* events a widget's module and the modules it imports (under web/src) can fire. */
export async function widgetEvents(tag, widgetsDir = WIDGETS_DIR) {
  const srcDir = dirname(widgetsDir);
  const seen = new Set();
  const events = new Set();
  const visit = async (file) => {
    if (seen.has(file) || !file.startsWith(srcDir) || !existsSync(file)) return;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const [, event] of source.matchAll(EMIT)) events.add(event);
    for (const [, path] of source.matchAll(IMPORT)) await visit(join(dirname(file), path));
  };
  const file = join(widgetsDir, tag, `${tag}.js`);
  if (!existsSync(file))
    throw new Error(`${file} is missing: a widget's file is named after its tag`);
  await visit(file);
  return [...events].sort();
}

/** The loaded core, whose name tables the 'name' attributes read; null when it is not built. */
export async function loadCoreTables(moduleFile = WASM_MODULE) {
  if (!existsSync(moduleFile)) return null;
  const { loadCore } = await import('../src/engine/core.js');
  return loadCore({ moduleUrl: pathToFileURL(moduleFile) });
}

/** Text for a Markdown table cell: pipes and markup characters escaped, widget tags as code. */
function cell(text) {
  return String(text).replace(/<(nn-[a-z-]+)>|[\\|*_[\]`<]/g, (mark, tag) =>
    tag ? `\`<${tag}>\`` : `\\${mark}`,
  );
}

const code = (text) => `\`${String(text).replace(/\|/g, '\\|')}\``;
const codes = (list, last = 'or') =>
  list.length < 2
    ? list.map(code).join('')
    : `${list.slice(0, -1).map(code).join(', ')} ${last} ${code(list.at(-1))}`;
const plural = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function range({ min, max }) {
  if (min !== undefined && max !== undefined) return `${min} to ${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return '';
}

function count({ minLength = 1, maxLength = Infinity }, noun) {
  if (minLength === maxLength) return plural(minLength, noun);
  if (maxLength === Infinity) return `${minLength} or more ${noun}s`;
  return `${minLength} to ${maxLength} ${noun}s`;
}

/** What an entry accepts, in Markdown (also the range in the package's custom-elements.json). */
export function accepts(entry, tables) {
  const span = range(entry);
  switch (entry.type) {
    case 'number':
    case 'integer':
      return span || 'any';
    case 'numbers':
      return `${count(entry, 'number')}${span && `, each ${span}`}`;
    case 'shape':
      return `${count(entry, 'whole number')}, each ${range({ min: Math.max(1, entry.min ?? 1), max: entry.max })}`;
    case 'boolean':
      return 'present (on) or absent (off); `"false"` is off too';
    case 'enum':
      return codes(entry.values);
    case 'name': {
      if (tables) return codes(acceptedNames(entry, tables));
      const where = !entry.where
        ? ''
        : typeof entry.where === 'string'
          ? ` whose \`${entry.where}\` is true`
          : ` matching \`${JSON.stringify(entry.where)}\``;
      const also = entry.also ? ` or ${codes(entry.also)}` : '';
      return `a name from \`core.${entry.table}\`${where}${also}`;
    }
    case 'goal':
      return `${codes(entry.values)}, then \`<\`, \`<=\`, \`>\` or \`>=\`, then a number`;
    case 'names':
      return `${entry.minLength ? 'one or more ' : ''}names separated by spaces, each ${codes(entry.values)}`;
    case 'string':
      return entry.maxLength ? `text, up to ${entry.maxLength} characters` : 'text';
    default:
      throw new Error(`widget-reference: no words for the attribute type "${entry.type}"`);
  }
}

function defaultText(entry) {
  const text = formatAttribute(entry, entry.default);
  return text === null || text === '' ? '(absent)' : code(text);
}

function widgetSection(schema, tables, events) {
  const rows = Object.entries(schema.attributes).map(([name, entry]) =>
    [
      code(name),
      TYPE_WORDS[entry.type] ?? entry.type,
      defaultText(entry),
      accepts(entry, tables),
      cell(
        `${entry.description ?? ''}${entry.exercise ? ' Set by the page only: a lesson link cannot change it.' : ''}`,
      ),
    ].join(' | '),
  );
  const fires = events.length ? codes(events, 'and') : 'no events';
  return [
    `### \`<${schema.tag}>\``,
    cell(schema.summary),
    '| Attribute | Type | Default | Accepts | What it does |\n| --- | --- | --- | --- | --- |\n' +
      rows.map((row) => `| ${row} |`).join('\n'),
    `Fires ${fires}.`,
  ].join('\n\n');
}

/**
 * The reference as Markdown (not yet formatted by Prettier).
 * @param {Map<string, object>} schemas tag -> schema, from loadWidgetSchemas
 * @param {object | null} tables the loaded core, or null to name the tables instead
 * @param {Map<string, string[]>} events tag -> the events it fires, from widgetEvents
 */
export function renderReference(schemas, tables, events) {
  const used = new Set([...events.values()].flat());
  const missing = [...used].filter((event) => !EVENTS[event]);
  if (missing.length) {
    throw new Error(`widget-reference: describe ${missing.join(', ')} in EVENTS (when, detail)`);
  }
  const eventRows = [...used].sort().map((event) => {
    const by = [...events].filter(([, list]) => list.includes(event)).map(([tag]) => tag);
    const who =
      by.length === schemas.size
        ? 'every widget'
        : codes(
            by.map((t) => `<${t}>`),
            'and',
          );
    return `| ${code(event)} | ${who} | ${EVENTS[event].when} | ${EVENTS[event].detail} |`;
  });
  return [
    `<!-- Written by web/site-build/widget-reference.mjs from the widgets' schemas and source: edit those. -->`,
    '### Events',
    'Every event bubbles and is composed (it crosses shadow roots), so a listener on `document` hears all widgets. `event.target` is the widget.',
    `| Event | Fired by | When | \`event.detail\` |\n| --- | --- | --- | --- |\n${eventRows.join('\n')}`,
    ...[...schemas.values()].map((schema) => widgetSection(schema, tables, events.get(schema.tag))),
  ].join('\n\n');
}

/** `doc` with the text between its markers replaced by `block`. */
export function replaceBetweenMarkers(doc, block, file) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start || doc.indexOf(START, start + 1) >= 0) {
    throw new Error(`${file}: needs one "${START}" line followed by one "${END}" line`);
  }
  return `${doc.slice(0, start + START.length)}\n\n${block.trim()}\n\n${doc.slice(end)}`;
}

/** The reference as Prettier formats it for `file`, so `prettier --check` agrees with it. */
async function formatted(block, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(block, { ...options, parser: 'markdown' });
}

/**
 * Rewrites (or, with check, only compares) the reference in each doc.
 * @returns {Promise<{ stale: string[], tables: boolean }>} stale: docs whose reference differs
 *   from the widgets (with check) or that were rewritten; tables: whether the core was loaded
 */
export async function updateDocs({
  docs = DOCS,
  check = false,
  tables,
  widgetsDir = WIDGETS_DIR,
} = {}) {
  const schemas = await loadWidgetSchemas(join(widgetsDir, 'index.js'));
  const core = tables === undefined ? await loadCoreTables() : tables;
  const events = new Map();
  for (const tag of schemas.keys()) events.set(tag, await widgetEvents(tag, widgetsDir));
  const block = renderReference(schemas, core, events);
  const stale = [];
  for (const file of docs) {
    const doc = await readFile(file, 'utf8');
    const next = replaceBetweenMarkers(doc, await formatted(block, file), file);
    if (next === doc) continue;
    stale.push(file);
    if (!check) await writeFile(file, next);
  }
  return { stale, tables: Boolean(core) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const name = (file) => relative(process.cwd(), file);
  try {
    const tables = await loadCoreTables();
    if (!tables && check) {
      throw new Error(
        'build/wasm/nn.mjs is missing, so the names the core accepts cannot be checked: run npm run build:core -- --wasm-only',
      );
    }
    if (!tables)
      console.warn('widget-reference: no build/wasm/nn.mjs; names are described, not listed');
    const { stale } = await updateDocs({ check, tables });
    if (check && stale.length) {
      throw new Error(
        `the widget reference is out of date in ${stale.map(name).join(', ')}: run node web/site-build/widget-reference.mjs`,
      );
    }
    const verb = check ? 'up to date' : stale.length ? 'rewritten' : 'already up to date';
    console.log(
      `widget-reference: ${(check ? DOCS : stale.length ? stale : DOCS).map(name).join(', ')} ${verb}`,
    );
  } catch (error) {
    console.error(`widget-reference: ${error.message}`);
    process.exitCode = 1;
  }
}
