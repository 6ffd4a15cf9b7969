// Math in lessons: $…$ inline and $$…$$ on their own lines as display math, typeset at build
// time by KaTeX so pages ship HTML and no math script. A formula KaTeX cannot read stops the
// build at its file and line. Rendered markup goes through hoistStyles (see hoist-styles.mjs).
import katex from 'katex';
import { BuildError } from './build-error.mjs';
import { hoistStyles } from './hoist-styles.mjs';

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;

/** Index of the next unescaped "$" (or "$$") in `src` from `from`, or -1. */
function findClosing(src, from, marker) {
  for (let i = src.indexOf(marker, from); i >= 0; i = src.indexOf(marker, i + 1)) {
    if (src.charCodeAt(i - 1) !== BACKSLASH) return i;
  }
  return -1;
}

/** Inline rule: $x$ (no space just inside the dollars, no digit right after) or $$x$$. */
function mathInline(state, silent) {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== DOLLAR) return false;
  const display = src.charCodeAt(pos + 1) === DOLLAR;
  const marker = display ? '$$' : '$';
  const start = pos + marker.length;
  const end = findClosing(src, start, marker);
  if (end <= start) return false;
  const tex = src.slice(start, end);
  if (!display && (/^\s|\s$/.test(tex) || /\d/.test(src[end + 1] ?? ''))) return false;
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.content = tex;
    token.markup = marker;
    token.meta = { pos, display };
  }
  state.pos = end + marker.length;
  return true;
}

/** Block rule: a paragraph of its own that starts with $$ and ends with $$. */
function mathBlock(state, startLine, endLine, silent) {
  const lineText = (line) =>
    state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
  const first = lineText(startLine);
  if (state.sCount[startLine] - state.blkIndent >= 4 || !first.startsWith('$$')) return false;
  if (silent) return true;
  let last = startLine;
  const firstTrimmed = first.trimEnd();
  if (!(firstTrimmed.length >= 4 && firstTrimmed.endsWith('$$'))) {
    do {
      last += 1;
      if (last >= endLine || lineText(last).trim() === '') {
        throw new BuildError(
          'display math opened with $$ is not closed by $$',
          state.env.place(startLine),
        );
      }
    } while (!lineText(last).trimEnd().endsWith('$$'));
  }
  const source = state.getLines(startLine, last + 1, state.blkIndent, false).trim();
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = source.slice(2, -2).trim();
  token.markup = '$$';
  token.map = [startLine, last + 1];
  state.line = last + 1;
  return true;
}

/** Typesets `tex`; throws a BuildError at `place` when KaTeX cannot. */
function typeset(tex, displayMode, env, line) {
  env.usesMath = true;
  // Commands that need KaTeX's trust (\href, \url, \includegraphics, \htmlId, …) would be
  // typeset as red text with what they held lost: refused with their name instead.
  const untrusted = [];
  const trust = ({ command }) => {
    untrusted.push(command);
    return false;
  };
  try {
    const html = katex.renderToString(tex, {
      displayMode,
      throwOnError: true,
      strict: 'error',
      trust,
    });
    if (untrusted.length > 0) {
      throw new BuildError(
        `math: ${untrusted[0]} is not allowed in a formula (links and pictures go outside the math)`,
        env.place(line),
      );
    }
    return hoistStyles(html, env.styles);
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    throw new BuildError(`math: ${error.message}`, env.place(line));
  }
}

/** markdown-it plugin. Needs env.place(line) and env.styles (a HoistedStyles). */
export function mathPlugin(md) {
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.renderer.rules.math_inline = (tokens, index, options, env) => {
    const { content, meta } = tokens[index];
    return typeset(content, meta.display, env, meta.line);
  };
  md.renderer.rules.math_block = (tokens, index, options, env) => {
    const { content, map } = tokens[index];
    return `<div class="math-display">${typeset(content, true, env, map[0])}</div>\n`;
  };
}
