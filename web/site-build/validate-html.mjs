// The allow-list for raw HTML in lessons. Lessons may use the widgets (<nn-…>, with the
// attributes their schemas declare) and a few harmless tags; everything else — scripts,
// frames, styles, event handlers, javascript: URLs, unclosed elements — stops the build with
// the file and line, because lesson pages are served under a strict CSP and must stay inert.
import { shorten } from '../src/widgets/base/attributes.js';
import { BuildError } from './build-error.mjs';
import { scanTags } from './html-tags.mjs';
import { didYouMean } from './suggest.mjs';

/** Harmless tags and the attributes each accepts. */
const HARMLESS = {
  figure: ['class', 'id'],
  figcaption: ['class'],
  details: ['class', 'open'],
  summary: ['class'],
  kbd: [],
  abbr: ['title'],
  sup: [],
  sub: [],
  br: [],
  div: ['class'],
  span: ['class'],
};
const VOID = new Set(['br']);
/** Attributes any widget element accepts besides its schema's. */
const WIDGET_GLOBALS = ['id', 'class', 'title', 'hidden'];
const SCRIPT_URL = /^(?:javascript|vbscript|data):/i;

/** An attribute value as a browser would read it as a URL: no whitespace or control chars. */
const asUrl = (value) => value.replace(/[\s\u0000-\u001f]+/g, ''); // eslint-disable-line no-control-regex

/**
 * Checks every raw HTML snippet of one lesson, in document order, and collects its widgets.
 * @param {{ file: string, schemas: Map<string, object>,
 *   checkValue: (entry: object, raw: string) => string }} options schemas: tag -> schema;
 *   checkValue: '' for a good widget attribute value, else what is expected
 */
export function createHtmlChecker({ file, schemas, checkValue }) {
  const open = []; // [{ name, line }] elements opened and not yet closed
  const widgets = []; // [{ tag, attributes: Record<string,string>, line }]
  const allowedTags = [...Object.keys(HARMLESS), ...schemas.keys()];

  function checkAttributes(name, attributes, accepted, line) {
    for (const { name: attribute, value } of attributes) {
      const fail = (message) => {
        throw new BuildError(`<${name} ${shorten(attribute)}>: ${message}`, { file, line });
      };
      if (attribute.startsWith('on')) fail('event-handler attributes are not allowed');
      if (attribute === 'style') fail('inline styles are blocked by the CSP; use a class');
      if (SCRIPT_URL.test(asUrl(value))) fail('script and data URLs are not allowed');
      const entry = schemas.get(name)?.attributes[attribute];
      const problem = entry && checkValue(entry, value);
      if (problem) fail(`"${shorten(value)}" is not accepted: ${problem}`);
      if (accepted.includes(attribute)) continue;
      if (schemas.has(name) && attribute.startsWith('data-')) continue;
      throw new BuildError(
        `<${name}> has no attribute "${shorten(attribute)}".${didYouMean(attribute, accepted)} ` +
          `Accepted: ${accepted.join(', ') || 'none'}`,
        { file, line },
      );
    }
  }

  function acceptedAttributes(name, line) {
    if (Object.hasOwn(HARMLESS, name)) return HARMLESS[name];
    const schema = schemas.get(name);
    if (schema) return [...Object.keys(schema.attributes), ...WIDGET_GLOBALS];
    const hint = name.startsWith('nn-')
      ? `unknown widget <${name}>.${didYouMean(name, schemas.keys())} Known widgets: ${[...schemas.keys()].join(', ')}`
      : `<${name}> is not allowed in a lesson. Allowed tags: ${allowedTags.join(', ')}`;
    throw new BuildError(hint, { file, line });
  }

  function startTag({ name, attributes, selfClosing }, line) {
    const accepted = acceptedAttributes(name, line);
    checkAttributes(name, attributes, accepted, line);
    if (VOID.has(name)) return;
    if (selfClosing) {
      throw new BuildError(`<${name} … /> does not close an element in HTML; add </${name}>`, {
        file,
        line,
      });
    }
    open.push({ name, line });
    if (schemas.has(name)) {
      const values = Object.create(null); // attribute name -> value; names are lesson text
      for (const attribute of attributes) values[attribute.name] = attribute.value;
      widgets.push({ tag: name, attributes: values, line });
    }
  }

  function endTag({ name }, line) {
    acceptedAttributes(name, line);
    const top = open.pop();
    if (top?.name !== name) {
      const opened = top ? `<${top.name}> opened on line ${top.line}` : 'no open element';
      throw new BuildError(`</${name}> does not match: ${opened}`, { file, line });
    }
  }

  return {
    widgets,
    /**
     * @param {string} html one html_block or html_inline token's source
     * @param {(offset: number) => number} lineAt the file line of a character offset in `html`
     */
    check(html, lineAt) {
      for (const tag of scanTags(html)) {
        const line = lineAt(tag.offset);
        if (tag.kind === 'start') startTag(tag, line);
        else if (tag.kind === 'end') endTag(tag, line);
        else if (tag.kind === 'bad') {
          const message = `cannot read "${tag.source}" as an allowed tag or comment: ${tag.reason}`;
          throw new BuildError(message, { file, line });
        }
      }
    },
    /** Call after the last snippet: every element must be closed. */
    finish() {
      const [unclosed] = open;
      if (unclosed) {
        throw new BuildError(`<${unclosed.name}> is never closed`, { file, line: unclosed.line });
      }
    },
  };
}
