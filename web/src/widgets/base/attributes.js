// Parses a widget's attribute strings against its schema entry, and prints values back for
// the embed code. Pure (no DOM, no core import): the 'name' type reads the accepted names from
// the tables handed in (the loaded core), so each name is written only once, in the core.
// Messages name the attribute, the value received and what is accepted, for a blogger to fix.

// Every text is measured before it is parsed: at most maxChars(entry) characters are read, so
// a 1 MB attribute costs one length check. The patterns below are anchored and each quantifier
// is followed by a character it cannot match, so they run in time linear in the text.

import { editDistance, MAX_COMPARED } from './edit-distance.js';
import { describeGoal, formatGoal, parseGoal } from './goal.js';
import { parseNames } from './names.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const MAX_SHOWN = 40;
/** The longest number text read (a double needs 25 characters: "-1.2345678901234567e-308"). */
export const MAX_NUMBER_CHARS = 64;
/** Characters read per item of a list (a number and its separator). */
const CHARS_PER_ITEM = MAX_NUMBER_CHARS + 2;
/** Items of a list whose entry states no maxLength (every widget schema states one). */
const MAX_LIST_ITEMS = 1000;
/** The longest text read for each type, unless the schema entry states its own maxChars. */
const MAX_CHARS = {
  number: MAX_NUMBER_CHARS,
  integer: MAX_NUMBER_CHARS,
  boolean: MAX_NUMBER_CHARS,
  enum: MAX_COMPARED,
  name: MAX_COMPARED,
  goal: MAX_NUMBER_CHARS,
};

/**
 * The most characters an attribute of this entry may have: entry.maxChars, else a list's
 * maxLength items (MAX_LIST_ITEMS without one), a string's maxLength, or the type's limit above.
 */
export function maxChars(entry) {
  if (entry.maxChars !== undefined) return entry.maxChars;
  if (entry.type === 'numbers' || entry.type === 'shape') {
    return (entry.maxLength ?? MAX_LIST_ITEMS) * CHARS_PER_ITEM;
  }
  if (entry.type === 'string') return entry.maxLength ?? MAX_NUMBER_CHARS;
  if (entry.type === 'names') return entry.values.join(' ').length + 2 * entry.values.length;
  return MAX_CHARS[entry.type];
}

/** Parses one number as a person types it: "0.5", "-2", ".5", "1e-3", "−0.5", "0,5". */
export function parseNumber(text) {
  if (String(text).length > MAX_NUMBER_CHARS) return NaN;
  let clean = String(text)
    .trim()
    .replace(/\u2212/g, '-');
  if (DECIMAL_COMMA.test(clean)) clean = clean.replace(',', '.');
  return NUMBER.test(clean) ? Number(clean) : NaN;
}

/** The shortest text for a number, without float noise: 0.1 + 0.2 prints as "0.3". */
export function formatNumber(value) {
  return String(Number.parseFloat(value.toPrecision(12)));
}

/**
 * Whether a table row passes an entry's `where`: a field name (the row's field is truthy), or
 * { field: value } for each field (equal to value; a list field passes when empty, meaning no
 * constraint, or when it holds value). E.g. losses { outputs: 'sigmoid' }, datasets { classes: 2 }.
 */
export function passesWhere(item, where) {
  if (!where) return true;
  if (typeof where === 'string') return Boolean(item[where]);
  return Object.entries(where).every(([field, wanted]) => {
    const have = item[field];
    return Array.isArray(have) ? have.length === 0 || have.includes(wanted) : have === wanted;
  });
}

/**
 * The names an entry of type 'name' accepts, read from the core's table (entry.where filters),
 * then entry.also: names the widget itself gives a meaning (such as nn-trainer's "csv").
 */
export function acceptedNames(entry, tables) {
  const table = tables?.[entry.table];
  if (!table) throw new TypeError(`attributes: no core table "${entry.table}" to read names from`);
  return table
    .filter((item) => passesWhere(item, entry.where))
    .map((item) => (typeof item === 'string' ? item : item.name))
    .concat(entry.also ?? []);
}

/** Reads an attribute: { ok: true, value } or { ok: false, message }. raw null -> the default. */
export function parseAttribute(name, entry, raw, tables) {
  if (raw === null || raw === undefined) return { ok: true, value: entry.default };
  const result = parseValue(entry, raw, tables);
  if (result.ok) return result;
  return { ok: false, message: `${name}="${shorten(raw)}": expected ${result.expected}` };
}

/** Reads one text against an entry: { ok: true, value } or { ok: false, expected: 'words' }. */
export function parseValue(entry, raw, tables) {
  const parser = PARSERS[entry.type];
  if (!parser) throw new TypeError(`attributes: unknown type "${entry.type}"`);
  const text = String(raw);
  const limit = maxChars(entry);
  if (text.length > limit) {
    return { ok: false, expected: `at most ${limit} characters (this has ${text.length})` };
  }
  const result = parser(text, entry, tables);
  return result.expected === undefined
    ? { ok: true, value: result.value }
    : { ok: false, ...result };
}

const expanded = new WeakMap(); // schema -> the same schema with its exercise attributes

/**
 * The schema with the attributes that make its widget an exercise besides its goal, from the
 * schema's one-line declaration `exercise: { fixed: [the attributes it may fix], within: true }`:
 * `fixed` (which of them keep the page's values) and, with within, `within` (the most epochs the
 * goal may take), placed after `goal`. Both define the exercise, so only the page sets them
 * (base/exercise.js reads them). A schema without `exercise` comes back as it is; one schema
 * always gives the same object, so the element's and widgets/index.js's are one.
 */
export function withExercise(schema) {
  if (!schema.exercise) return schema;
  if (!expanded.has(schema)) {
    const added = Object.entries(exerciseAttributes(schema.exercise));
    const entries = Object.entries(schema.attributes).flatMap((pair) =>
      pair[0] === 'goal' ? [pair, ...added] : [pair],
    );
    if (!schema.attributes.goal) throw new Error(`${schema.tag}: an exercise needs a goal`);
    const attributes = Object.fromEntries(entries);
    expanded.set(schema, { ...schema, attributes });
  }
  return expanded.get(schema);
}

/** The entries of `fixed` (and of `within`, when asked for) for exercise { fixed, within }. */
function exerciseAttributes(exercise) {
  const defines = { exercise: true }; // only the page sets it, never a link or stored state
  const implied = Object.entries(exercise.implies ?? {}).map(
    ([name, others]) => ` Keeping ${name} keeps ${others.join(', ')} too.`,
  );
  const fixed = {
    ...defines,
    type: 'names',
    default: [],
    values: exercise.fixed,
    description: `Attributes an exercise keeps as the page gave them: their controls are locked and the goal counts only while they are unchanged.${implied.join('')}`,
  };
  if (!exercise.within) return { fixed };
  const limit = { ...defines, type: 'integer', default: null, min: 1, max: 100000 };
  const said = "An exercise's limit: the goal counts only when met within this many epochs.";
  return { fixed, within: { ...limit, description: said } };
}

/** A value as quoted in a message: long ones end in an ellipsis. */
export function shorten(text) {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** The attribute text that parses back to value, or null when the attribute should be absent. */
export function formatAttribute(entry, value) {
  if (value === undefined || value === null) return null; // an optional attribute left unset
  switch (entry.type) {
    case 'boolean':
      return value ? '' : null;
    case 'number':
    case 'integer':
      return formatNumber(value);
    case 'numbers':
      return value.map(formatNumber).join(entry.separator ?? ', ');
    case 'shape':
      return value.join(',');
    case 'goal':
      return value ? formatGoal(value) : null;
    case 'names':
      return value.length > 0 ? value.join(' ') : null;
    default:
      return String(value);
  }
}

/** True when two parsed values of an entry are the same (lists compared item by item). */
export function sameValue(entry, a, b) {
  return formatAttribute(entry, a) === formatAttribute(entry, b);
}

// Each parser returns { value } or { expected: 'words for what is accepted' }.
const PARSERS = {
  number(raw, entry) {
    const value = parseNumber(raw);
    if (Number.isFinite(value) && inRange(value, entry)) return { value };
    return { expected: `a number${rangeText(entry)}, such as "${example(entry)}"` };
  },
  integer(raw, entry) {
    const value = parseNumber(raw);
    if (Number.isInteger(value) && inRange(value, entry)) return { value };
    return { expected: `a whole number${rangeText(entry)}, such as "${example(entry)}"` };
  },
  numbers(raw, entry) {
    const value = splitList(raw).map(parseNumber);
    if (value.every((v) => Number.isFinite(v) && inRange(v, entry)) && fitsLength(value, entry)) {
      return { value };
    }
    const each = rangeText(entry) && `, each${rangeText(entry)}`;
    return {
      expected: `${countText(entry, 'number')} separated by commas${each}, such as "${example(entry)}"`,
    };
  },
  shape(raw, entry) {
    const value = splitList(raw).map(parseNumber);
    const positive = { ...entry, min: Math.max(1, entry.min ?? 1) };
    if (
      value.every((v) => Number.isInteger(v) && inRange(v, positive)) &&
      fitsLength(value, entry)
    ) {
      return { value };
    }
    return {
      expected: `${countText(entry, 'whole number')} separated by commas, each${rangeText(positive)}, such as "${example(entry)}"`,
    };
  },
  boolean(raw) {
    return { value: raw.trim().toLowerCase() !== 'false' };
  },
  enum(raw, entry) {
    return pickName(raw, entry.values);
  },
  name(raw, entry, tables) {
    return pickName(raw, acceptedNames(entry, tables));
  },
  goal(raw, entry) {
    if (raw.trim() === '') return { value: null };
    const value = parseGoal(raw, entry.values);
    if (value) return { value };
    const sample = { subject: entry.values[0], op: '>', target: 0.9 };
    const subjects = entry.values.join(' or ');
    return {
      expected: `${subjects}, then < or >, then a number, such as "${formatGoal(sample)}" (${describeGoal(sample)})`,
    };
  },
  names: parseNames,
  string(raw, entry) {
    if (raw.length <= (entry.maxLength ?? Infinity)) return { value: raw };
    return { expected: `text of at most ${entry.maxLength} characters` };
  },
};

/**
 * Lists may be separated by commas or, when there is no comma, by spaces (so a decimal comma
 * cannot be used in a list); an empty item is an error, not skipped.
 */
function splitList(raw) {
  const text = raw.trim();
  if (text === '') return [];
  return text.includes(',') ? text.split(',') : text.split(/\s+/);
}

function inRange(value, { min = -Infinity, max = Infinity }) {
  return value >= min && value <= max;
}

function fitsLength(list, { minLength = 1, maxLength = Infinity }) {
  return list.length >= minLength && list.length <= maxLength;
}

function rangeText({ min, max }) {
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function countText({ minLength = 1, maxLength = Infinity }, noun) {
  if (minLength === maxLength) return `${minLength} ${noun}${minLength === 1 ? '' : 's'}`;
  if (maxLength === Infinity) return `at least ${minLength} ${noun}${minLength === 1 ? '' : 's'}`;
  return `${minLength} to ${maxLength} ${noun}s`;
}

/** An accepted value to show in a message: entry.example, else the default fitted to the length. */
function example(entry) {
  if (entry.example !== undefined) return entry.example;
  if (entry.type !== 'numbers' && entry.type !== 'shape') {
    // No default: 0, or the nearest end of the range when 0 lies outside it.
    const inRange = Math.min(Math.max(0, entry.min ?? 0), entry.max ?? Infinity);
    return formatAttribute(entry, entry.default ?? inRange);
  }
  // A list without a default (null or []) gets 0 for each item, or its minimum when above 0.
  const sample = entry.default?.length
    ? entry.default
    : [Math.max(entry.min ?? 0, entry.type === 'shape' ? 1 : 0)];
  const length = Math.max(
    entry.minLength ?? 1,
    Math.min(sample.length, entry.maxLength ?? Infinity),
  );
  const fitted = Array.from({ length }, (_, i) => sample[i % sample.length]);
  return formatAttribute(entry, fitted);
}

/** Matches a name case-insensitively and returns its canonical spelling. */
function pickName(raw, names) {
  const wanted = raw.trim().toLowerCase();
  const found = names.find((name) => name.toLowerCase() === wanted);
  if (found !== undefined) return { value: found };
  const near =
    wanted.length <= MAX_COMPARED
      ? names.find((name) => editDistance(name.toLowerCase(), wanted) <= 2)
      : undefined;
  const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
  return { expected: `one of ${names.join(', ')}${hint}` };
}
