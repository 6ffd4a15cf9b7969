// Reads raw HTML written inside lesson Markdown as a list of tags, so each tag can be checked.
// It knows start tags, end tags and comments; anything else that starts like markup ("<x",
// "</", "<!", "<?") is returned as { kind: 'bad' } rather than skipped, so nothing the browser
// would parse as a tag escapes the check.

const NAME = '[A-Za-z][A-Za-z0-9-]*';
const ATTRIBUTE = `[^\\s"'>/=]+(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?`;
const START = new RegExp(`^<(${NAME})((?:\\s+${ATTRIBUTE})*)\\s*(/?)>`);
const END = new RegExp(`^</(${NAME})\\s*>`);
const COMMENT = /^<!--(?!>|->)[\s\S]*?-->/;
const ONE_ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:([^\s"'=<>`]+)|'([^']*)'|"([^"]*)"))?/g;
const LOOKS_LIKE_MARKUP = /^<[A-Za-z/!?]/;

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t' };

/** Decodes character references the way a browser would before using an attribute value. */
export function decodeEntities(text) {
  return text.replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));?/gi, (whole, hex, decimal, name) => {
    if (hex || decimal) return String.fromCodePoint(parseInt(hex ?? decimal, hex ? 16 : 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Attributes of one start tag, in order: [{ name (lower case), value (decoded) }]. */
function parseAttributes(text) {
  return Array.from(text.matchAll(ONE_ATTRIBUTE), ([, name, bare, single, double]) => ({
    name: name.toLowerCase(),
    value: decodeEntities(bare ?? single ?? double ?? ''),
  }));
}

/**
 * Every tag-like thing in `html`, with its character offset.
 * @returns {Array<{ kind: 'start' | 'end' | 'comment' | 'bad', name?: string,
 *   attributes?: Array<{ name: string, value: string }>, offset: number, source: string }>}
 */
export function scanTags(html) {
  const tags = [];
  for (let offset = html.indexOf('<'); offset >= 0; offset = html.indexOf('<', offset + 1)) {
    const rest = html.slice(offset);
    if (!LOOKS_LIKE_MARKUP.test(rest)) continue;
    const tag = readTag(rest);
    tags.push({ ...tag, offset });
    offset += tag.source.length - 1;
  }
  return tags;
}

/** The one tag at the start of `text` (which begins with "<"). */
export function readTag(text) {
  let match = START.exec(text);
  if (match) {
    const [source, name, attributes] = match;
    return {
      kind: 'start',
      name: name.toLowerCase(),
      attributes: parseAttributes(attributes),
      source,
    };
  }
  match = END.exec(text);
  if (match) return { kind: 'end', name: match[1].toLowerCase(), source: match[0] };
  match = COMMENT.exec(text);
  if (match) return { kind: 'comment', source: match[0] };
  return { kind: 'bad', source: /^<[^\s>]*/.exec(text)[0] };
}
