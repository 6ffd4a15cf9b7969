// Where <nn-trainer>'s data comes from when it is the reader's own: dataset="formula" (the
// formula attribute, sampled by own-data.js) or dataset="csv" (the csv attribute's rows, or a
// CSV too long for a link, kept here until the page closes). One per widget. A formula or rows
// that cannot make a data set name the problem, and the last good data set stays.

import { shorten } from '../base/attributes.js';
import { classesOf } from './csv.js';
import { parseFormula } from './formula.js';
import { csvData, formulaData } from './own-data.js';

const NO_ROWS =
  'dataset="csv" has no rows yet: paste a CSV of x₁, x₂, class lines into the CSV box, or upload a file';

function fail(message) {
  throw new Error(message);
}

export function ownDataSource() {
  let large = null; // { rows, classes }: a CSV too long for the csv attribute
  let largeVersion = 0;
  let made = { key: '', data: null, message: '' }; // the last data set asked for
  let good = null; // the last one that could be made

  /** make(): the data set for key, once; a failure keeps the last good one (or throws). */
  const cached = (key, make) => {
    if (made.key !== key) {
      const result = make();
      made = result.ok
        ? { key, data: result.data, message: '' }
        : { key, data: null, message: result.message };
      if (result.ok) good = made;
    }
    return made;
  };

  return {
    /** The CSV too long for the attribute ({ rows, classes }), or null. */
    get large() {
      return large;
    },
    set large(value) {
      large = value;
      largeVersion += 1;
    },

    /**
     * For dataset="formula" or "csv": { classes, key (what identifies the data set), make() }
     * (make returns the data set; problems gets the message of one that could not be made, and
     * the last good one stands in, or make throws when there is none). Null for the core's.
     */
    resolve(values, problems) {
      const v = values;
      const split = { testFraction: v['test-fraction'], seed: v.seed };
      let result;
      if (v.dataset === 'formula') {
        const options = { samples: v.samples, noise: v.noise, ...split };
        const key = JSON.stringify(['formula', v.formula, options]);
        result = cached(key, () => {
          const parsed = parseFormula(v.formula);
          const made = parsed.ok ? formulaData(parsed.evaluate, options) : parsed;
          if (made.ok) return made;
          return { ok: false, message: `formula="${shorten(v.formula)}": ${made.message}.` };
        });
      } else if (v.dataset === 'csv') {
        const rows = v.csv.length > 0 ? v.csv : (large?.rows ?? []);
        const key = JSON.stringify(['csv', v.csv.length > 0 ? v.csv : largeVersion, split]);
        result = cached(key, () => {
          if (rows.length === 0) return { ok: false, message: NO_ROWS };
          if (rows.length % 3 !== 0) {
            return { ok: false, message: 'csv: expected three numbers per row (x₁, x₂, class)' };
          }
          const classes = classesOf(rows);
          if (!classes.ok) return { ok: false, message: `csv: ${classes.message}` };
          return { ok: true, data: csvData(rows, classes.classes, split) };
        });
      } else {
        return null;
      }
      const stand = result.data ? result : good; // the last good data set stands in
      if (!stand) return { classes: 2, key: result.key, make: () => fail(result.message) };
      if (result.message) problems.push(result.message);
      return { classes: stand.data.classes, key: stand.key, make: () => stand.data };
    },
  };
}
