// Boxes for the words that change while the race plays (numbers, the summary, the step count),
// each a layout root of its own: display: block and contain: size layout with a fixed height, so a
// new number lays out that box and not the page (in Chrome a relayout boundary needs size
// containment and a definite size, and must not be a flex or grid item: the box sits inside
// one). The height (and, for a box whose width comes from its text, the width) is the one its
// widest text takes at the box's width, measured when that width or that widest text changes:
// by a ResizeObserver, or by check() outside of playing frames. Never in a playing frame.

import { setText } from '../../render/dom.js';

/** The widest number the race writes (showSignificant, 4 digits): for the boxes' widest texts. */
export const WIDEST_NUMBER = '−8.888 × 10⁻¹⁰';

export class LineBoxes {
  // element -> { widestOf() (its widest text now), widest and width (as last measured; width
  // -1: not yet), fit (its width is its text's) }
  #boxes = new Map();
  #observer = null;

  /**
   * Makes element (which holds only text) a line box; widest() says its widest text now. fit:
   * its width is its widest text's too (else its container's).
   */
  add(element, widest, fit = false) {
    element.classList.add('line-box', 'layout-root');
    if (fit) element.classList.add('fit');
    this.#boxes.set(element, { widestOf: widest, widest: '', fit, width: -1 });
    this.#observer?.observe(element);
    return element;
  }

  /** Starts measuring on resizes; returns what stops it (BaseWidget.whileConnected's teardown). */
  connect() {
    this.#observer = new ResizeObserver((entries) => {
      const stale = [];
      for (const { target, contentRect } of entries) {
        const box = this.#boxes.get(target);
        const width = box.fit ? 0 : contentRect.width; // a fit box's width is its text's
        if (width === box.width && box.widestOf() === box.widest) continue; // its height set
        box.width = width;
        stale.push(target);
      }
      this.#measure(stale);
    });
    for (const element of this.#boxes.keys()) this.#observer.observe(element);
    return () => this.#observer.disconnect();
  }

  /** Measures every box whose widest text changed (a new setup, weight or step count). */
  check() {
    const stale = [...this.#boxes].filter(
      ([, box]) => box.width >= 0 && box.widestOf() !== box.widest,
    );
    this.#measure(stale.map(([element]) => element));
  }

  /**
   * Measures elements at once: each uncontained and holding its widest text (the classes' CSS),
   * one layout for all of them, read, then each back to its text with the height read.
   */
  #measure(elements) {
    if (elements.length === 0) return;
    const texts = elements.map((element) => {
      const text = element.textContent;
      element.classList.add('measuring');
      const box = this.#boxes.get(element);
      box.widest = box.widestOf();
      setText(element, box.widest);
      return text;
    });
    const rects = elements.map((element) => element.getBoundingClientRect());
    elements.forEach((element, i) => {
      setText(element, texts[i]);
      element.classList.remove('measuring');
      element.style.height = `${rects[i].height}px`;
      if (this.#boxes.get(element).fit) element.style.width = `${Math.ceil(rects[i].width)}px`;
    });
  }
}
