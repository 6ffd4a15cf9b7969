// A training widget's health panel (nn-trainer, nn-digits): one bar per layer for the size of
// its gradient (the root mean square of dL/dW over the training set, on a log scale from 10⁻⁸ to
// 10²), how many of its units are dead or saturated, and a paragraph naming a problem, what to
// try and the lesson.
// Draws what trainer.health() and the advice modules computed.

import { el, setText } from '../../render/dom.js';
import { showSignificant } from './significant.js';

const LOW = -8; // log10 of the bars' ends
const HIGH = 2;

/** The bar's share of the width for a gradient RMS, log scale, clamped to [0, 1]. */
export function barShare(rms) {
  if (!(rms > 0)) return 0;
  return Math.min(1, Math.max(0, (Math.log10(rms) - LOW) / (HIGH - LOW)));
}

/** level: the heading's level (the widget's own, from shared/headings.js). */
export function healthPanel({ level = 3 } = {}) {
  const list = el('ol', { class: 'health-layers' });
  const words = el('span');
  const link = el('a');
  // A problem that goes while the network trains stays on show, greyed and marked as past, so
  // that the panel keeps about its height and the page below stays where it was (the paragraph
  // going moved lesson 11's page by 85 px at a reading). It goes when the network starts over
  // (letGo).
  const past = el('span', { class: 'past', text: 'Not in the latest reading: ' });
  const advice = el('p', { class: 'advice', hidden: true }, [past, words, ' ', link]);
  let held = false; // a problem was named since the network last started over
  const root = el('figure', { class: 'panel health' }, [
    el(`h${level}`, { text: 'Training health' }),
    el('p', {
      class: 'note',
      text: 'Gradient size per layer (root mean square of dL/dW, log scale, 10⁻⁸ to 10²):',
    }),
    list,
    advice,
  ]);
  let rows = [];
  /** A hidden layer's units line: `count` ('–' before a reading) of its n units, dead or saturated. */
  const unitsLine = (count, n, activation) =>
    `${count} of ${n} ${activation === 'relu' ? 'dead' : 'saturated'}`;
  // One row per layer (units: each layer's width, the output last), its numbers left to show().
  const build = (units, activation) => {
    rows = units.map((n, l) => ({
      bar: el('span', { class: 'bar', 'aria-hidden': 'true' }),
      value: el('span', { class: 'value num', text: '–' }),
      units: el('span', {
        class: 'units',
        text: l === units.length - 1 ? '' : unitsLine('–', n, activation),
      }),
      name: l === units.length - 1 ? 'output' : `layer ${l + 1}`,
    }));
    for (const r of rows) r.bar.style.setProperty('--share', '0%'); // no reading yet: empty
    list.replaceChildren(
      ...rows.map((r) =>
        el('li', {}, [el('span', { class: 'name', text: r.name }), r.bar, r.value, r.units]),
      ),
    );
  };

  return {
    root,
    /**
     * Before any reading: a row for each layer of `units` (their widths, the output last) with
     * dashes for its numbers, so the first reading fills the panel without changing its height.
     */
    expect(units, activation) {
      if (rows.length !== units.length) build(units, activation);
    },
    /** health: trainer.health(); activation: the hidden layers'. */
    show(health, activation) {
      if (rows.length !== health.length)
        build(
          health.map((h) => h.units),
          activation,
        );
      health.forEach((h, l) => {
        const r = rows[l];
        r.bar.style.setProperty('--share', `${(barShare(h.gradientRms) * 100).toFixed(1)}%`);
        setText(r.value, showSignificant(h.gradientRms, 2));
        const count = activation === 'relu' ? h.dead : h.saturated;
        setText(r.units, l === health.length - 1 ? '' : unitsLine(count, h.units, activation));
      });
    },
    /** advice: { text, link: { title, href } } or null. */
    explain(next) {
      if (next) {
        held = true;
        setText(words, next.text);
        setText(link, `Why: ${next.link.title}.`);
        if (next.link.href) link.setAttribute('href', next.link.href);
        else link.removeAttribute('href');
      }
      advice.hidden = !held;
      advice.classList.toggle('gone', !next);
    },
    /**
     * The network starts over (Reset, a new network): a problem no longer named gives up its
     * place at the next explain(), the page moving at the reader's own hand.
     */
    letGo() {
      held = false;
    },
  };
}
