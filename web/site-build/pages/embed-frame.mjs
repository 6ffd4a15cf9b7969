// The page an iframe shows for platforms that strip scripts: embed/?widget=nn-neuron&bias=0.2.
// frame.js builds the element from the query with createElement and setAttribute, only for
// the names in the widget's schema; this page gives it each widget's summary and attribute names
// (so the element joins the page with its attributes, before its code is in) and the chrome.
import { escapeHtml } from '../escape.mjs';
import { htmlDocument } from '../page-template.mjs';

const ROOT = '../';

/** @param {Map<string, object>} schemas tag -> schema */
export function embedFramePage(schemas) {
  // What frame.js needs before any widget's code is in: each tag's summary and attribute names.
  const names = Object.fromEntries(
    [...schemas].map(([tag, { summary, attributes }]) => [
      tag,
      { summary, attributes: Object.keys(attributes) },
    ]),
  );
  const body = `<a class="skip-link" href="#main">Skip to the widget</a>
<header class="frame-header">
  <a class="brand brand--small" href="${ROOT}" target="_blank" rel="noopener"><img class="brand__mark" src="${ROOT}nl/logo.svg" alt="" width="20" height="20"><span class="brand__name">Neuron Lab</span></a>
  <nav aria-label="Neuron Lab"><ul><li><a href="${ROOT}gallery/" target="_blank" rel="noopener">All widgets</a></li></ul></nav>
</header>
<main id="main" tabindex="-1" class="frame-main">
  <h1 class="visually-hidden" data-frame-title>A Neuron Lab widget</h1>
  <div data-frame-host data-schemas="${escapeHtml(JSON.stringify(names))}"></div>
  <p class="frame-message" data-frame-message role="status"></p>
  <noscript><p class="frame-message">This widget needs JavaScript.</p></noscript>
</main>
<footer class="frame-footer"><p>An interactive widget from Neuron Lab.</p></footer>`;
  return htmlDocument({
    root: ROOT,
    title: 'Widget · Neuron Lab',
    description:
      'One Neuron Lab widget, set up from the address, for pages that can only show an iframe.',
    styles: ['nl/site.css'],
    scripts: ['nl/embed.js', 'nl/frame.js'],
    body,
    bodyClass: 'frame',
  });
}
