// What nn-digits shows from the worker's latest copy: the run's numbers in words, the canvases
// of the loss and accuracy curves (painted by the worker: worker-charts.js) and their spoken
// summaries, the first-layer neurons' weights as 28 x 28 images, and the runs so far side by side
// (dropout, training and test accuracy, the gap between them). Does not: train.

import { boxSize } from '../../render/canvas.js';
import { divergingTable } from '../../render/heatmap.js';
import { paintWeights } from '../../render/digit-image.js';
import { el, setText } from '../../render/dom.js';
import { showPercent } from '../shared/significant.js';
import { chartLabel } from '../shared/training-chart.js';
import { PIXELS, SHOWN_NEURONS } from './digits-format.js';

const last = (values) => values[values.length - 1];
/** Weight pictures painted a frame: 16 take four frames, each a sliver of a frame's time. */
const WEIGHTS_A_FRAME = 4;
/** "10,100": made once (toLocaleString makes a formatter on every call). */
const thousands = new Intl.NumberFormat('en');

/**
 * Returns { root parts, showReadout, renewCharts, chartLook, labelCharts, showWeights, addRun,
 * forgetColors }.
 */
export function digitsView() {
  const readout = el('p', { class: 'readout layout-root', 'aria-live': 'off' });
  const CHARTS = ['loss', 'accuracy'];
  const makeCharts = () =>
    CHARTS.map((which) =>
      el('canvas', { class: 'chart', role: 'img', 'aria-label': `${which} by epoch` }),
    );
  let charts = makeCharts();
  const chartBox = el('div', { class: 'charts' }, charts);
  // The pictures' places are there from the start: painting them later moves nothing.
  const weightGrid = el(
    'div',
    { class: 'weight-grid' },
    Array.from({ length: SHOWN_NEURONS }, () =>
      el('canvas', { class: 'digit', width: 28, height: 28 }),
    ),
  );
  const weights = el('figure', { class: 'weights' }, [
    weightGrid,
    el('figcaption', {
      text: 'What the first layer learned: the 784 incoming weights of 16 first-layer neurons, as 28 × 28 images (positive and negative in two colours).',
    }),
  ]);
  // Until a run ends, a row saying so, as tall as a run's: the first run takes its place, so
  // the end of a run does not move the page below (the runs after it add rows).
  const noRun = el('tr', {}, [
    el('td', { colspan: 6, class: 'none', text: 'No run has finished yet.' }),
  ]);
  const runsBody = el('tbody', {}, [noRun]);
  const runs = el('table', { class: 'runs' }, [
    el('caption', { text: 'Runs so far: does dropout close the gap?' }),
    el('thead', {}, [
      el(
        'tr',
        {},
        ['network', 'dropout', 'epochs', 'train', 'test', 'gap'].map((t) =>
          el('th', { scope: 'col', text: t }),
        ),
      ),
    ]),
    runsBody,
  ]);
  let table = null;
  let painting = null; // the weights being painted, and how many of its pictures are done
  let next = 0; // the picture painted next: they take turns, whatever copy arrives

  return {
    readout,
    charts: chartBox,
    weights,
    runs,
    /** The run's numbers in words; p: the worker's latest copy (the widget's merge of them). */
    showReadout(p) {
      const h = p.history;
      // To the hundred, so the text (and the page's layout) changes less often than each slice.
      const speed =
        p.samplesPerSecond > 0
          ? ` · ${thousands.format(100 * Math.round(p.samplesPerSecond / 100))} digits a second`
          : '';
      setText(
        readout,
        `Epoch ${p.epoch} of ${p.epochs}${speed} · train ${showPercent(last(h.accuracy))} · test ${showPercent(last(h.testAccuracy))}`,
      );
    },
    /**
     * Two new chart canvases in place of the old (a canvas handed to a worker stays its own):
     * returns [loss, accuracy], for the session to hand over.
     */
    renewCharts() {
      charts = makeCharts();
      chartBox.replaceChildren(...charts);
      return charts;
    },
    /**
     * What the worker needs to paint the charts as the page would: each canvas's size in CSS
     * pixels (from a ResizeObserver), the pixel ratio, the theme's colours and font.
     */
    chartLook(colors, font) {
      return { sizes: charts.map(boxSize), ratio: devicePixelRatio || 1, colors, font };
    },
    /** The charts' spoken summaries, where p.history ends (left alone while playing). */
    labelCharts(p) {
      if (p.playing) return;
      const h = p.history;
      const history = {
        epoch: p.epoch,
        latest: { loss: last(h.loss), accuracy: last(h.accuracy) },
      };
      CHARTS.forEach((which, i) =>
        charts[i].setAttribute('aria-label', chartLabel(which, history)),
      );
    },
    /**
     * weights: Float32Array(n x 784), neuron j's incoming weights at j x 784, as n images, a
     * few a call (the next in turn, from the newest weights). Returns whether any picture still
     * shows older weights than these.
     */
    showWeights(weights, colors) {
      const count = weights.length / PIXELS;
      table ??= divergingTable(weightGrid.firstChild.getContext('2d'), colors);
      if (painting?.weights !== weights) painting = { weights, done: 0 };
      for (let k = 0; k < WEIGHTS_A_FRAME && painting.done < count; k++, painting.done++) {
        next %= count;
        const j = next++;
        paintWeights(weightGrid.children[j], weights.subarray(j * PIXELS, (j + 1) * PIXELS), table);
      }
      return painting.done < count;
    },
    /** A finished run's row: { shape, dropout, epochs, accuracy, testAccuracy }. */
    addRun(r) {
      const cells = [
        r.shape,
        String(r.dropout),
        String(r.epochs),
        showPercent(r.accuracy),
        showPercent(r.testAccuracy),
        `${(100 * (r.accuracy - r.testAccuracy)).toFixed(1)} points`,
      ];
      const row = el(
        'tr',
        {},
        cells.map((text) => el('td', { text })),
      );
      if (noRun.isConnected) noRun.replaceWith(row);
      else runsBody.append(row);
    },
    /** The theme changed: the weight colours are made again at the next show(). */
    forgetColors() {
      table = null;
    },
  };
}
