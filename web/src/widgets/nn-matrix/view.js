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
