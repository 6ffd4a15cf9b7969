// The embed page (embed/?widget=nn-neuron#bias=0.2), for platforms that allow iframes but not
// scripts. It builds the widget with createElement and setAttribute — never from markup — and
// passes on only parameters the widget's schema names, so the address cannot inject anything.
// Attributes come from the query and then the fragment (which wins): the fragment is never sent
// to the server, so long state (points, a model) stays clear of its header limits.

import { applyKnownAttributes, shortName, someOf } from './apply-attributes.js';

const host = document.querySelector('[data-frame-host]');
const message = document.querySelector('[data-frame-message]');
const title = document.querySelector('[data-frame-title]');

/**
 * Creates `tag` with the attributes `params` names that its schema has (`schema`: its summary
 * and attribute names, from the page), then adds it: it joins the page with them, so they are
 * what the page gave it (the values an exercise keeps, base/exercise.js). embed.js loads its code
 * once it is in the document. Says which names were ignored.
 */
function showWidget(tag, schema, params) {
  const widget = document.createElement(tag);
  const ignored = applyKnownAttributes(
    widget,
    schema.attributes,
    params.filter(([name]) => name !== 'widget'),
  );
  host.append(widget);
  title.textContent = schema.summary;
  if (ignored.length > 0) {
    message.textContent = `Ignored ${someOf(ignored.map(shortName))}: not attributes of <${tag}>.`;
  }
}

const schemas = new Map(Object.entries(JSON.parse(host.dataset.schemas)));
const params = new URLSearchParams(location.search);
const tag = params.get('widget');
const settings = [...params, ...new URLSearchParams(location.hash.slice(1))];
if (schemas.has(tag)) showWidget(tag, schemas.get(tag), settings);
else {
  const known = [...schemas.keys()];
  message.textContent = `Name a widget in the address, such as ?widget=${known[0]}. Available: ${known.join(', ')}.`;
}
