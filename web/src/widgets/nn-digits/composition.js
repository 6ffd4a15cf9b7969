// Which parts <nn-digits> is made of, in what order they stand, and how they reach the element:
// the toolbar, the status and goal lines, the readout and charts, the health panel, the reading
// panel (draw pad, bars, unsure message), the confusion matrix and misread gallery under their
// headings, the first-layer weights, the runs table and the settings; and which of them are
// drawn again when what they show changes (redraw.js), in the canvas colours of canvas-theme.js.
// Does not: train, hold the run's state, or decide in which frame to draw (the element does).

import { el } from '../../render/dom.js';
import { canvasTheme } from './canvas-theme.js';
import { goalStatus } from '../shared/goal-status.js';
import { headingLevel } from '../shared/headings.js';
import { layoutIsland } from '../shared/layout-island.js';
import { confusionMatrix } from './confusion.js';
import { digitsControls } from './controls.js';
import { misreadGallery } from './gallery.js';
import { readingPanel } from './reading.js';
import { redrawParts } from './redraw.js';
import { schema } from './schema.js';
import { digitsHealth } from './training-health.js';
import { digitsView } from './view.js';

/**
 * Builds the parts into body. widget: the <nn-digits>; on: { load, play, reset, seed (the
 * toolbar's buttons), predict(input), testDigit(i), found(i), cell(truth, reading) (a
 * confusion count's click) }. Returns the parts: { view, controls, reading, confusion,
 * gallery, health, status, goal, theme } and redraws().
 */
export function composeDigits(body, widget, on) {
  const view = digitsView();
  const theme = canvasTheme(widget, view);
  const controls = digitsControls({
    widget,
    schema,
    onLoad: on.load,
    onPlay: on.play,
    onReset: on.reset,
    onSeed: on.seed,
  });
  const reading = readingPanel({
    predict: on.predict,
    table: theme.ink,
    testDigit: on.testDigit,
    onFound: on.found,
  });
  const confusion = confusionMatrix({ onCell: on.cell });
  confusion.show(null); // every count button named from the start, before any reading
  const gallery = misreadGallery({ table: theme.ink, onOpen: (i) => reading.openTest(i) });
  const level = headingLevel(widget);
  const health = digitsHealth(level);
  const status = el('p', { class: 'status', role: 'status' });
  const goal = goalStatus();
  body.append(
    controls.toolbar,
    status,
    goal.root,
    view.readout,
    view.charts,
    layoutIsland(health.root),
    reading.root,
    el(`h${level}`, { text: 'Where it goes wrong' }),
    layoutIsland(confusion.root),
    el(`h${Math.min(6, level + 1)}`, { text: 'Misread test digits' }),
    layoutIsland(gallery.root),
    view.weights,
    view.runs,
    controls.settings,
  );
  const parts = { view, controls, reading, confusion, gallery, health, status, goal, theme };
  return {
    ...parts,
    /**
     * The parts drawn a part a frame (redraw.js), each when what it shows changed. run:
     * { latest() (the worker's merged copy), results() (readResults), test() (the test
     * digits), drawCharts(look) (the worker paints the charts) }; changed(): a watched element
     * came on screen or changed width.
     */
    redraws(run, changed) {
      const results = () => [run.results()];
      return redrawParts(
        [
          {
            key: () => [run.latest()?.history, run.latest()?.playing],
            draw: () => {
              view.labelCharts(run.latest());
              run.drawCharts(view.chartLook(theme.colors(), theme.font()));
            },
            sized: view.charts,
          },
          {
            key: () => [run.latest()?.weights],
            draw: () => view.showWeights(run.latest().weights, theme.colors()),
            seen: view.weights,
          },
          {
            key: results,
            draw: () => confusion.show(run.results().counts, run.results().epoch),
            seen: confusion.root,
            atRest: true,
          },
          {
            key: results,
            draw: () => gallery.show(run.results(), run.test()),
            seen: gallery.root,
            atRest: true,
          },
          { key: health.key, draw: health.draw },
        ],
        changed,
      );
    },
  };
}
