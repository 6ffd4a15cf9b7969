// The whole condition of an exercise, besides its goal: `fixed` names the attributes that keep
// the values the page gave them (fixed="dataset activation"), `within` is the most epochs (or
// steps) the goal may take. Both define the exercise, so only the page sets them; setState and
// a lesson link's hash leave them, and the attributes they fix, alone. This module
// remembers what the page gave, names what an attempt changed and words why
// it does not count. Each widget locks its own controls for the fixed names (lockFixed).
// Schema entries: an exercise's schema.js declares exercise: { fixed: [...], within, implies },
// and withExercise (attributes.js) adds fixed (type 'names', values: the attributes it may fix)
// and within (an integer from 1) to the element's schema. implies: { name: [other names] }, the
// attributes that are part of another and kept with it (a trainer's added points are part of
// its data set): fixing the one keeps them too.

import { el, setText } from '../../render/dom.js';
import { formatAttribute, parseAttribute, parseValue, sameValue, shorten } from './attributes.js';

const NOUNS = new Map([
  ['dataset', 'data set'],
  ['hidden-layers', 'hidden layers'],
  ['learning-rate', 'learning rate'],
  ['samples', 'number of samples'],
  ['batch-size', 'batch size'],
  ['units', 'number of units'],
  ['epochs', 'number of epochs'],
  ['points', 'added points'],
]);
const PLURAL = new Set(['inputs', 'weights', 'hidden-layers', 'points']);
const given = new WeakMap(); // widget -> Map(attribute name -> the page's text, or null)

/** names with the attributes each implies (schema exercise.implies), each once. */
function withImplied(widget, names) {
  const implies = widget.constructor.schema.exercise?.implies ?? {};
  const implied = (name) => (Object.hasOwn(implies, name) ? implies[name] : []);
  return [...new Set(names.flatMap((name) => [name, ...implied(name)]))];
}

/**
 * The attribute names the widget's `fixed` keeps, read from the attribute (before any parse),
 * with those they imply.
 */
export function fixedNames(widget) {
  const entry = widget.constructor.schema.attributes.fixed;
  const text = widget.getAttribute('fixed');
  if (!entry || text === null) return [];
  const result = parseValue(entry, text);
  return result.ok ? withImplied(widget, result.value) : [];
}

/** The attribute names the exercise keeps: its parsed `fixed`, with those they imply. */
export function keptNames(widget) {
  return withImplied(widget, widget.values.fixed ?? []);
}

/**
 * The page's attribute texts, taken when the widget is first connected (base-widget.js), before
 * a lesson link's hash or a reader's edit can reach it.
 */
export function pageGiven(widget) {
  if (!given.has(widget)) {
    const names = Object.keys(widget.constructor.schema.attributes);
    given.set(widget, new Map(names.map((name) => [name, widget.getAttribute(name)])));
  }
  return given.get(widget);
}

/** The text the page gave attribute `name` (null: none). */
export function pageText(widget, name) {
  return pageGiven(widget).get(name) ?? null;
}

/** The fixed attributes whose value differs from the page's: [{ name, now, was }] as texts. */
export function changedTerms(widget) {
  const page = pageGiven(widget);
  const changes = [];
  for (const name of keptNames(widget)) {
    const entry = widget.entryFor(name);
    const was = parseAttribute(name, entry, page.get(name), widget.core);
    if (!was.ok || sameValue(entry, widget.values[name], was.value)) continue;
    const text = (value) => shorten(formatAttribute(entry, value) || 'none');
    changes.push({ name, now: text(widget.values[name]), was: text(was.value) });
  }
  return changes;
}

/** "the activation is linear, not tanh" for each change, joined with semicolons. */
export function changeWords(changes) {
  return changes
    .map(({ name, now, was }) => {
      const verb = PLURAL.has(name) ? 'are' : 'is';
      return `the ${nounFor(name)} ${verb} ${now}, not ${was}`;
    })
    .join('; ');
}

/** " within 9 epochs" when the exercise has a limit, else "": for the goal line. */
export function withinWords(widget, unit = 'epoch') {
  const within = widget.values.within;
  return within === null || within === undefined ? '' : ` within ${within} ${unit}s`;
}

/** The words for an attribute in a sentence: "data set" for dataset. */
export function nounFor(name) {
  return NOUNS.get(name) ?? name;
}

/**
 * The whole condition: { solved, reason }. met: the goal alone is met; taken: the epochs (or
 * steps) it took, checked against `within`; done: the word for met ("Converged"); nudges:
 * { late, unmet } words for the reader.
 */
export function judge(widget, { met, taken = null, unit = 'epoch', done = 'Met', nudges = {} }) {
  const changes = changedTerms(widget);
  if (changes.length > 0) {
    const start = met ? 'The goal is met, but' : 'Not counted:';
    return { solved: false, reason: `${start} ${changeWords(changes)}. This exercise keeps them.` };
  }
  const within = widget.values.within;
  if (met && within !== null && taken !== null && taken > within) {
    const nudge = nudges.late ? `: ${nudges.late}` : '';
    return {
      solved: false,
      reason: `${done}, but after ${taken} ${unit}s (the limit is ${within})${nudge}.`,
    };
  }
  return { solved: met, reason: met ? '' : (nudges.unmet ?? '') };
}

/**
 * Locks the controls that set fixed attributes. controls: [[attribute name, [elements]]]; a
 * text field or box becomes read-only (still focusable, so a screen reader reaches it), anything
 * else disabled; each is described by `note`, whose text names what is kept. `locked`: the widget
 * locks every control anyway (its own `locked` attribute).
 */
export function lockFixed(widget, controls, note, locked = false) {
  const fixed = keptNames(widget);
  const kept = [];
  for (const [name, elements] of controls) {
    const keep = fixed.includes(name);
    if (keep) kept.push(nounFor(name));
    for (const element of elements) {
      const lock = keep || locked;
      const text =
        element.localName === 'textarea' ||
        (element.localName === 'input' && element.type === 'text');
      if (text) element.readOnly = lock;
      else element.disabled = lock;
      describedBy(element, note.id, keep);
    }
  }
  note.hidden = kept.length === 0;
  setText(note, kept.length ? `This exercise keeps the ${listWords(kept)} as given.` : '');
}

/** Adds id to (or removes it from) the element's aria-describedby, keeping the others. */
function describedBy(element, id, on) {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const next = [...ids.filter((other) => other !== id), ...(on ? [id] : [])];
  if (next.length > 0) element.setAttribute('aria-describedby', next.join(' '));
  else element.removeAttribute('aria-describedby');
}

/** The note lockFixed fills: one per widget, its id unique within the shadow root. */
export function fixedNote() {
  return el('p', { class: 'fixed-note', id: 'fixed-note', hidden: true });
}

function listWords(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
