// Wide formulas and tables scroll inside their own box on narrow screens. A box that scrolls
// must be reachable by keyboard, so it becomes a focusable, labelled group — only while it
// actually overflows, to keep the Tab order short on wide screens.

const SCROLLERS = { '.math-display': 'Formula', '.table-scroll': 'Table' };

function update(box, label) {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  if (overflows === box.hasAttribute('tabindex')) return;
  if (overflows) {
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'group'); // labelled, but not a landmark: a page has many
    box.setAttribute('aria-label', `${label} (scrolls sideways)`);
  } else {
    for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
  }
}

/** @param {Document} doc */
export function keepScrollersFocusable(doc) {
  const observer = new ResizeObserver((entries) => {
    for (const { target } of entries) update(target, target.dataset.scrollLabel);
  });
  for (const [selector, label] of Object.entries(SCROLLERS)) {
    for (const box of doc.querySelectorAll(selector)) {
      box.dataset.scrollLabel = label;
      observer.observe(box);
    }
  }
}
