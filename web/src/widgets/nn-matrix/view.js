// A matrix drawn as a table between brackets, with a caption (its name and size): fixed numbers,
// or one small text field per cell for a matrix the reader edits. Cells carry data-row and
// data-col so a widget can highlight a row, a column or one cell. Printing only.

import { el, setText } from '../../render/dom.js';
import { showNumber } from '../shared/format.js';

/**
 * o: { name (e.g. 'X'), caption (words after the name), rows, cols, editable?, label?:
 *   (row, col) -> spoken name of a cell field, role?: 'grid' }
 * Returns { root, table, cells: [[td, …], …], fields (editable only), show(values) } where
 * values is row-major (rows * cols numbers).
 */
export function matrixView(o) {
  const cells = [];
  const fields = [];
  const body = el('tbody');
  for (let r = 0; r < o.rows; r++) {
    const row = [];
    const tr = el('tr', o.role === 'grid' ? { role: 'row' } : {});
    for (let c = 0; c < o.cols; c++) {
      const td = el('td', { 'data-row': r, 'data-col': c, class: 'num' });
      if (o.role === 'grid') td.setAttribute('role', 'gridcell');
      if (o.editable) {
        const field = el('input', {
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          spellcheck: 'false',
          'aria-label': o.label(r, c),
          'data-row': r,
          'data-col': c,
        });
        fields.push(field);
        td.append(field);
      }
      row.push(td);
      tr.append(td);
    }
    cells.push(row);
    body.append(tr);
  }
  const table = el('table', { class: 'matrix', role: o.role }, [body]);
  const caption = el('figcaption', {}, [el('var', { text: o.name }), ` ${o.caption}`]);
  const root = el('figure', { class: `matrix-box ${o.name.toLowerCase()}` }, [caption, table]);
  return {
    root,
    table,
    cells,
    fields,
    /** Shows the values; an editable cell the reader is typing in keeps its text. */
    show(values) {
      cells.flat().forEach((td, i) => {
        const text = showNumber(Number(values[i].toFixed(4)));
        if (!o.editable) return setText(td, text);
        const field = fields[i];
        if (field.getRootNode().activeElement !== field) field.value = text;
      });
    },
  };
}

/** CSS for matrices (adopt it next to the widget stylesheet). */
export const matrixViewStyles = `
.matrix-box { margin: 0; display: grid; gap: 0.25rem; justify-items: center; }
.matrix-box figcaption { color: var(--_muted); font-size: var(--_small); white-space: nowrap; }
.matrix-box figcaption var { color: var(--_fg); font-weight: 700; }
table.matrix {
  border-collapse: separate;
  border-spacing: 0.15rem;
  padding: 0.1rem 0.3rem;
  border-left: 2px solid var(--_fg);
  border-right: 2px solid var(--_fg);
  border-radius: 0.5rem;
}
.matrix td {
  min-width: 3.2rem;
  height: 2.1rem;
  padding: 0 0.35rem;
  text-align: right;
  border-radius: 0.3rem;
}
.matrix td input {
  width: 4rem;
  min-height: 2rem;
  padding: 0.1rem 0.3rem;
  text-align: right;
  font-family: var(--_mono);
}
.matrix td.hl-row, .matrix td.hl-col { background: color-mix(in srgb, var(--_accent) 16%, var(--_bg)); }
.matrix td:has(input) { padding: 0; }
.matrix td.hl-col:has(input) { background: none; }
.matrix td.hl-col input { border-color: var(--_accent); background: color-mix(in srgb, var(--_accent) 16%, var(--_bg)); }
.matrix td.hl-cell { background: var(--_accent); color: var(--_bg); font-weight: 700; }
.matrix td[role='gridcell'] { cursor: pointer; }
@container (max-width: 480px) {
  .matrix td { min-width: 2.3rem; padding: 0 0.2rem; }
  .matrix td input { width: 3.4rem; }
}
.matrix td[role='gridcell']:focus-visible { outline: 3px solid var(--_fg); outline-offset: 1px; }
`;
