// A lesson's checked exercises: widgets given a goal (their `goal` attribute, set to anything
// but the enum widgets' "none"). Each needs a name — data-exercise, else id — because the site stores "solved" under
// it when the widget fires 'nn-solved'; the home page counts them per lesson.
import { BuildError } from './build-error.mjs';

/**
 * @param {Array<{ tag: string, attributes: Record<string, string>, line: number }>} widgets
 *   as found by validate-html.mjs
 * @param {Map<string, { attributes: object }>} schemas tag -> schema
 * @param {string} file for messages
 * @returns {string[]} the exercise names, in page order
 */
export function findExercises(widgets, schemas, file) {
  const names = [];
  for (const { tag, attributes, line } of widgets) {
    const goal = 'goal' in schemas.get(tag).attributes ? attributes.goal?.trim() : '';
    if (!goal || goal === 'none') continue;
    const name = attributes['data-exercise'] ?? attributes.id;
    if (!name) {
      throw new BuildError(`<${tag}> has a goal but no data-exercise or id to remember it by`, {
        file,
        line,
      });
    }
    if (!/^[\w-]+$/.test(name)) {
      throw new BuildError(`exercise name "${name}" may use only letters, digits, - and _`, {
        file,
        line,
      });
    }
    if (names.includes(name))
      throw new BuildError(`two exercises are named "${name}"`, { file, line });
    names.push(name);
  }
  return names;
}
