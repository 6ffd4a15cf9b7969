// Tabs over code listings, as the ARIA tabs pattern has them: a role="tablist" of buttons
// (the selected one in the tab order, arrow keys, Home and End move between them and select)
// and one role="tabpanel" whose <pre><code> shows the selected listing.

import { el, setText } from '../../render/dom.js';

const MOVES = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * o: { id (prefix for element ids), label (the tablist's name), tabs: [{ id, name }],
 *   onSelect(id) }. Returns { list, panel, code, show(selectedId, text) }.
 */
export function codeTabs(o) {
  const buttons = o.tabs.map(({ id, name }) =>
    el('button', {
      type: 'button',
      role: 'tab',
      id: `${o.id}-tab-${id}`,
      'aria-controls': `${o.id}-panel`,
      text: name,
      on: { click: () => o.onSelect(id) },
    }),
  );
  const list = el('div', { role: 'tablist', class: 'tabs', 'aria-label': o.label }, buttons);
  list.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(event.target);
    if (at < 0) return;
    const last = buttons.length - 1;
    const step = MOVES[event.key];
    let next = null;
    if (step) next = (at + step + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    if (next === null) return;
    event.preventDefault();
    buttons[next].focus();
    o.onSelect(o.tabs[next].id);
  });
  const code = el('code');
  const panel = el('div', { role: 'tabpanel', id: `${o.id}-panel`, class: 'panel', tabindex: 0 }, [
    el('pre', {}, [code]),
  ]);
  return {
    list,
    panel,
    code,
    /** Marks selectedId as the selected tab and shows text in the panel. */
    show(selectedId, text) {
      buttons.forEach((button, i) => {
        const selected = o.tabs[i].id === selectedId;
        button.setAttribute('aria-selected', String(selected));
        button.tabIndex = selected ? 0 : -1;
        if (selected) panel.setAttribute('aria-labelledby', button.id);
      });
      setText(code, text);
    },
  };
}
