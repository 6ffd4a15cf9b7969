// Makes a network diagram (render/network-diagram.js) usable without a mouse: the diagram is
// one Tab stop; the arrow keys move between its connections and neurons (roving tabindex):
// Right goes from a connection to the neuron it feeds and from a neuron to its first outgoing
// connection, Left goes back the same way; Up and Down go along a column of connections or of
// neurons; Enter or Space picks the item to edit. Clicks pick too. An item may take the focus
// on a smaller stand-in (a connection on its number chip), so the focus ring stays compact.

const STEP = { ArrowUp: -1, ArrowDown: 1 };

/**
 * o: { diagram: { svg, nodes, edges }, onPick: (item, byKeyboard) -> void, targetFor?:
 * (element) -> the element that takes the focus for it (default: itself) }. Items are
 * { kind: 'weight', layer, from, to, element, target } or { kind: 'bias', layer, unit, … }.
 * Returns { columns, items, active, focus(item), find(kind, layer, a, b) }.
 */
export function diagramNavigation(o) {
  const columns = [];
  const edgeColumns = new Map();
  for (const element of o.diagram.edges) {
    const [layer, from, to] = ['layer', 'from', 'to'].map((k) => Number(element.dataset[k]));
    if (!edgeColumns.has(layer)) edgeColumns.set(layer, []);
    edgeColumns.get(layer).push({ kind: 'weight', layer, from, to, element });
  }
  for (const [layer, edges] of edgeColumns) {
    columns.push(edges);
    const nodes = o.diagram.nodes.filter((node) => Number(node.dataset.column) === layer + 1);
    columns.push(
      nodes.map((element) => ({
        kind: 'bias',
        layer,
        unit: Number(element.dataset.unit),
        element,
      })),
    );
  }
  const items = columns.flat();
  for (const item of items) item.target = o.targetFor?.(item.element) ?? item.element;
  const nav = { columns, items, active: items[0] };

  const where = (item) => {
    const c = columns.findIndex((column) => column.includes(item));
    return [c, columns[c].indexOf(item)];
  };
  nav.focus = (item, visible = true) => {
    nav.active.target.setAttribute('tabindex', '-1');
    nav.active = item;
    item.target.setAttribute('tabindex', '0');
    item.target.focus({ focusVisible: visible }); // no focus ring after a click
  };
  nav.find = (kind, layer, a, b) =>
    items.find((item) =>
      item.kind === 'weight'
        ? kind === 'weight' && item.layer === layer && item.from === a && item.to === b
        : kind === 'bias' && item.layer === layer && item.unit === a,
    );

  for (const item of items) {
    const { element, target } = item;
    target.setAttribute('tabindex', item === nav.active ? '0' : '-1');
    target.setAttribute('role', 'button');
    for (const clickable of new Set([element, target])) {
      clickable.addEventListener('click', () => {
        nav.focus(item, false);
        o.onPick(item, false);
      });
    }
    target.addEventListener('focus', () => {
      if (nav.active !== item) nav.focus(item);
      element.classList.add('focused');
    });
    target.addEventListener('blur', () => element.classList.remove('focused'));
  }
  o.diagram.svg.addEventListener('keydown', (event) => {
    const [c, i] = where(nav.active);
    let next = null;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const column = columns[c];
      next = column[Math.min(column.length - 1, Math.max(0, i + STEP[event.key]))];
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      next = beside(nav, event.key === 'ArrowRight') ?? nav.active;
    } else if (event.key === 'Home' || event.key === 'End') {
      next = event.key === 'Home' ? items[0] : items[items.length - 1];
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      o.onPick(nav.active, true);
      return;
    } else return;
    event.preventDefault();
    nav.focus(next);
  });
  return nav;
}

/** The item to the right (forward) or left of the active one, following the wires. */
function beside(nav, forward) {
  const item = nav.active;
  if (item.kind === 'weight') {
    return forward
      ? nav.find('bias', item.layer, item.to)
      : nav.find('bias', item.layer - 1, item.from);
  }
  return forward
    ? nav.find('weight', item.layer + 1, item.unit, 0)
    : nav.find('weight', item.layer, 0, item.unit);
}
