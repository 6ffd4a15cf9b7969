// <nn-trainer>: the training playground. A network learns a 2-D data set while the reader
// watches the loss and accuracy curves, the decision boundary, each hidden neuron's map and the
// weights; play, pause, step and reset, every setting in an attribute. Training runs in
// time-boxed slices inside animation frames (training-loop.js), only while on screen; every
// number is the core's (training-session.js owns the network and the trainer).

import { networkDiagramStyles } from '../render/network-diagram.js';
import { BaseWidget } from './base-widget.js';
import { boundaryPlot } from './boundary-plot.js';
import { el, setText } from './dom.js';
import { showSignificant } from './significant.js';
import { activationBounds, inputGrid } from './neuron-maps.js';
import { trainerStyles } from './nn-trainer-styles.js';
import { trainerSchema } from './trainer-schema.js';
import { classPicker, runSummary, trainerGoal } from './trainer-status.js';
import { trainerControls } from './trainer-controls.js';
import {
  drawCharts,
  drawNeuronMaps,
  networkParts,
  showWeights,
  weightsTable,
} from './trainer-views.js';
import { TrainingLoop } from './training-loop.js';
import { TrainingSession } from './training-session.js';
import { modelPublisher, resolveSpec } from './trainer-spec.js';

const GRID = 48; // boundary and neuron maps: 48 × 48 points, one batched forward pass a frame
const DIVERGED =
  'The learning rate is too large: the weights flew off. They are back to the last finite ones; lower the learning rate and press Play.';

export class NnTrainer extends BaseWidget {
  static schema = trainerSchema;
  static styles = networkDiagramStyles + trainerStyles;

  #session = null;
  #loop = new TrainingLoop();
  #parts = null;
  #playing = false;
  #stepTo = -1; // the epoch a Step press trains to, over as many frames as it needs
  #message = '';
  #net = null; // the diagram and maps, for #netKey's shape
  #netKey = '';
  #grid = { key: '', matrix: null };
  #points = []; // the last good points attribute
  #goal = null;
  #publisher = null;
  #frames = 0;
  #heavyMs = 4;

  build(body) {
    this.#session = new TrainingSession(this.core);
    this.disposeables.push(this.#session);
    this.#publisher = modelPublisher(this);
    const controls = trainerControls(this, {
      onPlay: () => (this.#playing ? this.#pause() : this.#play()),
      onStep: () => this.#step(),
      onReset: () => this.#reset(),
    });
    const picker = classPicker();
    const boundary = boundaryPlot({ onAdd: (x, y) => this.#addPoint(x, y, picker.value) });
    this.#goal = trainerGoal();
    const p = (this.#parts = {
      controls,
      picker,
      boundary,
      status: el('p', { class: 'status', role: 'status' }),
      caption: el('figcaption', { class: 'count' }),
      diagram: el('div', { class: 'diagram', 'aria-hidden': 'true' }),
      maps: el('div', { class: 'maps' }),
      loss: el('canvas', { class: 'chart', role: 'img', 'aria-label': 'Loss by epoch' }),
      accuracy: el('canvas', { class: 'chart', role: 'img', 'aria-label': 'Accuracy by epoch' }),
      weights: weightsTable(),
    });
    const figure = (title, children) =>
      el('figure', { class: 'panel' }, [el('h3', { text: title }), ...children]);
    const panels = el('div', { class: 'panels' }, [
      figure('Decision boundary', [boundary.canvas, p.caption, picker.root]),
      figure('Network', [
        p.diagram,
        el('p', { class: 'note', text: 'What each hidden neuron computes:' }),
        p.maps,
      ]),
    ]);
    const charts = el('div', { class: 'charts' }, [
      figure('Loss', [p.loss]),
      figure('Accuracy', [p.accuracy]),
    ]);
    body.append(
      controls.toolbar,
      p.status,
      this.#goal.root,
      panels,
      charts,
      controls.settings,
      p.weights.root,
    );
    p.weights.root.addEventListener('toggle', () => this.requestRender());
    this.observeSize(panels);
    this.observeSize(charts);
  }

  render() {
    const problems = [];
    const spec = resolveSpec(this.core, this.values, this.#points, problems);
    this.#points = spec.points;
    try {
      if (this.#session.configure(spec) === 'reset') this.#stop();
    } catch (error) {
      this.#stop();
      if (!this.#session.network) throw error;
      problems.push(error.message);
    }
    if (this.#playing || this.#stepTo >= 0) this.#train();
    const start = performance.now();
    this.#draw(spec);
    this.#loop.drew(performance.now() - start);
    this.#publisher.publish(this.#session.network, this.#session.version, this.#playing);
    if (this.#playing || this.#stepTo >= 0) this.requestRender();
    if (problems.length > 0) throw new Error(problems.join(' '));
  }

  #train() {
    const session = this.#session;
    if (this.#stepTo >= 0) {
      session.train(performance.now() + 8, this.#stepTo - session.epoch);
      if (session.epoch >= this.#stepTo || session.status !== 'ok') this.#stepTo = -1;
    } else {
      const { until, maxEpochs } = this.#loop.plan(this.values.speed);
      if (maxEpochs > 0) this.#loop.trained(session.train(until, maxEpochs));
    }
    if (session.status === 'diverged') {
      this.#stop();
      this.#message = DIVERGED;
      this.announce(DIVERGED);
    }
  }

  #draw(spec) {
    const { network: net, data, history } = this.#session;
    const p = this.#parts;
    const colors = this.themeColors();
    const shape = net.shape;
    if (shape.join() !== this.#netKey) {
      this.#net = networkParts(shape, net.getParameters());
      p.diagram.replaceChildren(this.#net.diagram.svg);
      p.maps.replaceChildren(...this.#net.mapRows);
      this.#netKey = shape.join();
    }
    // Heavy drawing (a forward pass over the grid, the maps) every k-th frame when it is slow.
    const every = Math.min(4, Math.max(1, Math.ceil(this.#heavyMs / 8)));
    if (!this.#playing || this.#frames++ % every === 0) {
      const start = performance.now();
      const forward = net.forward(this.#gridFor(data.domain));
      p.boundary.draw({
        ...data,
        domain: data.domain,
        grid: GRID,
        output: forward.output,
        colors,
        onRedraw: () => this.requestRender(),
      });
      const bounds = activationBounds(this.core, this.values.activation);
      drawNeuronMaps(this.#net.maps, { forward, grid: GRID, colors, bounds });
      this.#heavyMs = 0.8 * this.#heavyMs + 0.2 * (performance.now() - start);
    }
    const parameters = net.getParameters();
    showWeights(this.#net.diagram, parameters);
    p.weights.update(parameters);
    drawCharts(p, history, colors, `12px ${getComputedStyle(this).fontFamily}`);
    const latest = history.latest;
    const text = runSummary(this.#session.epoch, latest);
    p.controls.set(this.values, { playing: this.#playing, text, loss: spec.autoLoss });
    const tests = data.Xtest?.rows ?? 0;
    setText(
      p.caption,
      `${data.X.rows} training points${tests > 0 ? `, ${tests} test points (hollow)` : ''}`,
    );
    p.picker.set(spec.classes);
    const warning = this.#playing ? rising(history) : '';
    setText(p.status, this.#message || warning);
    const solved = this.#goal.check(this.values.goal, latest, this.#session.epoch);
    if (solved) {
      this.emit('nn-solved', { goal: this.values.goal, epoch: this.#session.epoch, ...latest });
      this.announce(solved);
    }
  }

  #gridFor(domain) {
    const key = domain.join();
    if (this.#grid.key !== key) this.#grid = { key, matrix: inputGrid(domain, GRID) };
    return this.#grid.matrix;
  }

  #play() {
    this.#playing = true;
    this.#message = '';
    this.#session.resume();
    this.#loop.start();
    this.requestRender();
  }

  #pause() {
    this.#stop();
    const { epoch, history } = this.#session;
    this.announce(`Paused. ${runSummary(epoch, history.latest)}.`);
    this.requestRender();
  }

  #stop() {
    this.#playing = false;
    this.#stepTo = -1;
  }

  #step() {
    this.#stop();
    this.#message = '';
    this.#session.resume();
    this.#stepTo = this.#session.epoch + 1;
    this.requestRender();
  }

  #reset() {
    this.#stop();
    this.#message = '';
    this.#session.reset();
    this.announce('Reset to the first weights of this seed, epoch 0.');
    this.requestRender();
  }

  #addPoint(x, y, label) {
    const round = (v) => Math.round(v * 100) / 100;
    this.setValue('points', [...this.#points, round(x), round(y), label]);
    const count = this.#session.data.X.rows + 1;
    this.announce(
      `Added a class ${label} point at (${round(x)}, ${round(y)}): ${count} training points.`,
    );
  }
}

/** A warning while the loss climbs far above where it started (steps overshooting). */
function rising(history) {
  const first = history.firstLoss;
  const now = history.latest?.loss;
  if (!(now > 1.8 * first)) return '';
  const [from, to] = [showSignificant(first, 3), showSignificant(now, 3)];
  return `The loss climbed from ${from} to ${to}: the steps overshoot. The learning rate is probably too large.`;
}
