// A widget's attributes as a reference table (name, type, default, accepted values,
// description), written from its schema so the reference can never fall behind the widget.
import { acceptedNames, formatAttribute } from '../../src/widgets/base/attributes.js';
import { escapeHtml } from '../escape.mjs';

export const TYPE_WORDS = {
  number: 'number',
  integer: 'whole number',
  numbers: 'list of numbers',
  shape: 'list of whole numbers',
  boolean: 'on/off',
  enum: 'name',
  name: 'name',
  goal: 'goal',
  names: 'list of names',
  string: 'text',
};

/** The values an entry accepts, in words. `tables`: the loaded core, for 'name' entries. */
function accepts(entry, tables) {
  const parts = [];
  const [min, max] = [entry.min, entry.max].map((n) => String(n).replace('-', '−'));
  if (entry.min !== undefined && entry.max !== undefined) parts.push(`${min} to ${max}`);
  else if (entry.min !== undefined) parts.push(`at least ${min}`);
  else if (entry.max !== undefined) parts.push(`at most ${max}`);
  if (entry.minLength !== undefined && entry.minLength === entry.maxLength)
    parts.push(`${entry.minLength} items`);
  else if (entry.maxLength !== undefined && entry.type !== 'string') {
    parts.push(`${entry.minLength ?? 1} to ${entry.maxLength} items`);
  }
  if (entry.type === 'string' && entry.maxLength) parts.push(`up to ${entry.maxLength} characters`);
  if (entry.type === 'enum') parts.push(entry.values.join(', '));
  if (entry.type === 'name')
    parts.push(
      tables ? acceptedNames(entry, tables).join(', ') : `a name from the core's ${entry.table}`,
    );
  if (entry.type === 'goal') parts.push(`${entry.values.join(' or ')}, then < or >, then a number`);
  if (entry.type === 'names') parts.push(`names separated by spaces: ${entry.values.join(', ')}`);
  if (entry.type === 'boolean') parts.push('present or absent');
  return parts.join('; ') || 'any';
}

/** The default as the attribute text that gives it, or a dash when the attribute is absent. */
function defaultText(entry) {
  const text = formatAttribute(entry, entry.default);
  return text === null || text === '' ? '—' : `<code>${escapeHtml(text)}</code>`;
}

/**
 * @param {{ tag: string, attributes: object }} schema
 * @param {object | null} tables the loaded core, or null
 */
export function attributeTable(schema, tables) {
  const rows = Object.entries(schema.attributes)
    .map(
      ([name, entry]) => `<tr>
  <th scope="row"><code>${name}</code></th>
  <td>${TYPE_WORDS[entry.type] ?? escapeHtml(entry.type)}</td>
  <td>${defaultText(entry)}</td>
  <td>${escapeHtml(accepts(entry, tables))}</td>
  <td>${escapeHtml(entry.description ?? '')}</td>
</tr>`,
    )
    .join('\n');
  return `<div class="table-scroll">
<table class="attribute-table">
<caption>Attributes of <code>&lt;${schema.tag}&gt;</code></caption>
<thead><tr><th scope="col">Attribute</th><th scope="col">Type</th><th scope="col">Default</th><th scope="col">Accepts</th><th scope="col">What it does</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}
