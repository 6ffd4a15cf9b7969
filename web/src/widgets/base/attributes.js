// Parses a widget's attribute strings against its schema entry, and prints values back for
// the embed code. Pure (no DOM, no core import): the 'name' type reads the accepted names from
// the tables handed in (the loaded core), so each name is written only once, in the core.
// Messages name the attribute, the value received and what is accepted, for a blogger to fix.

import { describeGoal, formatGoal, parseGoal } from './goal.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const MAX_SHOWN = 40;

/** Parses one number as a person types it: "0.5", "-2", ".5", "1e-3", "−0.5", "0,5". */
export function parseNumber(text) {
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

/** The names an entry of type 'name' accepts, read from the core's table (entry.where filters). */
export function acceptedNames(entry, tables) {
  const table = tables?.[entry.table];
  if (!table) throw new TypeError(`attributes: no core table "${entry.table}" to read names from`);
  return table
    .filter((item) => !entry.where || item[entry.where])
    .map((item) => (typeof item === 'string' ? item : item.name));
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
  const result = parser(String(raw), entry, tables);
  return result.expected === undefined
    ? { ok: true, value: result.value }
    : { ok: false, ...result };
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
      return value.map(formatNumber).join(', ');
    case 'shape':
      return value.join(',');
    case 'goal':
      return value ? formatGoal(value) : null;
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
    const value = raw.split(',').map(parseNumber);
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
  string(raw, entry) {
    if (raw.length <= (entry.maxLength ?? Infinity)) return { value: raw };
    return { expected: `text of at most ${entry.maxLength} characters` };
  },
};

/** Lists may be separated by commas or by spaces; an empty item is an error, not skipped. */
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
    return formatAttribute(entry, entry.default ?? 0);
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
  const near = names.find((name) => editDistance(name.toLowerCase(), wanted) <= 2);
  const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
  return { expected: `one of ${names.join(', ')}${hint}` };
}

/** Levenshtein distance, for the "did you mean" hint on a misspelt name. */
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, substitute));
    }
    previous = row;
  }
  return previous[b.length];
}
