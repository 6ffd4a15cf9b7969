// custom-elements.json for the npm package: the community manifest (schemaVersion 1.0.0) that
// editors and frameworks read to learn each tag, its attributes and its events. Written from the
// widgets' schema.js files and the events widget-reference.mjs finds in their source, so it
// cannot disagree with what the widgets accept. Does not: describe the facade (core.d.ts does).
import { acceptedNames, formatAttribute } from '../../src/widgets/base/attributes.js';
import { EVENTS, accepts } from '../widget-reference.mjs';

/** NnNeuron for nn-neuron: the class name each widget file exports. */
export const className = (tag) =>
  tag.replace(/(^|-)([a-z])/g, (_, dash, letter) => letter.toUpperCase());

/** The TypeScript text of an attribute's value: the names it takes, or the kind of text. */
export function typeText(entry, tables) {
  const union = (names) => names.map((name) => JSON.stringify(name)).join(' | ');
  switch (entry.type) {
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return union(entry.values);
    case 'name':
      return union(acceptedNames(entry, tables));
    default:
      return 'string'; // numbers, shape, goal, string: text the widget parses
  }
}

function attribute(name, entry, tables) {
  const text = formatAttribute(entry, entry.default);
  return {
    name,
    description: `${entry.description ?? ''} Accepts: ${accepts(entry, tables)}.`.trim(),
    type: { text: typeText(entry, tables) },
    ...(text === null || text === '' ? {} : { default: JSON.stringify(text) }),
  };
}

function widgetModule(schema, tables, events) {
  const name = className(schema.tag);
  const path = `dist/widgets/${schema.tag}.js`;
  const declaration = { name, module: path };
  return {
    kind: 'javascript-module',
    path,
    declarations: [
      {
        kind: 'class',
        name,
        tagName: schema.tag,
        customElement: true,
        description: schema.summary,
        superclass: { name: 'HTMLElement' },
        attributes: Object.entries(schema.attributes).map(([attr, entry]) =>
          attribute(attr, entry, tables),
        ),
        events: events.map((event) => ({
          name: event,
          type: { text: 'CustomEvent' },
          description: `${EVENTS[event].when} event.detail: ${EVENTS[event].detail}`,
        })),
      },
    ],
    exports: [
      { kind: 'js', name, declaration },
      { kind: 'custom-element-definition', name: schema.tag, declaration },
    ],
  };
}

/**
 * @param {Map<string, object>} schemas tag -> schema (loadWidgetSchemas)
 * @param {object} tables the loaded core, for the names 'name' attributes accept
 * @param {Map<string, string[]>} events tag -> the events it fires (widgetEvents)
 */
export function customElementsManifest(schemas, tables, events) {
  return {
    schemaVersion: '1.0.0',
    readme: 'README.md',
    modules: [...schemas.values()].map((schema) =>
      widgetModule(schema, tables, events.get(schema.tag)),
    ),
  };
}
