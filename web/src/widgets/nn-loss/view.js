// The table of <nn-loss>: one row per sample (its inputs, target, prediction, error and its own
// loss under each loss shown), and the mean of each loss below, under the losses' formulas. It shows numbers handed to it
// (the core computed them) and rebuilds its rows only when their number or columns change.

import { el, setText } from '../../render/dom.js';
import { showFixed, showNumber } from '../shared/format.js';

/** What each loss's per-sample column is called. */
const SAMPLE_WORDS = { mse: 'squared error', bce: 'cross-entropy' };

export function lossTable() {
  const caption = el('caption', { class: 'sr-only' });
  const head = el('thead');
  const body = el('tbody');
  const foot = el('tfoot');
  const table = el('table', { class: 'loss-table' }, [caption, head, body, foot]);
  const scroll = el(
    'div',
    {
      class: 'table-scroll',
      tabindex: 0,
      role: 'group', // not a landmark: a page may hold several of these
      'aria-label': 'Loss per sample (scrolls sideways when narrow)',
    },
    [table],
  );
  const formula = el('p', { class: 'formula num' });
  const root = el('div', { class: 'loss-table-box' }, [formula, scroll]);
  let layout = '';
  let cells = [];
  let means = {};

  /** Rebuilds the header, rows and footer for `rows` samples with these loss columns. */
  const build = (rows, inputs, losses, selected) => {
    const th = (text, cls) => el('th', { scope: 'col', class: cls, text });
    const lossHeads = losses.map((name) => th(SAMPLE_WORDS[name] ?? name, `loss ${name}`));
    head.replaceChildren(
      el('tr', {}, [
        th('#', 'index'),
        el('th', { scope: 'col' }, [
          inputs === 1 ? 'input' : 'inputs',
          el('span', { class: 'names', text: ` (${inputNames(inputs)})` }),
        ]),
        th('target'),
        th('prediction'),
        el('th', { scope: 'col' }, ['error', el('small', { text: 'prediction − target' })]),
        ...lossHeads,
      ]),
    );
    const trs = [];
    cells = Array.from({ length: rows }, (_, i) => {
      const td = (cls) => el('td', { class: `num ${cls}` });
      const row = {
        input: td('input'),
        target: td('target'),
        prediction: td('prediction'),
        error: td('error'),
        losses: Object.fromEntries(losses.map((name) => [name, td(`loss ${name}`)])),
      };
      trs.push(
        el('tr', {}, [
          el('th', { scope: 'row', class: 'num index', text: String(i + 1) }),
          row.input,
          row.target,
          row.prediction,
          row.error,
          ...Object.values(row.losses),
        ]),
      );
      return row;
    });
    body.replaceChildren(...trs);
    means = Object.fromEntries(
      losses.map((name) => [name, el('td', { class: `num mean ${name}` })]),
    );
    foot.replaceChildren(
      el('tr', {}, [
        el('td', { class: 'index' }),
        el('th', { scope: 'row', colspan: 4, text: `mean over the ${rows} samples` }),
        ...Object.values(means),
      ]),
    );
    layout = `${rows}|${inputs}|${losses}|${selected}`;
    for (const cell of table.querySelectorAll(`.loss.${selected}, .mean.${selected}`))
      cell.classList.add('selected');
  };

  return {
    root,
    /**
     * data: { inputs: rows of numbers, targets, predictions, errors: numbers per sample,
     *   losses: { name: per-sample numbers }, means: { name: number }, selected, caption,
     *   formulas: the core's loss table entries shown ({ name, formula }) }
     */
    show(data) {
      const names = Object.keys(data.losses);
      const wanted = `${data.inputs.length}|${data.inputs[0].length}|${names}|${data.selected}`;
      if (wanted !== layout) build(data.inputs.length, data.inputs[0].length, names, data.selected);
      setText(caption, data.caption);
      scroll.setAttribute('aria-label', data.caption);
      setText(formula, data.formulas.map((f) => `${f.name} = ${pretty(f.formula)}`).join('\n'));
      cells.forEach((row, i) => {
        // Truth-table inputs read 0 and 1; measured ones, two decimals.
        const inputs = data.inputs[i].map((x) =>
          Number.isInteger(x) ? showNumber(x) : showFixed(x, 2),
        );
        setText(row.input, inputs.join(', '));
        setText(row.target, showNumber(data.targets[i]));
        setText(row.prediction, showFixed(data.predictions[i]));
        setText(row.error, signed(data.errors[i]));
        for (const name of names) setText(row.losses[name], showFixed(data.losses[name][i]));
      });
      for (const name of names) setText(means[name], showFixed(data.means[name]));
    },
  };
}

/** "x₁, x₂" for two inputs. */
function inputNames(count) {
  return Array.from({ length: count }, (_, i) => `x${'₁₂₃₄₅₆₇₈₉'[i] ?? i + 1}`).join(', ');
}

/** A result with its sign always written: "+0.1200", "−0.8800". */
function signed(value) {
  return value >= 0 ? `+${showFixed(value)}` : showFixed(value);
}

/** The core's formula text with a true minus sign and a superscript square. */
function pretty(formula) {
  return formula.replace(/ - /g, ' − ').replace(/\^2/g, '²');
}
