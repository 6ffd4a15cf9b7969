// Which parts <nn-trainer> is made of, in what order they stand, and how they reach the element:
// the toolbar, the timeline, the status and goal lines, the boundary and network panels, the
// charts, the previous run's caption, the health panel, the settings, the reader's own row and
// the weights. show() draws them, words() puts the run's numbers and words into them.
// Does not: train, decide when to draw or announce (the element does).

import { el, setText } from '../../render/dom.js';
import { headingLevel } from '../shared/headings.js';
import { addedPoints } from './added-points.js';
import { trainerControls } from './controls.js';
import { ownPanels } from './own-panels.js';
import { runInspector } from './run-inspector.js';
import { risingLoss, runSummary, trainerGoal } from './status.js';
import { trainerDisplay } from './view.js';

// While training, the readout and fields change four times a second: each change costs a
// layout and a repaint of the page around them, and faster text cannot be read anyway.
const WORDS_MS = 250;

/**
 * Builds the parts into body. widget: the <nn-trainer>; session: its TrainingSession; data: its
 * ownDataSource; on: { play, step, reset, clearPoints, addPoint(x₁, x₂, class), cursor(x₁, x₂),
 * go(index), trainOn } (the reader’s actions). Returns the parts the element drives and words().
 */
export function composeTrainer(body, widget, session, data, on) {
  const controls = trainerControls(widget, { onPlay: on.play, onStep: on.step, onReset: on.reset });
  const added = addedPoints(on.clearPoints);
  const level = headingLevel(widget); // the panels' headings, one below the page's
  const display = trainerDisplay({
    widget,
    level,
    added: added.root,
    onAdd: on.addPoint,
    onCursor: on.cursor,
    onChange: () => widget.requestRender(),
  });
  const own = ownPanels(widget, data, () => session.network);
  const status = el('p', { class: 'status', role: 'status' });
  // The data set is set by its menu and by the reader's own data: an exercise locks both.
  const fields = (name) => [
    ...controls.fields(name),
    ...(name === 'dataset' ? own.dataFields : []),
  ];
  const goal = trainerGoal(widget, fields, () => session.startWeights);
  const inspector = runInspector(session, { onGo: on.go, onTrainOn: on.trainOn, level });
  body.append(
    controls.toolbar,
    inspector.timeline,
    status,
    goal.root,
    goal.kept,
    display.panels,
    display.charts,
    inspector.compare,
    inspector.health,
    controls.settings,
    own.root,
    display.weights,
  );
  widget.observeSize(display.panels);
  widget.observeSize(display.charts);
  let wordsAt = -Infinity;
  return {
    display,
    added,
    goal,
    inspector,
    /**
     * Draws a part (display.draw) and, at most four times a second while playing, the words.
     * shown: { values, spec (the setup in use), playing, message }; fresh: after a change.
     */
    show(shown, fresh) {
      const { values, spec, playing } = shown;
      const { classes, features } = spec;
      const o = { activation: values.activation, classes, features, playing, fresh };
      display.draw(session, { ...o, ghost: session.ghost });
      const now = performance.now();
      if (playing && now - wordsAt < WORDS_MS) return;
      wordsAt = now;
      this.words(shown);
    },
    /**
     * Checks the exercise at the epoch the history saw its goal met (status.js trainerGoal);
     * when just solved, the words show the numbers that met it. Returns what to announce.
     */
    solved(shown) {
      const solved = goal.check(session.history.metAt);
      if (solved) this.words(shown);
      return solved;
    },
    /** The readout, the fields, the status line and the inspector, for the session now. */
    words({ values, spec, playing, message }) {
      const text = runSummary(session.epoch, session.history.latest);
      controls.set(values, { playing, text, loss: spec.autoLoss });
      own.set(values);
      setText(status, message || (playing ? risingLoss(session.history) : ''));
      inspector.update(values.activation, playing);
    },
  };
}
