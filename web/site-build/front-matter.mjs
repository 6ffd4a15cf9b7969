// A tiny, strict front-matter parser for lessons: a block between two "---" lines holding
// "key: value" lines and "key:" followed by "  - item" lists. It is not YAML and says so:
// every key must be known and well typed, and every complaint names the file and line.
import { BuildError } from './build-error.mjs';
import { didYouMean } from './suggest.mjs';

const FENCE = '---';

/** A scalar as written: bare text, or a "double" / 'single' quoted string. */
function unquote(raw, where) {
  const quote = raw[0];
  if (quote !== '"' && quote !== "'") return raw;
  if (raw.length < 2 || raw.at(-1) !== quote) {
    throw new BuildError(`unterminated ${quote}quoted${quote} value`, where);
  }
  return raw.slice(1, -1);
}

/** Checks and converts one field's raw value against its spec ({ type, min }). */
function convert(key, spec, entry, where) {
  if (spec.type === 'list') {
    if (!Array.isArray(entry) || entry.length === 0) {
      throw new BuildError(`"${key}" must be a list of "  - item" lines`, where);
    }
    return entry.map((item) => unquote(item.text, { ...where, line: item.line }));
  }
  if (Array.isArray(entry) && entry.length > 0) {
    throw new BuildError(`"${key}" must be a single value, not a list`, where);
  }
  const text = Array.isArray(entry) ? '' : unquote(entry, where);
  if (text === '') throw new BuildError(`"${key}" is empty`, where);
  if (spec.type === 'string') return text;
  const number = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(number >= (spec.min ?? -Infinity))) {
    throw new BuildError(`"${key}" must be a number of at least ${spec.min}, not "${text}"`, where);
  }
  return number;
}

/**
 * Splits a Markdown source into its front matter and body.
 * @param {string} source the whole file
 * @param {string} file its path, for messages
 * @param {Record<string, { type: 'string' | 'number' | 'list', min?: number }>} fields every
 *   accepted key; all are required
 * @returns {{ data: Record<string, unknown>, body: string, bodyLine: number }} bodyLine: the
 *   0-based line of the source where the body starts
 */
export function parseFrontMatter(source, file, fields) {
  // A byte-order mark (some editors write one) is no part of the text.
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== FENCE) {
    throw new BuildError(`a lesson starts with a "${FENCE}" front-matter block`, { file, line: 1 });
  }
  const end = lines.indexOf(FENCE, 1);
  if (end < 0) throw new BuildError(`front matter is not closed by "${FENCE}"`, { file, line: 1 });

  const raw = new Map(); // key -> { value: string | {text, line}[], line }
  let list = null; // the list being filled by "  - item" lines
  for (let index = 1; index < end; index += 1) {
    const line = index + 1;
    const text = lines[index];
    if (text.trim() === '') continue;
    const item = /^\s+-\s+(.*?)\s*$/.exec(text);
    if (item) {
      if (!list) throw new BuildError('a "- item" line must follow a "key:" line', { file, line });
      list.push({ text: item[1], line });
      continue;
    }
    const pair = /^([A-Za-z][\w-]*):(?:\s+(.*?))?\s*$/.exec(text);
    if (!pair) throw new BuildError(`expected "key: value", got "${text.trim()}"`, { file, line });
    const [, key, value = ''] = pair;
    if (!(key in fields)) {
      const accepted = Object.keys(fields);
      throw new BuildError(
        `unknown front-matter key "${key}".${didYouMean(key, accepted)} Accepted: ${accepted.join(', ')}`,
        { file, line },
      );
    }
    if (raw.has(key)) throw new BuildError(`"${key}" is given twice`, { file, line });
    list = value === '' ? [] : null;
    raw.set(key, { value: list ?? value, line });
  }

  // fromEntries defines each field as an own property (never through a setter such as __proto__).
  const data = Object.fromEntries(
    Object.entries(fields).map(([key, spec]) => {
      const entry = raw.get(key);
      if (!entry) throw new BuildError(`front matter is missing "${key}"`, { file, line: end + 1 });
      return [key, convert(key, spec, entry.value, { file, line: entry.line })];
    }),
  );
  return { data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 1 };
}
