// On a lesson page: the widgets a reader changed live in the address's hash, so a copied link
// opens the page as the reader left it. The hash is URL-encoded pairs `widget.attribute=value`
// (e.g. #say-no.weights=0.5%2C-1%2C0.3&neuron-1.bias=-0.4); a widget is named by its id, its
// data-exercise, or its tag without "nn-" and its place among widgets of that tag (1-based).
// A hash without "=" is an ordinary anchor and is left alone.
// Values go through applyStateAttributes (setAttribute only), so each widget checks them against
// its schema and shows its own message for a bad one; names that match no widget or no attribute are listed in one
// note above the lesson, written as text. Nothing from the address is ever parsed as HTML.

import { fixedNames } from '../widgets/base/exercise.js';
import { applyStateAttributes, shortName, someOf } from './apply-attributes.js';

/** The name a widget goes by in the hash. */
function widgetKeys(main) {
  const keys = new Map();
  const counts = new Map();
  for (const widget of main.querySelectorAll('*')) {
    const tag = widget.localName;
    if (!tag.startsWith('nn-')) continue;
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    keys.set(widget.id || widget.dataset.exercise || `${tag.slice(3)}-${counts.get(tag)}`, widget);
  }
  return keys;
}

/**
 * Map key -> Map attribute -> text from a hash, or null when the hash is an anchor (or empty).
 * Maps, because the names come from the address: `__proto__` is a widget name like any other.
 */
export function parseStateHash(hash) {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.includes('=')) return null;
  const state = new Map();
  for (const [name, value] of new URLSearchParams(text)) {
    const dot = name.lastIndexOf('.');
    const key = dot > 0 ? name.slice(0, dot) : name;
    const attribute = dot > 0 ? name.slice(dot + 1) : '';
    if (!state.has(key)) state.set(key, new Map());
    state.get(key).set(attribute, value);
  }
  return state;
}

/** The hash (with "#") for Map key -> Map attribute -> text. */
export function stateHash(state) {
  const params = new URLSearchParams();
  for (const [key, attributes] of state) {
    for (const [attribute, value] of attributes) {
      params.append(`${key}.${attribute}`, value);
    }
  }
  return `#${params}`;
}

/** @param {Document} doc */
export function keepStateInHash(doc) {
  const main = doc.querySelector('main[data-lesson]');
  if (!main) return;
  const keys = widgetKeys(main);
  const keyOf = new Map([...keys].map(([key, widget]) => [widget, key]));
  const changed = new Map(); // key -> Map of attribute texts, for the widgets changed (or the link set)
  const note = doc.createElement('p');
  note.className = 'state-note';
  note.setAttribute('role', 'status');

  const apply = async () => {
    const state = parseStateHash(doc.location.hash);
    if (!state) return;
    const ignored = [];
    for (const [key, attributes] of state) {
      const widget = keys.get(key);
      if (!widget) {
        ignored.push(`“${shortName(key)}” (no such widget)`);
        continue;
      }
      await customElements.whenDefined(widget.localName);
      const { unknown, fixed } = applyStateAttributes(widget, attributes);
      for (const attribute of unknown) {
        ignored.push(`“${shortName(attribute)}” (not an attribute of <${widget.localName}>)`);
      }
      for (const attribute of fixed) {
        ignored.push(`“${shortName(`${key}.${attribute}`)}” (the page sets the exercise)`);
      }
      const taken = [...attributes].filter(([attribute]) => !fixed.includes(attribute));
      changed.set(key, new Map([...(changed.get(key) ?? []), ...taken]));
    }
    note.textContent = ignored.length
      ? `The link’s settings were applied, except ${someOf(ignored)}. Widget names on this page: ${[...keys.keys()].join(', ')}.`
      : '';
    if (ignored.length && !note.isConnected) main.prepend(note);
  };

  main.addEventListener('nn-change', (event) => {
    const key = keyOf.get(event.target);
    if (!key || !event.detail?.state) return;
    // The exercise's own attributes, and those it keeps fixed, stay out of the link: the page
    // sets them.
    const { attributes } = customElements.get(event.target.localName).schema;
    const fixed = fixedNames(event.target);
    const state = Object.entries(event.detail.state).filter(
      ([name]) =>
        !(Object.hasOwn(attributes, name) && attributes[name].exercise) && !fixed.includes(name),
    );
    changed.set(key, new Map(state));
    history.replaceState(history.state, '', stateHash(changed));
  });
  doc.defaultView.addEventListener('hashchange', apply);
  return apply();
}
