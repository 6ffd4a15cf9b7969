// Everything <nn-trainer> draws, spread over frames so that no frame carries it all: while
// training, one part per frame in turn (the boundary from the core's outputs over a 48 × 48
// grid, 32 × 32 until timed and where that proves slow; the neuron maps from a forward pass
// over a grid of half that; each chart; the weights); paused, each part once after a change,
// as many per frame as fit in 8 ms, the boundary then from a finer 96 × 96 grid. The theme is
// read once a second. Drawing only: the numbers come from the session (the core's network,
// data and history).

import { el, setText } from '../../render/dom.js';
import { canvasFont, themeColors } from '../../render/theme.js';
import { activationBounds, inputGrid } from '../shared/neuron-maps.js';
import { drawChart } from '../shared/training-chart.js';
import { boundaryPlot } from '../shared/boundary.js';
import { featureLabels, featureMatrix } from './features.js';
import { networkParts, showWeights, weightsTable } from './panels.js';
import { keptNames } from '../base/exercise.js';
import { classPicker } from './status.js';

const GRID = 48; // grid points per side while training
const SLOW_GRID = 32; // when drawing the boundary proves slow
const SLOW_BOUNDARY_MS = 6;
const STILL_GRID = 96; // and while paused, for a finer picture
const THEME_MS = 1000;
const DIAGRAM_MS = 1000;
const PARTS = ['boundary', 'loss', 'maps', 'boundary', 'accuracy', 'weights'];
const STILL_PARTS = ['boundary', 'weights', 'loss', 'accuracy', 'maps']; // after a change, paused
const STILL_MS = 8; // paused, drawing stops after this in a frame and goes on in the next

/**
 * o: { onAdd(x₁, x₂, class), onCursor(x₁, x₂), onChange() (a redraw is wanted), widget (the
 * element, for its theme colours and core), added (the added points' line, under the picker),
 * level (the panels' heading level, 2 to 6) }.
 */
export function trainerDisplay(o) {
  const picker = classPicker();
  const boundary = boundaryPlot({
    onAdd: (x, y) => o.onAdd(x, y, picker.value),
    onCursor: o.onCursor,
  });
  const caption = el('figcaption', { class: 'count' });
  const diagram = el('div', { class: 'diagram', 'aria-hidden': 'true' });
  const maps = el('div', { class: 'maps' });
  const charts = {
    loss: el('canvas', { class: 'chart', role: 'img', 'aria-label': 'Loss by epoch' }),
    accuracy: el('canvas', { class: 'chart', role: 'img', 'aria-label': 'Accuracy by epoch' }),
  };
  const weights = weightsTable();
  weights.root.addEventListener('toggle', o.onChange);
  const figure = (title, children) =>
    el('figure', { class: 'panel' }, [el(`h${o.level}`, { text: title }), ...children]);
  const panels = el('div', { class: 'panels' }, [
    figure('Decision boundary', [boundary.root, caption, picker.root, o.added]),
    figure('Network', [
      diagram,
      el('p', { class: 'note', text: 'What each hidden neuron computes:' }),
      maps,
    ]),
  ]);
  const chartRow = el('div', { class: 'charts' }, [
    figure('Loss', [charts.loss]),
    figure('Accuracy', [charts.accuracy]),
  ]);

  let net = null; // { diagram, maps } for netKey
  let netKey = '';
  let grid = { key: '', matrix: null }; // the boundary's points
  let tileGrid = { key: '', matrix: null }; // the neuron maps', half as many per side
  let turn = 0;
  let pending = []; // parts still to draw
  let perPoint = null; // the boundary's drawing time per grid point while training, smoothed
  let theme = { at: -Infinity };
  let diagramAt = -Infinity;

  /**
   * The n × n input grid over the domain, as the network reads it (n² × features), made again
   * only when n, the domain or the features change.
   */
  const gridOf = (kept, domain, n, features) => {
    const key = `${n}:${domain.join()}:${features.join()}`;
    if (kept.key === key) return kept;
    return { key, n, matrix: featureMatrix(inputGrid(domain, n), features) };
  };

  const parts = {
    boundary(network, data, o2) {
      const start = performance.now();
      // Until one drawing is timed, the coarser grid: the first frames of a run stay short.
      const slow = perPoint === null || perPoint * GRID * GRID > SLOW_BOUNDARY_MS;
      const n = !o2.playing ? STILL_GRID : slow ? SLOW_GRID : GRID;
      grid = gridOf(grid, data.domain, n, o2.features);
      const output = network.predict(grid.matrix); // the outputs only: n² × classes numbers
      const colors = theme.colors;
      const classes = o2.classes;
      boundary.draw({ ...data, grid: n, output, classes, colors, onRedraw: o.onChange });
      if (!o2.playing) return;
      const measured = (performance.now() - start) / (n * n);
      perPoint = perPoint === null ? measured : 0.7 * perPoint + 0.3 * measured;
    },
    maps(network, data, o2) {
      // Each hidden neuron's tile from its own forward pass over a grid of half the resolution.
      const half = (o2.playing ? GRID : STILL_GRID) >> 1;
      tileGrid = gridOf(tileGrid, data.domain, half, o2.features);
      const forward = network.forward(tileGrid.matrix);
      const bounds = activationBounds(o.widget.core, o2.activation);
      const { domain, X, labels } = data;
      net.tiles.draw({
        forward,
        grid: tileGrid.n,
        colors: theme.colors,
        bounds,
        domain,
        X,
        labels,
      });
    },
    loss(network, data, o2, history) {
      const { colors, font } = theme;
      drawChart(charts.loss, 'loss', history, colors, font, o2.playing, o2.ghost);
    },
    accuracy(network, data, o2, history) {
      drawChart(charts.accuracy, 'accuracy', history, theme.colors, theme.font, o2.playing);
    },
    weights(network, data, o2) {
      // The diagram's many lines are costly to repaint: once a second is enough while training.
      const now = performance.now();
      const diagramDue = !o2.playing || now - diagramAt > DIAGRAM_MS;
      if (!diagramDue && !weights.root.open) return;
      const parameters = network.getParameters();
      if (diagramDue) {
        showWeights(net.diagram, parameters);
        diagramAt = now;
      }
      weights.update(parameters);
    },
  };

  return {
    panels,
    charts: chartRow,
    weights: weights.root,
    /** True while parts wait for their frame (paused, after a change). */
    get pending() {
      return pending.length > 0;
    },
    /**
     * Draws one part: the next in turn while playing; paused, the first of those a change
     * (fresh) made due, the rest in the frames after. session: the TrainingSession; o2:
     * { activation, classes, features (features.js names), playing, fresh }.
     */
    draw(session, o2) {
      const { network, data, history } = session;
      const now = performance.now();
      if (!o2.playing || now - theme.at > THEME_MS) {
        theme = { at: now, colors: themeColors(o.widget), font: canvasFont(o.widget) };
      }
      const shape = network.shape;
      const key = `${shape.join()}:${o2.features.join()}`;
      if (key !== netKey) {
        net = networkParts(shape, network.getParameters(), featureLabels(o2.features));
        diagram.replaceChildren(net.diagram.svg);
        maps.replaceChildren(net.tiles.root);
        netKey = key;
      }
      if (o2.playing) pending = [PARTS[turn++ % PARTS.length]];
      else if (o2.fresh) pending = [...STILL_PARTS];
      // Paused, as many parts as fit in a few milliseconds: all at once on a quick machine.
      const start = performance.now();
      do {
        const part = pending.shift();
        if (part) parts[part](network, data, o2, history);
      } while (!o2.playing && pending.length > 0 && performance.now() - start < STILL_MS);
      const tests = data.Xtest?.rows ?? 0;
      const held = tests > 0 ? `, ${tests} test points (hollow)` : '';
      setText(caption, `${data.X.rows} training points${held}`);
      // The classes and whether points may be added change only with the attributes: not read
      // again in a playing frame.
      if (o2.fresh || !o2.playing) picker.set(o2.classes, !keptNames(o.widget).includes('points'));
    },
  };
}
