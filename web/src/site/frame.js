// The embed page (embed/?widget=nn-neuron#bias=0.2), for platforms that allow iframes but not
// scripts. It builds the widget with createElement and setAttribute — never from markup — and
// passes on only parameters the widget's schema names, so the address cannot inject anything.
// Attributes come from the query and then the fragment (which wins): the fragment is never sent
// to the server, so long state (points, a model) stays clear of its header limits.

import { applyKnownAttributes, shortName, someOf } from './apply-attributes.js';

const host = document.querySelector('[data-frame-host]');
const message = document.querySelector('[data-frame-message]');
const title = document.querySelector('[data-frame-title]');

/** Creates `tag` with the schema's attributes taken from `params`; says which were ignored. */
async function showWidget(tag, params) {
  // Appended bare first: embed.js loads a widget's code once its tag is in the document, and
  // only then is the schema known that says which parameters may be set.
  const widget = document.createElement(tag);
  host.append(widget);
  await customElements.whenDefined(tag);
  const { schema } = customElements.get(tag);
  const ignored = applyKnownAttributes(
    widget,
    [...params].filter(([name]) => name !== 'widget'),
  );
  title.textContent = schema.summary;
  if (ignored.length > 0) {
    message.textContent = `Ignored ${someOf(ignored.map(shortName))}: not attributes of <${tag}>.`;
  }
}

const known = host.dataset.widgets.split(' ');
const params = new URLSearchParams(location.search);
const tag = params.get('widget');
const settings = [...params, ...new URLSearchParams(location.hash.slice(1))];
if (known.includes(tag)) showWidget(tag, settings);
else
  message.textContent = `Name a widget in the address, such as ?widget=${known[0]}. Available: ${known.join(', ')}.`;
