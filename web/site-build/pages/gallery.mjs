// The widget gallery: every widget from its schema, each with a live example at its defaults,
// its attribute reference and the code to embed it (script tag or iframe).
import { embedTag } from '../../src/widgets/shared/embed-code.js';
import { escapeHtml } from '../escape.mjs';
import { renderPage } from '../page-template.mjs';
import { attributeTable } from './attribute-table.mjs';
import { iframeSnippet, scriptSnippet, snippetBlock } from './snippets.mjs';

const ROOT = '../';

function widgetSection(schema, tables) {
  const { tag } = schema;
  return `<section class="gallery-item" aria-labelledby="${tag}">
  <h2 id="${tag}"><code>&lt;${tag}&gt;</code></h2>
  <p class="gallery-item__summary">${escapeHtml(schema.summary)}</p>
  <div class="gallery-item__live">
    ${embedTag(tag, {})}
  </div>
  ${attributeTable(schema, tables)}
  <h3>Embed it</h3>
  <p>Load the script once per page, then write the tag wherever the widget should appear. Attributes you leave out take their defaults.</p>
  ${snippetBlock(scriptSnippet(ROOT, embedTag(tag, {})), `the embed code for ${tag}`, ROOT)}
  <p>Where a platform removes scripts, show the widget through an iframe instead. Give attributes as URL parameters.</p>
  ${snippetBlock(iframeSnippet(ROOT, schema), `the iframe code for ${tag}`, ROOT)}
</section>`;
}

/**
 * @param {Map<string, object>} schemas tag -> schema
 * @param {object | null} tables the loaded core, for the names 'name' attributes accept
 * @param {string} version the release these widgets are (the root package.json's version)
 */
export function galleryPage(schemas, tables, version) {
  const list = [...schemas.values()];
  const index = list
    .map(
      ({ tag, summary }) =>
        `<li><a href="#${tag}"><code>&lt;${tag}&gt;</code></a> ${escapeHtml(summary)}</li>`,
    )
    .join('\n');
  const main = `<div class="gallery">
<header class="page-header">
  <h1>Widgets</h1>
  <p class="lead">Every interactive piece of the lessons is a custom element you can put in your own page: a blog post, course notes or slides. Each keeps its whole state in its attributes, so the tag you paste is the widget you get.</p>
</header>
<nav class="gallery-index" aria-label="Widgets on this page"><ul>
${index}
</ul></nav>
<p class="gallery-note" data-version>These are the widgets of Neuron Lab ${escapeHtml(version)}. In your own project, install them with <code>npm install neuron-lab@${escapeHtml(version)}</code>, or load <code>dist/embed.js</code> of that version from a CDN that serves npm packages; the package's README says how.</p>
<p class="gallery-note">Want to see them outside this site? Read <a href="../blog-sample/">a sample blog post</a> that embeds two widgets with one script tag.</p>
${list.map((schema) => widgetSection(schema, tables)).join('\n')}
</div>`;
  return renderPage({
    depth: 1,
    title: 'Widgets',
    description:
      'Every Neuron Lab widget with a live example, its attributes and the code to embed it in your own page.',
    current: 'gallery',
    widgets: true,
    main,
  });
}
