// The reader's own data in <nn-trainer>: a formula field (dataset="formula") and a CSV box
// (dataset="csv") that takes pasted text, an uploaded file or a dropped one. What is accepted
// becomes the formula or csv attribute; a CSV too long for a link stays in the widget's data
// source until the page closes, and is offered as a file. Refused input is named (line and
// column) beside the field, and the data set in use stays.

import { el, setText } from '../../render/dom.js';
import { formatAttribute, maxChars, shorten } from '../base/attributes.js';
import { CSV_LIMITS, MAX_CSV_CHARS, readCsv, tooBig, writeCsv } from './csv.js';
import { parseFormula } from './formula.js';
import { formulaData } from './own-data.js';

const [MIN_SAMPLES, SAMPLES] = [100, 200];
const count = (n) => n.toLocaleString('en-US');

/** widget: the <nn-trainer>; source: its ownDataSource (data-source.js). */
export function dataPanel(widget, source) {
  const message = (id) => el('p', { id, class: 'message', 'aria-live': 'polite' });
  const formulaMessage = message('formula-message');
  const formula = el('input', {
    id: 'formula',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'formula-message',
  });
  const csvMessage = message('csv-message');
  const csv = el('textarea', {
    id: 'csv',
    rows: 4,
    spellcheck: 'false',
    placeholder: 'x1,x2,class\n0.5,-1.2,1\n0.3,0.8,0',
    'aria-describedby': 'csv-message',
  });
  const use = el('button', { type: 'button', text: 'Use this CSV' });
  const file = el('input', { id: 'csv-file', type: 'file', accept: '.csv,.tsv,.txt,text/csv' });
  const download = el('a', {
    class: 'download',
    hidden: true,
    text: 'Download the data as a CSV file',
  });
  let downloadUrl = '';
  /** The CSV box's words: news (ok) in the text colour, a refusal in the warning colour. */
  const say = (text, ok = false) => {
    csvMessage.classList.toggle('said', ok);
    setText(csvMessage, text);
  };

  /** A formula typed and confirmed (Enter or leaving the field): taken when it makes data. */
  formula.addEventListener('change', () => {
    const v = widget.values;
    const samples = v.samples < MIN_SAMPLES ? SAMPLES : v.samples; // 4 suit a gate, not a formula
    const parsed = parseFormula(formula.value);
    const options = {
      samples,
      noise: v.noise,
      testFraction: v['test-fraction'],
      seed: v.seed,
    };
    const made = parsed.ok ? formulaData(parsed.evaluate, options) : parsed;
    formula.setAttribute('aria-invalid', String(!made.ok));
    if (!made.ok) {
      const text = `"${shorten(formula.value)}" is not accepted: expected a formula in x1 and x2 that gives both classes, such as "x2 > sin(3*x1)" (${made.message}). The data set stays as it was.`;
      setText(formulaMessage, text);
      return;
    }
    setText(formulaMessage, '');
    widget.removeAttribute('points'); // the added points belonged to the old data set
    widget.setValue('samples', samples);
    widget.setValue('formula', formula.value.trim());
    widget.setValue('dataset', 'formula');
  });

  /** CSV text from the box, a file or a drop: taken as the csv attribute or, if too long, kept here. */
  const take = (text, from) => {
    const result = readCsv(text);
    csv.setAttribute('aria-invalid', String(!result.ok));
    if (!result.ok) {
      say(`${from} not used: ${result.message} The data set stays as it was.`);
      return;
    }
    const entry = widget.entryFor('csv');
    const attribute = formatAttribute(entry, result.rows);
    const fits = result.rows.length <= entry.maxLength && attribute.length <= maxChars(entry);
    widget.removeAttribute('points');
    source.large = fits ? null : { rows: result.rows, classes: result.classes };
    if (fits) widget.setValue('csv', result.rows);
    else widget.removeAttribute('csv');
    widget.setValue('dataset', 'csv');
    const rows = `${count(result.count)} rows, ${result.classes} classes`;
    say(
      fits
        ? `Training on ${rows}.`
        : `Training on ${rows}. Too long for a link or embed code (${count(attribute.length)} characters; at most ${count(maxChars(entry))}): it stays until the page is closed. Download it to keep it.`,
      true,
    );
    offerDownload(fits ? null : result.rows);
    widget.requestRender();
  };

  const offerDownload = (rows) => {
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = rows ? URL.createObjectURL(new Blob([writeCsv(rows)], { type: 'text/csv' })) : '';
    download.hidden = !rows;
    if (rows) download.setAttribute('href', downloadUrl);
    download.setAttribute('download', 'nn-trainer-data.csv');
  };

  const refused = (why, what) => `${what} not used: ${why}. The data set stays as it was.`;

  // A paste too big is refused before it lands in the box (and before any parsing): a box
  // holding a million lines freezes the page while the browser lays it out.
  csv.addEventListener('paste', (event) => {
    const big = tooBig(event.clipboardData?.getData('text/plain') ?? '');
    if (!big) return;
    event.preventDefault();
    say(refused(big, 'The pasted text'));
  });
  use.addEventListener('click', () => take(csv.value, 'The CSV'));
  const readFile = async (chosen) => {
    if (!chosen) return;
    const name = `The file ${chosen.name.slice(0, 60)}`;
    if (chosen.size > MAX_CSV_CHARS) {
      say(refused(`it has ${count(chosen.size)} bytes; ${CSV_LIMITS}`, name));
      return;
    }
    const text = await chosen.text();
    const big = tooBig(text);
    if (big) {
      say(refused(big, name)); // not shown in the box either
      return;
    }
    csv.value = text;
    take(text, name);
  };
  file.addEventListener('change', () => readFile(file.files[0]));
  const box = el('div', { class: 'control csv' }, [
    el('label', { for: 'csv', text: 'CSV: x₁, x₂, class per line (paste, or drop a file here)' }),
    csv,
    el('div', { class: 'csv-actions' }, [
      use,
      el('label', { for: 'csv-file', text: 'or upload a file:' }),
      file,
    ]),
    csvMessage,
    download,
  ]);
  box.addEventListener('dragover', (event) => event.preventDefault());
  box.addEventListener('drop', (event) => {
    event.preventDefault();
    // An exercise that keeps its data set locks the box (base/exercise.js lockFixed).
    if (csv.readOnly) say('Not used: this exercise keeps the data set as given.');
    else readFile(event.dataTransfer?.files?.[0]);
  });

  return {
    root: el('fieldset', { class: 'own-data' }, [
      el('legend', { text: 'Your own data' }),
      el('div', { class: 'control formula' }, [
        el('label', { for: 'formula', text: 'formula: class 1 where' }),
        formula,
        el('span', {
          class: 'hint',
          text: 'such as x2 > sin(3*x1), on x1, x2 from -1 to 1; Enter to use',
        }),
        formulaMessage,
      ]),
      box,
    ]),
    /** The controls that set the data set, for an exercise that keeps it to lock. */
    fields: [formula, csv, use, file],
    /** Shows the current formula (unless the reader is typing one). */
    set(values) {
      if (
        formula.getRootNode().activeElement !== formula &&
        formula.getAttribute('aria-invalid') !== 'true'
      ) {
        formula.value = values.formula;
      }
    },
  };
}
