// Checks a widget attribute's value at build time with the widgets' own parser
// (web/src/widgets/base/attributes.js), so a lesson cannot ship a value the widget would refuse.
// Types that name an entry of a core table ('name') are checked only when the core's tables
// are at hand; the widget still reports them on the page.
import { parseValue } from '../src/widgets/base/attributes.js';

/**
 * @param {object | null} tables the loaded core (core.activations, core.losses, …) or null
 * @returns {(entry: object, raw: string) => string} '' when fine, else what is expected
 */
export function createValueChecker(tables) {
  return (entry, raw) => {
    if (entry.type === 'name' && !tables) return '';
    const result = parseValue(entry, raw, tables);
    return result.ok ? '' : `expected ${result.expected}`;
  };
}
