// Lesson Markdown to HTML: markdown-it with raw HTML on, where every tag passes the allow-list
// (validate-html.mjs), math is typeset (math.mjs), code is highlighted (highlight.mjs), h2/h3
// get ids and the h2s become the table of contents. Every error names the file and line.
import MarkdownIt from 'markdown-it';
import { BuildError } from './build-error.mjs';
import { highlight } from './highlight.mjs';
import { readTag } from './html-tags.mjs';
import { mathPlugin } from './math.mjs';
import { createHtmlChecker } from './validate-html.mjs';

const SAFE_SCHEME = /^(?:https?|mailto):/i;
const ANY_SCHEME = /^[a-z][a-z\d+.-]*:/i;

const newlines = (text, end) => (text.slice(0, end).match(/\n/g) ?? []).length;

/** Replaces markdown-it's inline HTML rule with one that reads tags as validate-html does and
 * remembers where each tag starts, so errors can name its line. */
function htmlInline(state, silent) {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  const tag = readTag(state.src.slice(state.pos));
  if (tag.kind === 'bad') return false; // stays text, and markdown-it escapes it
  if (!silent) {
    const token = state.push('html_inline', '', 0);
    token.content = tag.source;
    token.meta = { pos: state.pos };
  }
  state.pos += tag.source.length;
  return true;
}

/** A URL-safe id from heading text: "What you now know" -> "what-you-now-know". */
const slugify = (text) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-') || 'section';

/** Visits every token with its 0-based body line; inline children get their own line. */
function* withLines(tokens) {
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    yield { token, line };
    for (const child of token.children ?? []) {
      const pos = child.meta?.pos;
      const childLine = pos === undefined ? line : line + newlines(token.content, pos);
      if (child.meta) child.meta.line = childLine;
      yield { token: child, line: childLine };
    }
  }
}

/** Gives h2/h3 headings unique ids and collects the h2s (id, inline tokens) as env.toc;
 * refuses h1. */
function addHeadingIds(tokens, env) {
  const used = new Set();
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    if (token.tag === 'h1') {
      throw new BuildError(
        'the title comes from the front matter: start sections at ##',
        env.place(token.map[0]),
      );
    }
    const { children } = tokens[index + 1];
    const text = children
      .filter((child) => child.type === 'text' || child.type === 'code_inline')
      .map((child) => child.content)
      .join('');
    const base = slugify(text);
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    token.attrSet('id', id);
    if (token.tag === 'h2') env.toc.push({ id, children });
  });
}

/** Table cell alignment as a class (align-left|center|right): the CSP forbids style="…". */
function alignWithClasses(tokens) {
  for (const token of tokens) {
    const align = /^text-align:(\w+)$/.exec(token.attrGet('style') ?? '');
    if (!align) continue;
    token.attrs = token.attrs.filter(([name]) => name !== 'style');
    token.attrJoin('class', `align-${align[1]}`);
  }
}

/** The checks and annotations that need the whole token stream (a markdown-it core rule). */
function lessonRule(state) {
  const { env } = state;
  addHeadingIds(state.tokens, env);
  alignWithClasses(state.tokens);
  const html = createHtmlChecker(env);
  for (const { token, line } of withLines(state.tokens)) {
    if (token.type === 'html_block' || token.type === 'html_inline') {
      html.check(token.content, (offset) => env.place(line + newlines(token.content, offset)).line);
    } else if (token.type === 'link_open' || token.type === 'image') {
      checkUrl(token.attrGet(token.type === 'image' ? 'src' : 'href'), env.place(line));
    }
  }
  html.finish();
  env.widgets = html.widgets;
}

/** Links must be relative (the site may live under any path) or plain http(s)/mailto. */
function checkUrl(url, place) {
  if (ANY_SCHEME.test(url) && !SAFE_SCHEME.test(url)) {
    throw new BuildError(
      `the URL "${url}" is not allowed: use http(s), mailto or a relative link`,
      place,
    );
  }
  if (url.startsWith('//')) {
    throw new BuildError(
      `"${url}" leaves the site with no scheme: write https:// in full, or a relative link`,
      place,
    );
  }
  if (url.startsWith('/')) {
    throw new BuildError(
      `"${url}" starts at the site root; write a relative link so sub-paths work`,
      place,
    );
  }
}

/** The configured markdown-it instance (one per build; it keeps no per-lesson state). */
export function createMarkdown() {
  const md = new MarkdownIt({ html: true, typographer: true, highlight });
  md.validateLink = () => true; // lessonRule checks links itself, with a file and line
  md.inline.ruler.at('html_inline', htmlInline);
  md.use(mathPlugin);
  md.core.ruler.push('neuronlab_lesson', lessonRule);
  md.renderer.rules.table_open = () => '<div class="table-scroll">\n<table>\n';
  md.renderer.rules.table_close = () => '</table>\n</div>\n';
  return md;
}

/**
 * Renders one lesson body.
 * @param {MarkdownIt} md from createMarkdown()
 * @param {string} body Markdown after the front matter
 * @param {{ file: string, lineOffset: number, schemas: Map<string, object>,
 *   checkValue: (entry: object, raw: string) => string,
 *   styles: import('./hoist-styles.mjs').HoistedStyles }} options lineOffset: the file line
 *   (0-based) where the body starts; schemas and checkValue: see validate-html.mjs
 * @returns {{ html: string, toc: {id: string, html: string}[], widgets: object[], usesMath: boolean }}
 */
export function renderMarkdown(md, body, { file, lineOffset, schemas, checkValue, styles }) {
  const env = {
    file,
    schemas,
    checkValue,
    styles,
    toc: [],
    widgets: [],
    usesMath: false,
    place: (line) => ({ file, line: lineOffset + line + 1 }),
  };
  const html = md.render(body, env);
  // Contents entries keep the heading's formatting and math, but not its links.
  const toc = env.toc.map(({ id, children }) => ({
    id,
    html: md.renderer.renderInline(
      children.filter((child) => !child.type.startsWith('link_')),
      md.options,
      env,
    ),
  }));
  return { html, toc, widgets: env.widgets, usesMath: env.usesMath };
}
