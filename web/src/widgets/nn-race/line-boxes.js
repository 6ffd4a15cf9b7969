// Boxes for the words that change while the race plays (numbers, the summary, the step count),
// each a layout root of its own: display: block and contain: strict with a fixed height, so a
// new number lays out that box and not the page (in Chrome a relayout boundary needs size
// containment and a definite size, and must not be a flex or grid item: the box sits inside
// one). The height (and, for a box whose width comes from its text, the width) is the one its
// widest text takes at the box's width, measured when that width or that widest text changes:
// by a ResizeObserver, or by check() outside of playing frames. Never in a playing frame.

import { setText } from '../../render/dom.js';

/** The widest number the race writes (showSignificant, 4 digits): for the boxes' widest texts. */
export const WIDEST_NUMBER = '−8.888 × 10⁻¹⁰';

export class LineBoxes {
  #boxes = new Map(); // element -> { widest() (its widest text), fit (width too), key }
  #observer = null;

  /**
   * Makes element (which holds only text) a line box; widest() says its widest text now. fit:
   * its width is its widest text's too (else its container's).
   */
  add(element, widest, fit = false) {
    element.classList.add('line-box');
    if (fit) element.classList.add('fit');
    this.#boxes.set(element, { widest, fit, key: '' });
    this.#observer?.observe(element);
    return element;
  }

  /** Starts measuring on resizes; returns what stops it (BaseWidget.whileConnected's teardown). */
  connect() {
    this.#observer = new ResizeObserver((entries) => {
      for (const { target } of entries) this.#measure(target, false);
    });
    for (const element of this.#boxes.keys()) this.#observer.observe(element);
    return () => this.#observer.disconnect();
  }

  /** Measures every box whose widest text changed (a new setup, weight or step count). */
  check() {
    for (const element of this.#boxes.keys()) this.#measure(element, true);
  }

  #measure(element, textOnly) {
    const box = this.#boxes.get(element);
    const widest = box.widest();
    const width = box.fit ? 0 : element.clientWidth;
    const key = `${widest} ${width}`;
    if (key === box.key || (textOnly && box.key === '')) return;
    box.key = key;
    // Uncontained and sized by its text for the moment of the reading (the classes' CSS).
    const text = element.textContent;
    element.classList.add('measuring');
    setText(element, widest);
    const rect = element.getBoundingClientRect();
    setText(element, text);
    element.classList.remove('measuring');
    element.style.height = `${rect.height}px`;
    if (box.fit) element.style.width = `${Math.ceil(rect.width)}px`;
  }
}
