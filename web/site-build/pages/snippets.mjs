// The copy-paste code a writer puts in a page: the script tag and a widget tag, or an iframe
// for platforms that strip scripts. URLs are written relative to the page that shows them
// (data-relative-to); site.js makes them absolute for the host the site is served from.
import { escapeHtml } from '../escape.mjs';

/** "<script …></script>\n<nn-x …></nn-x>" with the script URL relative to a page `root`. */
export const scriptSnippet = (root, tag) =>
  `<script type="module" src="${root}nl/embed.js"></script>\n${tag}`;

/**
 * An iframe showing one widget through the embed page. The attributes go in the fragment, which
 * the browser never sends: a long one (points, a model) would pass a server's header limit
 * (HTTP 431 past about 16 KB) in the query.
 */
export function iframeSnippet(root, schema, attributes = {}) {
  const query = new URLSearchParams({ widget: schema.tag });
  const state = new URLSearchParams(attributes);
  const fragment = state.size > 0 ? `#${state}` : '';
  return `<iframe src="${root}embed/?${query}${fragment}" title="${escapeHtml(schema.summary)}" width="100%" height="560" loading="lazy"></iframe>`;
}

/**
 * A code block with a copy button; site.js rewrites its relative URLs and wires the button.
 * @param {string} code the snippet text
 * @param {string} label what it is, for the button's accessible name
 * @param {string} root the prefix from the showing page to the site root
 */
export function snippetBlock(code, label, root) {
  return `<div class="snippet">
  <pre><code data-relative-to="${root}">${escapeHtml(code)}</code></pre>
  <button type="button" class="button button--small snippet__copy" data-copy hidden aria-label="Copy ${escapeHtml(label)}">Copy</button>
</div>`;
}
