// Settings from an address (the embed page's query, a lesson page's hash) onto a widget: only
// the attributes its schema names are set, each through setAttribute, so the widget checks the
// value and nothing is ever parsed as HTML. The other names come back for the page to list.
// On a lesson page the page defines its exercises: attributes marked `exercise` in the schema
// (goal, locked, a target), and the attributes its `fixed` names, are never taken from the hash.

import { fixedNames } from '../widgets/base/exercise.js';

const MAX_NAME_SHOWN = 40; // characters of an ignored name quoted back to the reader
const MAX_NAMES_SHOWN = 5;

/** A name from the address as quoted back to the reader: its first MAX_NAME_SHOWN characters. */
export function shortName(name) {
  return name.length > MAX_NAME_SHOWN ? `${name.slice(0, MAX_NAME_SHOWN)}…` : name;
}

/** The first MAX_NAMES_SHOWN items, joined with commas, and how many more there are. */
export function someOf(items) {
  const listed = items.slice(0, MAX_NAMES_SHOWN).join(', ');
  const more = items.length - MAX_NAMES_SHOWN;
  return more > 0 ? `${listed} and ${more} more` : listed;
}

/**
 * @param {HTMLElement} widget a Neuron Lab widget, defined or not yet
 * @param {string[]} names its schema's attribute names
 * @param {Iterable<[string, string]>} pairs attribute name and text
 * @returns {string[]} the names that are not attributes of the widget, in order
 */
export function applyKnownAttributes(widget, names, pairs) {
  const known = new Set(names);
  const unknown = [];
  for (const [name, value] of pairs) {
    if (known.has(name)) widget.setAttribute(name, value);
    else unknown.push(name);
  }
  return unknown;
}

/**
 * The same for state from a lesson page's hash: exercise attributes stay as the page set them.
 * @returns {{ unknown: string[], fixed: string[] }} names that are no attribute, and names of
 *   attributes that define the exercise (left alone)
 */
export function applyStateAttributes(widget, pairs) {
  const { attributes } = customElements.get(widget.localName).schema;
  const kept = fixedNames(widget);
  const definesExercise = ([name]) =>
    Object.hasOwn(attributes, name) && (attributes[name].exercise === true || kept.includes(name));
  const list = [...pairs];
  const fixed = list.filter(definesExercise).map(([name]) => name);
  const others = list.filter((pair) => !definesExercise(pair));
  return { unknown: applyKnownAttributes(widget, Object.keys(attributes), others), fixed };
}
