// Shows a backpropagation step: its blocks (symbolic formula, written-out lines with the core's
// numbers, notes, the update table) as elements, and the running table of gradients beside
// their finite-difference estimates. Text only; numbers printed with significant.js.

import { el, setText } from '../../render/dom.js';
import { showFactor, showSignificant } from '../shared/significant.js';

function tokenNode(token) {
  if (typeof token === 'string') return token;
  const text = token.factor ? showFactor(token.num) : showSignificant(token.num);
  return el('span', { class: token.result ? 'result' : 'value', text });
}

/** The elements for a step's blocks. */
export function renderBlocks(blocks) {
  return blocks.map((block) => {
    if (block.kind === 'formula') return el('p', { class: 'formula', text: block.text });
    if (block.kind === 'note') return el('p', { class: 'note', text: block.text });
    if (block.kind === 'line') return el('p', { class: 'line num' }, block.tokens.map(tokenNode));
    const head = el(
      'tr',
      {},
      block.headers.map((text) => el('th', { scope: 'col', text })),
    );
    const rows = block.rows.map((cells) =>
      el(
        'tr',
        {},
        cells.map((tokens, i) =>
          el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, tokens.map(tokenNode)),
        ),
      ),
    );
    return el('div', { class: 'table-wrap' }, [
      el('table', { class: 'update num' }, [
        el('caption', { text: block.caption }),
        el('thead', {}, [head]),
        el('tbody', {}, rows),
      ]),
    ]);
  });
}

/**
 * The gradient check so far: one row per parameter whose gradient has been reached.
 * Returns { root, update(rows, largest) }: rows [{ label, words, value, numeric, relative }];
 * largest: the core's maxRelativeError, shown once every gradient is in (else null).
 */
export function gradientTable() {
  const body = el('tbody');
  const empty = el('p', {
    class: 'note',
    text: 'The gradients appear here as the backward pass reaches each neuron.',
  });
  const summary = el('p', { class: 'note summary' });
  const headers = ['parameter', 'backprop ∂L/∂w', 'finite difference', 'relative difference'];
  const table = el('table', { class: 'gradients num' }, [
    el('caption', { text: 'Each gradient beside its numerical estimate' }),
    el('thead', {}, [
      el(
        'tr',
        {},
        headers.map((text) => el('th', { scope: 'col', text })),
      ),
    ]),
    body,
  ]);
  const root = el('section', { class: 'check', role: 'group', 'aria-label': 'Gradient check' }, [
    el('div', { class: 'table-wrap' }, [table]),
    empty,
    summary,
  ]);
  let shown = '';
  return {
    root,
    update(rows, largest) {
      const key = rows.map((row) => row.label).join('|');
      if (key !== shown) {
        shown = key;
        body.replaceChildren(
          ...rows.map((row) =>
            el('tr', {}, [
              // Shown as the lesson writes it, spoken in words ("weight from x1 to h1").
              el('th', { scope: 'row', text: row.label, 'aria-label': row.words }),
              el('td', { text: showSignificant(row.value) }),
              el('td', { text: showSignificant(row.numeric) }),
              el('td', { text: showSignificant(row.relative, 2) }),
            ]),
          ),
        );
      }
      table.hidden = rows.length === 0;
      empty.hidden = rows.length > 0;
      summary.hidden = largest === null;
      setText(summary, largest === null ? '' : verdict(largest));
    },
  };
}

/** What the largest relative difference says about backpropagation's answer. */
function verdict(largest) {
  const text = `Largest relative difference over every parameter, from the core's gradient check: ${showSignificant(largest, 2)}.`;
  return largest < 1e-4
    ? `${text} Backpropagation agrees with the slow, direct estimate.`
    : `${text} Where an activation has a kink (ReLU or step at z = 0), the finite difference straddles it and cannot be trusted.`;
}
