// Reads raw HTML written inside lesson Markdown as a list of tags, with parse5's tokenizer (the
// WHATWG tokenizer browsers run), so every tag is read as a browser reads it: all character
// references, a ">" inside quotes, upper-case names, comments. Anything that starts like markup
// but is not a clean start tag, end tag or comment (a doctype, "<?", "<!x>", "</>", a tag cut off
// by the end, a parse error inside a tag) is returned as { kind: 'bad' } rather than skipped, so
// nothing the browser would read as markup escapes the check. It does not build a tree.
import { Tokenizer } from 'parse5';

/** Parse errors that leave the text as text wherever they occur: a "<" before a non-letter, an
 * "&" that is no known reference, characters the input stream flags. */
const TEXT_ERRORS = new Set([
  'invalid-first-character-of-tag-name',
  'eof-before-tag-name',
  'control-character-in-input-stream',
  'noncharacter-in-input-stream',
  'surrogate-in-input-stream',
]);
const harmless = (code) => TEXT_ERRORS.has(code) || code.includes('character-reference');

const LOOKS_LIKE_MARKUP = /^<[A-Za-z/!?]/;

/**
 * @typedef {{ kind: 'start' | 'end' | 'comment' | 'bad', name?: string, selfClosing?: boolean,
 *   attributes?: Array<{ name: string, value: string }>, offset: number, source: string,
 *   reason?: string }} Tag
 *   name and attribute names in lower case, values decoded; reason: why a tag is 'bad'
 */

/**
 * Tokenizes `html` and returns its tags in order. With `firstOnly`, stops after the first one.
 * @returns {Tag[]}
 */
function tokenize(html, firstOnly) {
  const tags = [];
  let pending = []; // parse errors since the last tag: [{ code, offset }]
  let tokenizer = null;

  /** Errors reported before a tag that lie before its start were in the text in between. */
  function badOutside(upTo) {
    for (const { code, offset } of pending) {
      if (offset >= upTo || harmless(code)) continue;
      const start = Math.max(0, html.lastIndexOf('<', offset));
      tags.push({ kind: 'bad', offset: start, source: html.slice(start, offset), reason: code });
    }
  }

  function push(tag, { startOffset, endOffset }) {
    badOutside(startOffset);
    const source = html.slice(startOffset, endOffset);
    const inside = pending.find(({ code, offset }) => offset >= startOffset && !harmless(code));
    pending = [];
    if (inside) tags.push({ kind: 'bad', offset: startOffset, source, reason: inside.code });
    else tags.push({ ...tag, offset: startOffset, source });
    if (firstOnly) tokenizer.pause();
  }

  const readTag = (kind) => (token) =>
    push(
      {
        kind,
        name: token.tagName,
        selfClosing: token.selfClosing,
        attributes: token.attrs.map(({ name, value }) => ({ name, value })),
      },
      token.location,
    );
  const ignore = () => {};
  tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: readTag('start'),
      onEndTag: readTag('end'),
      // "<?x>", "<!x>" and "</1>" are bogus comments to a browser: not what a lesson means.
      onComment: (token) => {
        const clean = html.startsWith('<!--', token.location.startOffset);
        push(
          clean ? { kind: 'comment' } : { kind: 'bad', reason: 'not a comment' },
          token.location,
        );
      },
      onDoctype: (token) => push({ kind: 'bad', reason: 'doctype' }, token.location),
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onEof: ignore,
      onParseError: ({ code, startOffset }) => pending.push({ code, offset: startOffset }),
    },
  );
  tokenizer.write(html, true);
  if (!firstOnly || tags.length === 0) badOutside(Infinity);
  return tags.sort((a, b) => a.offset - b.offset);
}

/** Every tag-like thing in `html`, in order, with its character offset. */
export const scanTags = (html) => tokenize(html, false);

/** The one tag at the start of `text` (which begins with "<"); 'bad' if none starts there. */
export function readTag(text) {
  const [tag] = LOOKS_LIKE_MARKUP.test(text) ? tokenize(text, true) : [];
  return tag?.offset === 0 ? tag : { kind: 'bad', offset: 0, source: '<', reason: 'no tag' };
}
