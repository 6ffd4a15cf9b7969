// nn-digits' training health: the shared panel (one log-scale bar per layer for the size of its
// gradient, the dead ReLUs of each hidden layer, advice linked to the lesson that explains it)
// fed with the worker's readings of trainer.health(), and the words for a divergence, which stand
// in the panel until training goes on. Does not: measure anything (the worker reads the core).

import { explainDivergence } from '../shared/divergence.js';
import { healthAdvice } from '../shared/health-advice.js';
import { healthPanel } from '../shared/health.js';
import { CLASSES } from './digits-format.js';
import { schema } from './schema.js';

const RATE = schema.attributes['learning-rate'];

/** level: the panel heading's level. Returns the part redraw.js draws, with its inputs. */
export function digitsHealth(level) {
  const panel = healthPanel({ level });
  let reading = null; // [{ gradientRms, units, dead, saturated }], the output last
  let diverged = null; // { text, link } while the run stands stopped by a divergence

  return {
    root: panel.root,
    /** What the panel shows: nothing is drawn before the first reading. */
    key: () => [reading, diverged],
    draw() {
      panel.show(reading, 'relu');
      panel.explain(diverged ?? healthAdvice(reading, 'relu'));
    },
    /** Before the first reading: the rows of a network of these hidden widths, with dashes. */
    expect(hidden) {
      if (!reading) panel.expect([...hidden, CLASSES], 'relu');
    },
    /** A reading from the worker (undefined: none in that copy). */
    read(next) {
      if (next) reading = next;
    },
    /** The words for a divergence at this rate; climb: RecentLosses' climb, from the worker. */
    diverged(rate, climb) {
      const then = '(a new network starts with it)';
      diverged = explainDivergence(rate, { climb }, { min: RATE.min, then });
      return diverged.text;
    },
    /** Training goes on (Train, Reset, a new network): the divergence words go. */
    goOn() {
      diverged = null;
    },
    /** The network starts over (Reset, a new network): advice that went gives up its place. */
    letGo() {
      panel.letGo();
    },
  };
}
