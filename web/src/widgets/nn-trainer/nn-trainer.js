// <nn-trainer>: the training playground. A network learns a 2-D data set while the reader
// watches the loss and accuracy curves, the decision boundary, each hidden neuron's map and the
// weights; play, pause, step and reset, every setting in an attribute. Training runs in
// time-boxed slices inside animation frames (loop.js), only while on screen; every
// number is the core's (session.js owns the network and the trainer).

import { el, setText } from '../../render/dom.js';
import { formatAttribute } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { addedPoints, addedText } from './added-points.js';
import { trainerControls } from './controls.js';
import { ownDataSource } from './data-source.js';
import { TrainingLoop } from './loop.js';
import { ownPanels } from './own-panels.js';
import { runInspector } from './run-inspector.js';
import { schema } from './schema.js';
import { TrainingSession } from './session.js';
import { dropStrandedWeights, weightsReader } from './share.js';
import { modelPublisher, resolveSpec } from './spec.js';
import { risingLoss, runSummary, trainerGoal, trainingFailed } from './status.js';
import { trainerDisplay } from './view.js';
import axesCss from '../../render/map-axes.css' with { type: 'text' };
import diagramCss from '../../render/network-diagram.css' with { type: 'text' };
import viewerCss from '../shared/map-viewer.css' with { type: 'text' };
import css from './nn-trainer.css' with { type: 'text' };
import healthCss from '../shared/health.css' with { type: 'text' };
import timelineCss from './timeline.css' with { type: 'text' };
import ownCss from './own-panels.css' with { type: 'text' };

// While training, the readout and fields change four times a second: each change costs a
// layout and a repaint of the page around them, and faster text cannot be read anyway.
const WORDS_MS = 250;

/** A coordinate as the attribute and the announcements write it: two decimals. */
const round = (v) => Math.round(v * 100) / 100;

export class NnTrainer extends BaseWidget {
  static schema = schema;
  static styles = [axesCss, viewerCss, diagramCss, css, ownCss, healthCss, timelineCss];

  #session = null;
  #loop = new TrainingLoop();
  #parts = null;
  #playing = false;
  #stepTo = -1; // the epoch a Step press trains to, over as many frames as it needs
  #message = '';
  #points = []; // the points last used (the attribute's, when it was good)
  #publisher = null;
  #wordsAt = -Infinity;
  #fresh = true;
  #spec = null; // the last render's
  #afterFrame = () => {};
  #frameEnd = null;
  #readers = { data: ownDataSource(), weights: weightsReader() }; // the reader's data and weights
  #own = null;

  build(body) {
    this.#session = new TrainingSession(this.core);
    this.disposeables.push(this.#session);
    this.#publisher = modelPublisher(this);
    this.whileConnected(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => this.#frameEnd?.();
      this.#afterFrame = (done) => {
        this.#frameEnd = done;
        channel.port2.postMessage(0);
      };
      return () => channel.port1.close();
    });
    const controls = trainerControls(this, {
      onPlay: () => (this.#playing ? this.#pause() : this.#play()),
      onStep: () => this.#step(),
      onReset: () => this.#reset(),
    });
    const added = addedPoints(() => this.#clearPoints());
    const display = trainerDisplay({
      widget: this,
      added: added.root,
      onAdd: (x, y, label) => this.#addPoint(x, y, label),
      onCursor: (x, y) => this.announce(`Cursor at (${round(x)}, ${round(y)}).`),
      onChange: () => this.requestRender(),
    });
    this.#own = ownPanels(this, this.#readers.data, () => this.#session.network);
    const p = (this.#parts = {
      controls,
      display,
      added,
      status: el('p', { class: 'status', role: 'status' }),
      goal: trainerGoal(this, controls.fields),
      inspector: runInspector(this.#session, {
        onGo: (index) => this.#go(index),
        onTrainOn: () => this.#play(),
      }),
    });
    body.append(
      controls.toolbar,
      p.inspector.timeline,
      p.status,
      p.goal.root,
      p.goal.kept,
      display.panels,
      display.charts,
      p.inspector.compare,
      p.inspector.health,
      controls.settings,
      this.#own.root,
      display.weights,
    );
    this.observeSize(display.panels);
    this.observeSize(display.charts);
  }

  render() {
    const problems = [];
    const spec = this.#sync(problems);
    if (!this.#session.network) throw new Error(problems.join(' ')); // nothing to train or draw
    this.#parts.goal.watch(this.#session.history);
    const start = performance.now();
    const running = this.#running;
    const draw = !running || this.#stepTo >= 0 || this.#loop.drawDue();
    if (running && (!draw || this.#stepTo >= 0)) this.#train();
    // A change, or the end of a run, has every part drawn anew (over a few frames if need be).
    const fresh = this.#fresh || (running && !this.#running);
    this.#fresh = false;
    if (draw || !this.#running) this.#show(spec, fresh);
    this.#spec = spec;
    this.#checkGoal();
    // The frame's whole task, style, layout, paint and commit included, ends before a message
    // posted now arrives: that is the time the loop adapts to.
    if (this.#running)
      this.#afterFrame(() => this.#loop.frameDone(performance.now() - start, draw));
    this.#publisher.publish(this.#session.network, this.#session.version, this.#playing);
    if (this.#running || this.#parts.display.pending) super.requestRender();
    if (problems.length > 0) throw new Error(problems.join(' '));
  }

  /**
   * The session follows the attributes before anything trains, adds or draws: Play or Step
   * pressed in the same frame as a new seed or data set acts on the new network (the change
   * would otherwise stop it at the next render), and a second point added before the next
   * render keeps the first. A setup the core refuses adds its message to `problems` and leaves
   * the session on the last accepted one, whose spec this returns (undefined if there is none).
   */
  #sync(problems) {
    const spec = resolveSpec(this.core, this.values, this.#points, problems, this.#readers);
    this.#points = spec.points;
    this.#parts.added.set(spec.points.length / 3);
    try {
      if (this.#session.configure(spec) === 'reset') this.#stop();
    } catch (error) {
      this.#stop();
      problems.push(error.message);
    }
    return this.#session.spec;
  }

  get #running() {
    return this.#playing || this.#stepTo >= 0;
  }

  #train() {
    const session = this.#session;
    try {
      if (this.#stepTo >= 0) {
        session.train(performance.now() + 8, this.#stepTo - session.epoch);
        if (session.epoch >= this.#stepTo || session.status !== 'ok') this.#stepTo = -1;
      } else {
        const { until, maxEpochs } = this.#loop.plan(this.values.speed);
        if (maxEpochs > 0) this.#loop.trained(session.train(until, maxEpochs));
      }
    } catch (error) {
      // The core refused a step (it names why): training stops, the page and the widget go on.
      this.#stop();
      this.#message = trainingFailed(error);
      this.announce(this.#message);
      return;
    }
    if (session.status === 'diverged') {
      this.#stop();
      this.#message = this.#parts.inspector.diverged(this.values['learning-rate']);
      this.announce(this.#message);
    }
  }

  /** A reader's edit; one that changes the network's shape or data drops shared weights. */
  setValue(name, value, why) {
    dropStrandedWeights(this, name, formatAttribute(this.entryFor(name), value));
    return super.setValue(name, value, why);
  }

  /** Any render asked for from outside (a change, a resize) redraws every part. */
  requestRender() {
    this.#fresh = true;
    super.requestRender();
  }

  #show(spec, fresh) {
    const { activation } = this.values;
    const [playing, classes, features] = [this.#playing, spec.classes, spec.features];
    const { ghost } = this.#session;
    const o = { activation, classes, features, playing, fresh, ghost };
    this.#parts.display.draw(this.#session, o);
    // While training, the words and fields change four times a second, not every frame.
    const now = performance.now();
    if (playing && now - this.#wordsAt < WORDS_MS) return;
    this.#wordsAt = now;
    this.#words(spec);
  }

  /** The readout, the fields and the status line, for the session as it is now. */
  #words(spec) {
    const { epoch, history } = this.#session;
    const p = this.#parts;
    const playing = this.#playing;
    const text = runSummary(epoch, history.latest);
    p.controls.set(this.values, { playing, text, loss: spec.autoLoss });
    this.#own.set(this.values);
    setText(p.status, this.#message || (playing ? risingLoss(history) : ''));
    p.inspector.update(this.values.activation, playing);
  }

  /**
   * The exercise, on every frame: the goal counts from the exact epoch the history saw it met
   * (every epoch is checked as it is recorded, whatever the speed), with what it fixes unchanged.
   */
  #checkGoal() {
    const { metAt, latest } = this.#session.history;
    const solved = this.#parts.goal.check(metAt);
    if (solved) {
      this.#words(this.#spec); // the readout shows the numbers that met the goal
      this.emit('nn-solved', { goal: this.values.goal, epoch: metAt, ...latest });
      this.announce(solved);
    }
  }

  #play() {
    this.#sync([]);
    this.#playing = true;
    this.#message = '';
    this.#parts.inspector.goOn();
    this.#session.resume();
    this.#loop.start();
    this.requestRender();
  }

  #pause() {
    this.#stop();
    this.#words(this.#spec); // at once: what the page says is where training stopped
    const { epoch, history } = this.#session;
    this.announce(`Paused. ${runSummary(epoch, history.latest)}.`);
    this.requestRender();
  }

  #stop() {
    this.#playing = false;
    this.#stepTo = -1;
  }

  #step() {
    this.#sync([]);
    this.#stop();
    this.#message = '';
    this.#parts.inspector.goOn();
    this.#session.resume();
    this.#stepTo = this.#session.epoch + 1;
    this.requestRender();
  }

  /** Back to epoch 0 of the setup the core last accepted (render names one it refused). */
  #reset() {
    this.#sync([]);
    this.#stop();
    this.#message = '';
    this.#parts.inspector.goOn();
    const kept = this.#points.length > 0 ? ` The ${addedText(this.#points.length / 3)} stay.` : '';
    if (this.#session.reset())
      this.announce(`Reset to the first weights of this seed, epoch 0.${kept}`);
    this.requestRender();
  }

  /** Removes the reader's points (the attribute, so the link and the embed code follow). */
  #clearPoints() {
    const n = this.#points.length / 3;
    this.setValue('points', null);
    this.#sync([]);
    this.announce(`Cleared the ${addedText(n)}: ${this.#session.data?.X.rows} training points.`);
  }

  /** The timeline moved to checkpoint `index`: training pauses, every part shows that epoch. */
  #go(index) {
    this.#stop();
    this.#message = '';
    if (!this.#session.travel.go(this.#session, index)) return;
    const { epoch, history } = this.#session;
    this.announce(`Back at ${runSummary(epoch, history.latest)}.`);
    this.requestRender();
  }

  #addPoint(x, y, label) {
    this.#sync([]);
    this.setValue('points', [...this.#points, round(x), round(y), label]);
    if (!this.#session.data) return; // no setup accepted yet to count on (render names why)
    const count = this.#session.data.X.rows + 1;
    this.announce(
      `Added a class ${label} point at (${round(x)}, ${round(y)}): ${count} training points.`,
    );
  }
}
