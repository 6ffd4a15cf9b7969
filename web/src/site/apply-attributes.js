// Settings from an address (the embed page's query, a lesson page's hash) onto a widget: only
// the attributes its schema names are set, each through setAttribute, so the widget checks the
// value and nothing is ever parsed as HTML. The other names come back for the page to list.

/**
 * @param {HTMLElement} widget a defined Neuron Lab widget
 * @param {Iterable<[string, string]>} pairs attribute name and text
 * @returns {string[]} the names that are not attributes of the widget, in order
 */
export function applyKnownAttributes(widget, pairs) {
  const { attributes } = customElements.get(widget.localName).schema;
  const ignored = [];
  for (const [name, value] of pairs) {
    if (Object.hasOwn(attributes, name)) widget.setAttribute(name, value);
    else ignored.push(name);
  }
  return ignored;
}
