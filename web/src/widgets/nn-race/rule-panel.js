// Each optimizer's update rule for one chosen parameter, written with the numbers of the last
// step: the gradient the step used, the state the rule keeps, and the step Δw it gives, beside
// the change the core actually made (the value before and after, read from its checkpoints).

import { el, setText } from '../../render/dom.js';
import { parameterName } from '../shared/notation.js';
import { showSignificant } from '../shared/significant.js';
import { flatIndex } from '../shared/weights-attribute.js';
import { parameterState } from './moments.js';
import { parameterMenu } from './parameter-menu.js';
import { FORMULAS, RUNS, SPOKEN, ruleStep } from './rules.js';

const DIGITS = 4;
const show = (v) => showSignificant(v, DIGITS);

/**
 * The rule of run `run` for parameter ref at its last step: { terms, delta, before, after, t }
 * (before/after: the value the core held), or null before the first step.
 */
export function lastStep(session, run, ref) {
  if (!run.last) return null;
  const { gradient, before, after } = run.last;
  const [shape, samples] = [session.shape, session.data.X.rows];
  const was = parameterState(before, shape, samples, ref);
  const now = parameterState(after, shape, samples, ref);
  const g = gradient[flatIndex(shape, ...ref)];
  const rule = ruleStep(run.name, { g, eta: run.rate, s1: was.s1, s2: was.s2, t: now.t });
  return { ...rule, before: was.value, after: now.value, t: now.t };
}

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

/** o: { level (of its heading), onChange("layer:index"): the menu chose another parameter } */
export function rulePanel(o) {
  const menu = parameterMenu({
    id: 'rule-weight',
    label: 'Update rules for',
    onChange: o.onChange,
  });
  const blocks = RUNS.map((run) => {
    // A rule's terms are always the same (ruleStep's, whatever the numbers): their elements are
    // made here, before the first step (their numbers "—" until then), and a step changes only
    // their text, so the first step after Play lays out text, not new boxes.
    const { terms } = ruleStep(run.name, { g: 0, eta: 0, s1: 0, s2: 0, t: 1 });
    const values = terms.map((term) => el('dd', { 'data-term': term.symbol }));
    const numbers = el(
      'dl',
      { class: 'terms num' },
      terms.flatMap((term, i) => [symbolTerm(term), values[i]]),
    );
    const [rate, check] = [el('p', { class: 'num' }), el('p', { class: 'check num' })];
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
    show(session, ref) {
      const shape = session.shape;
      menu.set(shape, ref.join(':'));
      const name = parameterName(shape, ...ref);
      session.runs.forEach((run, k) => {
        const step = lastStep(session, run, ref);
        const b = blocks[k];
        setText(b.rate, `η = ${show(run.rate)}${step ? `, step t = ${step.t}` : ''}`);
        if (!step) {
          for (const value of b.values) setText(value, '—'); // no step, no numbers yet
          setText(
            b.check,
            `No step yet: ${name} = ${show(run.params[0][flatIndex(shape, ...ref)])}.`,
          );
          return;
        }
        step.terms.forEach((term, i) => setText(b.values[i], show(term.value)));
        setText(
          b.check,
          `${name}: ${show(step.before)} → ${show(step.after)}, a change of ${show(step.after - step.before)}.`,
        );
      });
    },
  };
}
