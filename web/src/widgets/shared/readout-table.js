// A small table of numbers that a widget refreshes on every render, such as one row per data
// point with its inputs, target and output. Cells are text only; a cell may carry a class
// (for instance 'right' or 'wrong'). The rows are rebuilt only when their number changes.

import { el, setText } from '../../render/dom.js';

/**
 * o: { caption: text (for screen readers and as a heading), headers: [text or nodes, …] }
 * Returns { root, rows (the <tr> elements), update(rows) } where rows is
 * [[text or { text, class }, …], …], one inner list per row, one item per header.
 */
export function readoutTable(o) {
  const body = el('tbody');
  const head = el(
    'tr',
    {},
    o.headers.map((h) => el('th', { scope: 'col' }, [h].flat())),
  );
  const root = el('table', { class: 'readout' }, [
    el('caption', { text: o.caption }),
    el('thead', {}, [head]),
    body,
  ]);
  const table = { root, rows: [] };
  table.update = (rows) => {
    if (table.rows.length !== rows.length) {
      table.rows = rows.map(() =>
        el(
          'tr',
          {},
          o.headers.map(() => el('td')),
        ),
      );
      body.replaceChildren(...table.rows);
    }
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const td = table.rows[r].children[c];
        const { text, class: name = '' } = typeof cell === 'object' ? cell : { text: cell };
        setText(td, text);
        if (td.className !== name) td.className = name;
      });
    });
  };
  return table;
}
