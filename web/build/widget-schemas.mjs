// The widgets' schemas, read from the widget classes themselves (web/src/widgets/index.js
// exports widgetClasses; the modules are safe to import in node), so the lesson check, the
// gallery and the embed page can never disagree with what the widgets accept.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * @param {string} modulePath the widgets' index.js
 * @returns {Promise<Map<string, { tag: string, summary: string, attributes: object }>>} tag -> schema,
 *   in the order the module lists them
 */
export async function loadWidgetSchemas(modulePath) {
  if (!existsSync(modulePath)) {
    throw new Error(
      `${modulePath} does not exist: the widgets are not written yet, so lessons cannot be ` +
        'checked. It must export widgetClasses (the classes with their static schema).',
    );
  }
  const { widgetClasses } = await import(pathToFileURL(modulePath).href);
  if (!Array.isArray(widgetClasses)) {
    throw new Error(`${modulePath} must export widgetClasses, an array of widget classes`);
  }
  const schemas = new Map();
  for (const widget of widgetClasses) {
    const { schema } = widget;
    if (!schema?.tag?.startsWith('nn-') || typeof schema.attributes !== 'object') {
      throw new Error(
        `${modulePath}: ${widget.name} has no static schema { tag: 'nn-…', attributes }`,
      );
    }
    schemas.set(schema.tag, schema);
  }
  return schemas;
}
