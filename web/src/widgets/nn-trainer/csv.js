// Reads the reader's CSV for <nn-trainer dataset="csv">: rows of x₁, x₂, class, separated by
// commas, semicolons or tabs (the first line of the data decides which), a header line optional.
// Papa Parse splits the fields (quotes included); this module checks what they hold and names
// the line and column of the first problem. Text over MAX_CSV_CHARS is refused before parsing.

import Papa from 'papaparse';
import { parseNumber } from '../base/attributes.js';

/** At most this many data rows, and this many characters read (10,000 rows of 3 long numbers). */
export const MAX_CSV_ROWS = 10000;
export const MAX_CSV_CHARS = 1_000_000;
// Lines, blank ones included: room for MAX_CSV_ROWS rows, a header and a blank line between
// each two. A million characters of line breaks alone would be a million lines, and a text
// box holding them takes the browser seconds to lay out.
export const MAX_CSV_LINES = 25_000;
/** Each coordinate lies within ±MAX_COORDINATE. */
export const MAX_COORDINATE = 1000;
const COLUMNS = ['x₁', 'x₂', 'class'];
const ACCEPTED = 'each line x₁, x₂, class (such as "0.5, -1.2, 1"), the class 0, 1 or 2';

const fail = (message) => ({ ok: false, message });
const at = (line, column) => `line ${line}, column ${column + 1} (${COLUMNS[column]})`;

/** The field separator: a tab or a semicolon if the first data line has one, else a comma. */
function separatorOf(text) {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  if (line.includes('\t')) return '\t';
  return line.includes(';') ? ';' : ',';
}

/** The number of lines in text (a line ends in \n, \r\n or \r). */
export function lineCount(text) {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines += 1;
  }
  return lines;
}

const count = (n) => n.toLocaleString('en-US');
/** The limits, in words. */
export const CSV_LIMITS = `at most ${count(MAX_CSV_CHARS)} characters and ${count(MAX_CSV_LINES)} lines are read (${count(MAX_CSV_ROWS)} rows)`;

/** Why text is too big to read or show (characters, then lines), or '' when it is not. */
export function tooBig(text) {
  if (text.length > MAX_CSV_CHARS) return `it has ${count(text.length)} characters; ${CSV_LIMITS}`;
  const lines = lineCount(text);
  return lines > MAX_CSV_LINES ? `it has ${count(lines)} lines; ${CSV_LIMITS}` : '';
}

/**
 * Reads CSV text: { ok: true, rows: [x₁, x₂, class, …], classes (2 or 3), count } or
 * { ok: false, message } naming the line and column of the first problem.
 */
export function readCsv(text) {
  const source = String(text);
  const big = tooBig(source);
  if (big) return fail(`The CSV is too big: ${big}.`);
  const delimiter = separatorOf(source.trimStart());
  // No quoted line breaks in numeric data: row i of the result is line i + 1 of the text.
  const parsed = Papa.parse(source, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return fail(`line ${quoteError.row + 1}: a quote is not closed.`);
  const rows = [];
  let seenData = false;
  for (let r = 0; r < parsed.data.length; r++) {
    const fields = parsed.data[r];
    const line = r + 1;
    if (fields.length === 1 && fields[0].trim() === '') continue; // a blank line
    const values = fields.map((f) => parseNumber(f.trim()));
    // The first non-blank line is a header when none of its fields is a number.
    if (!seenData && values.every((v) => Number.isNaN(v))) {
      seenData = true;
      continue;
    }
    seenData = true;
    const problem = rowProblem(fields, values, line);
    if (problem) return fail(`${problem} Expected ${ACCEPTED}.`);
    if (rows.length / 3 >= MAX_CSV_ROWS) {
      return fail(
        `line ${line}: more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows; at most that many are read.`,
      );
    }
    rows.push(values[0], values[1], values[2]);
  }
  const count = rows.length / 3;
  if (count === 0) return fail(`The CSV has no rows of data. Expected ${ACCEPTED}.`);
  const classes = classesOf(rows);
  return classes.ok ? { ok: true, rows, classes: classes.classes, count } : classes;
}

/**
 * The number of classes of rows [x₁, x₂, class, …] whose classes are 0, 1 or 2: { ok: true,
 * classes } (the largest class + 1), or { ok: false, message } when a class is not one of
 * those or when every row has the same class.
 */
export function classesOf(rows) {
  const present = new Set();
  for (let i = 2; i < rows.length; i += 3) {
    if (![0, 1, 2].includes(rows[i])) {
      return fail(`Row ${(i + 1) / 3} has the class ${rows[i]}; the classes are 0, 1 and 2.`);
    }
    present.add(rows[i]);
  }
  if (present.size < 2) {
    return fail(
      `Every row is class ${rows[2]}: a data set needs two classes (0 and 1) or three (0, 1 and 2).`,
    );
  }
  return { ok: true, classes: Math.max(...present) + 1 };
}

/** What is wrong with one line's fields, or '' (line: its number in the text). */
function rowProblem(fields, values, line) {
  if (fields.length > 3) return `line ${line}: ${fields.length} values; one row has 3.`;
  for (let c = 0; c < 3; c++) {
    const text = (fields[c] ?? '').trim();
    if (text === '') return `${at(line, c)}: a missing value.`;
    const shown = text.length > 20 ? `${text.slice(0, 19)}…` : text;
    if (Number.isNaN(values[c])) return `${at(line, c)}: "${shown}" is not a number.`;
    if (c < 2 && Math.abs(values[c]) > MAX_COORDINATE) {
      return `${at(line, c)}: ${shown} is outside -${MAX_COORDINATE} to ${MAX_COORDINATE}.`;
    }
    if (c === 2 && ![0, 1, 2].includes(values[c])) {
      return `${at(line, c)}: "${shown}" is not a class (0, 1 or 2).`;
    }
  }
  return '';
}

/** Rows [x₁, x₂, class, …] as CSV text with a header line, for a download. */
export function writeCsv(rows) {
  const lines = ['x1,x2,class'];
  for (let i = 0; i < rows.length; i += 3) lines.push(`${rows[i]},${rows[i + 1]},${rows[i + 2]}`);
  return `${lines.join('\n')}\n`;
}
