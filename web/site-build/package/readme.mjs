// README.md of the npm package: the prose in README.md beside this file, with the version put in
// and one example per widget written from its schema (its first attributes at their defaults), so
// the examples name only attributes the widget has. Does not: list every attribute (the manifest
// and the widget reference do).
import { readFile } from 'node:fs/promises';
import { formatAttribute } from '../../src/widgets/base/attributes.js';
import { embedTag } from '../../src/widgets/shared/embed-code.js';

const TEMPLATE = new URL('./README.md', import.meta.url);
const SHOWN = 3; // attributes per example

/** The widget's tag with its first SHOWN attributes whose defaults are values, not absent. */
export function exampleTag(schema) {
  const shown = Object.entries(schema.attributes)
    .map(([name, entry]) => [name, formatAttribute(entry, entry.default)])
    .filter(([, text]) => text)
    .slice(0, SHOWN);
  return embedTag(schema.tag, Object.fromEntries(shown));
}

/** The README text for `version`, with a section per widget. */
export async function packageReadme(schemas, version) {
  const examples = [...schemas.values()].map(
    (schema) =>
      `### \`<${schema.tag}>\`\n\n${schema.summary}\n\n\`\`\`html\n${exampleTag(schema)}\n\`\`\``,
  );
  const text = (await readFile(TEMPLATE, 'utf8'))
    .replaceAll('{{version}}', version)
    .replace('<!-- widget examples -->', examples.join('\n\n'));
  if (text.includes('{{')) throw new Error('readme: a {{placeholder}} was left unfilled');
  return text;
}
