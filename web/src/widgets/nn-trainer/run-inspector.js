// The parts of <nn-trainer> that look into a run rather than drive it: the timeline over its
// checkpoints, the training health panel and the caption naming the previous run (the loss
// chart's ghost), fed from the session, and the words for a divergence (shown in the status
// line and the panel). The element calls update() with its words; while playing it changes the
// page only when the session has taken a new health reading inside a training slice (once a
// second); paused, it takes a fresh one.

import { el, setText } from '../../render/dom.js';
import { showSignificant } from '../shared/significant.js';
import { ghostCaption } from './compare.js';
import { schema } from './schema.js';
import { explainDivergence } from '../shared/divergence.js';
import { healthAdvice } from '../shared/health-advice.js';
import { healthPanel } from '../shared/health.js';
import { timelineControl } from './timeline.js';

const RATE = schema.attributes['learning-rate'];

/** session: the TrainingSession; o: { onGo(index), onTrainOn(), level (for headings) } */
export function runInspector(session, o) {
  const timeline = timelineControl(o);
  const health = healthPanel({ level: o.level });
  const compare = el('p', { class: 'note compare' });
  let shown = null; // the reading on show
  let diverged = null; // { text, link } while the run stands stopped by a divergence

  return {
    timeline: timeline.root,
    health: health.root,
    compare,
    /** Shows the timeline and the health of the network as it is now. */
    update(activation, playing) {
      const reading = playing && session.reading ? session.reading : session.health();
      // While playing, everything here changes once a second, with the reading: each change
      // costs a layout and a repaint of the panel, and nobody scrubs a running timeline.
      if (playing && reading === shown && diverged === null) return;
      const { travel } = session;
      const epochs = travel.checkpoints.entries.map((c) => c.epoch);
      timeline.set(epochs, travel.index, travel.back, session.epoch);
      setText(
        compare,
        ghostCaption(session.ghost, (v) => showSignificant(v, 3)),
      );
      if (reading !== shown) health.show(reading, activation);
      shown = reading;
      health.explain(diverged ?? healthAdvice(reading, activation));
    },
    /** The words for a divergence at this learning rate; kept in the panel until cleared. */
    diverged(rate) {
      diverged = explainDivergence(rate, session.losses, { min: RATE.min });
      return diverged.text;
    },
    /** Training goes on (Play, Step, Reset): the divergence words go, the future is let go. */
    goOn() {
      diverged = null;
      session.travel.trainOn(session);
    },
    /** Back to the first weights (Reset): a problem no longer named gives up its place. */
    startOver() {
      health.letGo();
    },
  };
}
