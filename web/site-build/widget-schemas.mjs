// The widgets' schemas, read from the schema.js the widget classes use themselves
// (web/src/widgets/index.js exports widgetSchemas; no element is loaded), so the lesson check,
// the gallery and the embed page can never disagree with what the widgets accept.
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
        "checked. It must export widgetSchemas (each widget's schema.js).",
    );
  }
  const { widgetSchemas } = await import(pathToFileURL(modulePath).href);
  if (!Array.isArray(widgetSchemas)) {
    throw new Error(`${modulePath} must export widgetSchemas, an array of widget schemas`);
  }
  const schemas = new Map();
  for (const schema of widgetSchemas) {
    if (!schema?.tag?.startsWith('nn-') || typeof schema.attributes !== 'object') {
      throw new Error(`${modulePath}: a schema is not { tag: 'nn-…', attributes }`);
    }
    schemas.set(schema.tag, schema);
  }
  return schemas;
}
