// The frame every site page shares: head (the CSP, metadata, styles, module scripts — never
// inline code), skip link, header with the logo and main navigation, main, footer.
// URLs are relative to the page's depth so the site works from any host and sub-path.
import { CSP } from './csp.mjs';
import { escapeHtml } from './escape.mjs';

/** The prefix that leads from a page `depth` folders down back to the site root. */
export const rootFor = (depth) => '../'.repeat(depth);

/** The site root as a link target from a page `depth` folders down. */
const homeFor = (depth) => rootFor(depth) || './';

const NAV = [
  { key: 'lessons', label: 'Lessons', path: '' },
  { key: 'gallery', label: 'Widgets', path: 'gallery/' },
];

function header(root, home, current) {
  const items = NAV.map(({ key, label, path }) => {
    const here = key === current ? ' aria-current="page"' : '';
    return `<li><a href="${path ? root + path : home}"${here}>${label}</a></li>`;
  }).join('');
  return `<header class="site-header">
  <div class="site-header__inner">
    <a class="brand" href="${home}"><img class="brand__mark" src="${root}nl/logo.svg" alt="" width="28" height="28"><span class="brand__name">Neuron Lab</span></a>
    <nav class="site-nav" aria-label="Main"><ul>${items}</ul></nav>
  </div>
</header>`;
}

function footer(root, home) {
  return `<footer class="site-footer">
  <div class="site-footer__inner">
    <p>Neuron Lab: neural networks you can take apart, one number at a time. Your progress is kept in this browser only.</p>
    <ul class="site-footer__links">
      <li><a href="${home}">Lessons</a></li>
      <li><a href="${root}gallery/">Widget gallery</a></li>
      <li><a href="${root}blog-sample/">Widgets in a blog post</a></li>
    </ul>
  </div>
</footer>`;
}

/**
 * A complete HTML document: metadata, stylesheets and module scripts (all relative to `root`),
 * then `body`. Shared by site pages, the embed frame and the blog sample.
 * @param {{ root: string, title: string, description: string, styles: string[],
 *   scripts: string[], body: string, bodyClass?: string }} doc
 */
export function htmlDocument({ root, title, description, styles, scripts, body, bodyClass = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${root}nl/logo.svg" type="image/svg+xml">
${styles.map((href) => `<link rel="stylesheet" href="${root}${href}">`).join('\n')}
${scripts.map((src) => `<script type="module" src="${root}${src}"></script>`).join('\n')}
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
</body>
</html>
`;
}

/**
 * A site page: the document with skip link, header, main and footer.
 * @param {{ depth: number, title: string, description: string, main: string,
 *   current?: 'lessons' | 'gallery', widgets?: boolean, math?: boolean,
 *   mainAttributes?: string }} page depth: folders below the root; widgets: load embed.js;
 *   math: load KaTeX's stylesheets; mainAttributes: extra attributes for <main> (pre-escaped)
 */
export function renderPage({
  depth,
  title,
  description,
  main,
  current,
  widgets,
  math,
  mainAttributes = '',
}) {
  const root = rootFor(depth);
  const home = homeFor(depth);
  return htmlDocument({
    root,
    title: title === 'Neuron Lab' ? title : `${title} · Neuron Lab`,
    description,
    styles: [...(math ? ['nl/katex/katex.min.css', 'nl/math.css'] : []), 'nl/site.css'],
    scripts: ['nl/site.js', ...(widgets ? ['nl/embed.js'] : [])],
    body: `<a class="skip-link" href="#main">Skip to the content</a>
${header(root, home, current)}
<main id="main" tabindex="-1"${mainAttributes}>
${main}
</main>
${footer(root, home)}`,
  });
}
