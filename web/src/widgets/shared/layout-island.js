// A layout island: a box whose insides may change every frame (new counts, a bar's width, a
// caption) while the page around it is not laid out again. Chrome lays a change out from the
// nearest relayout boundary, and a box is one only when its size does not come from its content
// (size containment: base/widget.css's `.layout-root`). So the island's height is
// set from outside: one ResizeObserver measures the content box inside it and writes that height
// to the island. A change that keeps the content's height (the usual one while training) lays
// out the island alone; one that changes it is measured after that layout and before the paint,
// so the island follows its content in the same frame, and only then is the page laid out.
// Does not: decide what changes inside it.

import { el } from '../../render/dom.js';

/** One observer for every island: content element -> its island. */
const islands = new WeakMap();
let observer = null;

function observe(content, island) {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = islands.get(entry.target);
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      // Whole pixels, rounded up: a new word may change the content's height by a fraction of
      // a pixel, which would move (and so re-lay-out and repaint) all the page below.
      if (box) box.style.height = `${Math.ceil(height)}px`;
    }
  });
  islands.set(content, island);
  observer.observe(content);
}

/**
 * Wraps element (a panel whose text or bars change while it is on screen) in an island.
 * Returns the island, to be placed where element stood; element stays the panel's root for its
 * own code.
 */
export function layoutIsland(element) {
  const content = el('div', { class: 'island-content' }, [element]);
  const island = el('div', { class: 'island layout-root' }, [content]);
  observe(content, island);
  return island;
}
