// Each optimizer's update rule for one chosen parameter, written with the numbers of the last
// step: the gradient the step used, the state the rule keeps, and the step Δw it gives, beside
// the change the core actually made (the value before and after, read from its checkpoints).
// The numbers come from the race's worker (runs.js lastStep); this part writes them.

import { el, setText } from '../../render/dom.js';
import { parameterName } from '../shared/notation.js';
import { showSignificant } from '../shared/significant.js';
import { flatIndex } from '../shared/weights-attribute.js';
import { parameterMenu } from './parameter-menu.js';
import { FORMULAS, RUNS, SPOKEN, ruleStep } from './rules.js';
import { WIDEST_NUMBER } from './line-boxes.js';

const DIGITS = 4;
const show = (v) => showSignificant(v, DIGITS);

/**
 * A term's symbol as a <dt>, in the formulas' serif (a monospace font sets a combining hat
 * beside its letter: "mˆ"); a symbol with a hat is heard as SPOKEN says ("m hat").
 */
function symbolTerm(term) {
  const spoken = SPOKEN.get(term.symbol);
  if (!spoken) return el('dt', { text: term.symbol, title: term.words });
  return el('dt', { title: term.words }, [
    el('span', { 'aria-hidden': 'true', text: term.symbol }),
    el('span', { class: 'sr-only', text: spoken }),
  ]);
}

/**
 * o: { level (of its heading), onChange("layer:index"): the menu chose another parameter,
 *   boxes: a LineBoxes, for the numbers and lines that change }
 */
export function rulePanel(o) {
  // What the widest texts depend on: the parameter's name, the last step, the rates, as shown.
  let [name, last, rates] = ['', 0, []];
  const N = WIDEST_NUMBER;
  const line = (props, widest) => o.boxes.add(el('p', props), widest);
  const menu = parameterMenu({
    id: 'rule-weight',
    label: 'Update rules for',
    onChange: o.onChange,
  });
  const blocks = RUNS.map((run, k) => {
    // A rule's terms are always the same (ruleStep's, whatever the numbers): their elements are
    // made here, before the first step (their numbers "—" until then), and a step changes only
    // their text, so the first step after Play lays out text, not new boxes.
    const { terms } = ruleStep(run.name, { g: 0, eta: 0, s1: 0, s2: 0, t: 1 });
    const values = terms.map(() => o.boxes.add(el('span'), () => N));
    const cells = terms.map((term, i) => el('dd', { 'data-term': term.symbol }, [values[i]]));
    const numbers = el(
      'dl',
      { class: 'terms num' },
      terms.flatMap((term, i) => [symbolTerm(term), cells[i]]),
    );
    const rate = line({ class: 'num' }, () => `η = ${show(rates[k])}, step t = ${last}`);
    const check = line({ class: 'check num' }, () => `${name}: ${N} → ${N}, a change of ${N}.`);
    const root = el('section', { class: 'rule', 'data-optimizer': run.name }, [
      el(`h${Math.min(6, o.level + 1)}`, { text: run.label }),
      el('p', { class: 'formula', text: FORMULAS[run.name] }),
      rate,
      numbers,
      check,
    ]);
    return { root, numbers, rate, check, values };
  });
  const root = el('div', { class: 'panel rules' }, [
    el(`h${o.level}`, { text: 'Update rules, live' }),
    menu.root,
    el(
      'div',
      { class: 'rule-row' },
      blocks.map((b) => b.root),
    ),
  ]);
  return {
    root,
    /** The rules of session's runs ks (indices) for ref, when the session has them for ref. */
    show(session, ref, ks) {
      const shape = session.shape;
      menu.set(shape, ref.join(':'));
      const rules = session.rules;
      if (session.step > 0 && rules?.ref.join() !== ref.join()) return; // asked, not come yet
      [name, last] = [parameterName(shape, ...ref), session.spec.steps];
      rates = session.runs.map((run) => run.rate);
      for (const k of ks) {
        const run = session.runs[k];
        const step = session.step > 0 ? rules.steps[k] : null;
        const b = blocks[k];
        setText(b.rate, `η = ${show(run.rate)}${step ? `, step t = ${step.t}` : ''}`);
        if (!step) {
          for (const value of b.values) setText(value, '—'); // no step, no numbers yet
          setText(
            b.check,
            `No step yet: ${name} = ${show(run.params[0][flatIndex(shape, ...ref)])}.`,
          );
          continue;
        }
        step.terms.forEach((term, i) => setText(b.values[i], show(term.value)));
        setText(
          b.check,
          `${name}: ${show(step.before)} → ${show(step.after)}, a change of ${show(step.after - step.before)}.`,
        );
      }
    },
  };
}
