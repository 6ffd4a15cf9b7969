// Wide formulas and tables scroll inside their own box on narrow screens. A box that scrolls
// must be reachable by keyboard, so it becomes a focusable, labelled group — only while it
// actually overflows, to keep the Tab order short on wide screens — and it names in data-more
// the edges past which more of it lies ("left", "right", both), which scroll-cue.css shades.

const SCROLLERS = { '.math-display': 'Formula', '.table-scroll': 'Table' };

/** The edges of box with content beyond them: '', 'left', 'right' or 'left right'. */
function hiddenEdges(box) {
  const end = box.scrollWidth - box.clientWidth;
  const edges = [];
  if (box.scrollLeft > 1) edges.push('left');
  if (box.scrollLeft < end - 1) edges.push('right');
  return edges.join(' ');
}

function showEdges(box) {
  const edges = box.hasAttribute('tabindex') ? hiddenEdges(box) : '';
  if (edges) box.dataset.more = edges;
  else delete box.dataset.more;
}

function update(box, label) {
  const overflows = box.scrollWidth > box.clientWidth + 1;
  if (overflows !== box.hasAttribute('tabindex')) {
    if (overflows) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'group'); // labelled, but not a landmark: a page has many
      box.setAttribute('aria-label', `${label} (scrolls sideways)`);
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
    }
  }
  showEdges(box);
}

/** @param {Document} doc */
export function keepScrollersFocusable(doc) {
  const observer = new ResizeObserver((entries) => {
    for (const { target } of entries) update(target, target.dataset.scrollLabel);
  });
  const boxes = [];
  for (const [selector, label] of Object.entries(SCROLLERS)) {
    for (const box of doc.querySelectorAll(selector)) {
      box.dataset.scrollLabel = label;
      box.addEventListener('scroll', () => showEdges(box), { passive: true });
      observer.observe(box);
      boxes.push(box);
    }
  }
  // A font that arrives late (KaTeX's) changes how wide a formula is, not its box: check again.
  const recheck = () => boxes.forEach((box) => update(box, box.dataset.scrollLabel));
  doc.fonts?.addEventListener('loadingdone', recheck);
  doc.fonts?.ready.then(recheck);
}
