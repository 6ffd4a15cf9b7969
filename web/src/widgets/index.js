// Every widget's attribute schema, for code in node that needs them all: the lesson build, the
// widget reference and the tests. Each comes from web/src/widgets/<tag>/schema.js (plain data),
// so no element, no DOM code and no core is loaded. The list of tags itself is loaders.js.

import { withExercise } from './base/attributes.js';
import { widgetLoaders } from './loaders.js';

/** Every widget's schema, in the order loaders.js lists the tags, as its element has it. */
export const widgetSchemas = await Promise.all(
  Object.keys(widgetLoaders).map((tag) =>
    import(`./${tag}/schema.js`).then((m) => withExercise(m.schema)),
  ),
);
