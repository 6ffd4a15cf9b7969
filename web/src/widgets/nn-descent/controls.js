// The controls and readout of <nn-descent>: the learning rate (typed or slid on a log scale),
// Step, Play and Reset, the ball's numbers (step, w, loss, dL/dw, and under a schedule the
// next step's rate) and the verdict in words.
// Edits go out through callbacks; show() writes a run as it is now. No drawing.

import { el, setText } from '../../render/dom.js';
import { rateControl } from '../shared/rate-control.js';
import { VERDICTS, rateAt, stepsOf } from './run.js';
import { showValue } from './show-value.js';

/**
 * o: { rate: the learning-rate schema entry, onRate(rate), onStep(), onPlay(), onReset() }.
 * Returns { nodes (to place in order), show({ run, rate, playing, going }) }.
 */
export function descentControls(o) {
  const button = (text, action) => el('button', { type: 'button', text, on: { click: action } });
  const rate = rateControl({
    id: 'rate',
    label: 'learning rate',
    entry: o.rate,
    onChange: o.onRate,
  });
  const step = button('Step', o.onStep);
  const play = button('Play', o.onPlay);
  const reset = button('Reset', o.onReset);
  play.setAttribute('aria-pressed', 'false');
  const numbers = Object.fromEntries(
    ['steps', 'w', 'loss', 'grad', 'rate-now'].map((name) => [
      name,
      el('output', { class: `num ${name}` }),
    ]),
  );
  const labels = { w: el('dt'), grad: el('dt') };
  const verdict = el('p', { class: 'verdict' });
  const label = (text, output) =>
    el('div', {}, [typeof text === 'string' ? el('dt', { text }) : text, el('dd', {}, [output])]);

  // Under a schedule, the rate the next step uses (η_k of run.js's rateAt).
  const scheduled = label('next step’s rate', numbers['rate-now']);

  return {
    nodes: [
      rate.root,
      el('div', { class: 'buttons' }, [step, play, reset]),
      el('dl', { class: 'numbers' }, [
        label('step', numbers.steps),
        label(labels.w, numbers.w),
        label('loss', numbers.loss),
        label(labels.grad, numbers.grad),
        scheduled,
      ]),
      verdict,
    ],
    /**
     * run: run.js's; rate: the learning rate; decay: its schedule's; playing: Play is on; going: the run can
     * take another step (else Step and Play are off and Reset is the way on).
     */
    show({ run, rate: learningRate, decay, playing, going }) {
      const names = run.problem.names;
      const here = run.history.at(-1);
      setText(numbers.steps, String(stepsOf(run)));
      setText(labels.w, names.join(', '));
      setText(
        labels.grad,
        `${names.length > 1 ? 'gradient' : 'slope'} dL/d${names.join(', dL/d')}`,
      );
      setText(numbers.w, here.w.map(showValue).join(', '));
      setText(numbers.loss, showValue(here.loss));
      setText(numbers.grad, here.grad.map(showValue).join(', '));
      scheduled.hidden = !(decay > 0);
      setText(numbers['rate-now'], showValue(rateAt(learningRate, decay, stepsOf(run))));
      setText(verdict, VERDICTS[run.status]);
      verdict.dataset.status = run.status;
      rate.set(learningRate);
      step.disabled = !going;
      play.disabled = !going;
      setText(play, playing ? 'Pause' : 'Play');
      play.setAttribute('aria-pressed', String(playing));
      reset.classList.toggle('primary', !going && run.status !== 'converged');
      // A run that ends under the keyboard hands the focus on to Reset, not to the page.
      if (!going && [step, play].includes(reset.getRootNode().activeElement)) reset.focus();
    },
  };
}
