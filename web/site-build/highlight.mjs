// A deliberately tiny code highlighter for the languages lessons show (JavaScript, Python,
// C++): comments, strings, numbers and keywords get a class; everything is HTML-escaped.
// Anything fancier belongs in a library; this is enough to make short listings readable.
import { escapeHtml } from './escape.mjs';

const KEYWORDS = {
  js: 'async await break case catch class const continue default else export extends false for from function if import let new null of return static this throw true try typeof undefined var while yield',
  python:
    'and as assert break class continue def del elif else except False finally for from if import in is lambda None not or pass raise return True try while with yield',
  cpp: 'auto bool break case class const constexpr continue default double else enum false float for if include int namespace nullptr return size_t static std struct switch template this throw true try typename using void while',
};
const ALIASES = { javascript: 'js', mjs: 'js', py: 'python', 'c++': 'cpp', c: 'cpp', hpp: 'cpp' };
const COMMENTS = {
  js: '//[^\\n]*|/\\*[\\s\\S]*?\\*/',
  cpp: '//[^\\n]*|/\\*[\\s\\S]*?\\*/',
  python: '#[^\\n]*',
};
const STRING = `"(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\\\\\n]|\\\\.)*'|\`(?:[^\`\\\\]|\\\\.)*\``;
const NUMBER = '\\b\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?\\b';
const WORD = '[A-Za-z_#][\\w]*';

const PATTERNS = Object.fromEntries(
  Object.keys(KEYWORDS).map((lang) => [
    lang,
    new RegExp(`(${COMMENTS[lang]})|(${STRING})|(${NUMBER})|(${WORD})`, 'g'),
  ]),
);
const KEYWORD_SETS = Object.fromEntries(
  Object.entries(KEYWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

const span = (kind, text) => `<span class="tok-${kind}">${escapeHtml(text)}</span>`;

/**
 * Highlighted HTML for `code`, or '' for a language it does not know (markdown-it then escapes
 * the code itself).
 */
export function highlight(code, language) {
  const lang = ALIASES[language] ?? language;
  const pattern = PATTERNS[lang];
  if (!pattern) return '';
  let html = '';
  let last = 0;
  for (const match of code.matchAll(pattern)) {
    const [text, comment, string, number, word] = match;
    html += escapeHtml(code.slice(last, match.index));
    if (comment) html += span('comment', text);
    else if (string) html += span('string', text);
    else if (number) html += span('number', text);
    else
      html += KEYWORD_SETS[lang].has(word.replace(/^#/, ''))
        ? span('keyword', text)
        : escapeHtml(text);
    last = match.index + text.length;
  }
  return html + escapeHtml(code.slice(last));
}
