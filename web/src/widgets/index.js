// The widget registry for code that wants every class at once: the lesson build, reading schemas
// in node, and a page that registers everything up front. The list itself is loaders.js; a
// define() step is kept apart from the classes so importing them registers nothing.

import { widgetLoaders } from './loaders.js';

/** Every widget class, in the order loaders.js lists the tags. */
export const widgetClasses = await Promise.all(Object.values(widgetLoaders).map((load) => load()));

/** Registers the given widget classes under their schema tags, skipping tags already taken. */
export function defineWidgets(classes = widgetClasses) {
  for (const widget of classes) {
    const { tag } = widget.schema;
    if (!customElements.get(tag)) customElements.define(tag, widget);
  }
}
