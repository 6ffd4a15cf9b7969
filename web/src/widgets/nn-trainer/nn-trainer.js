// <nn-trainer>: the training playground. A network learns a 2-D data set while the reader
// watches the loss and accuracy curves, the decision boundary, each hidden neuron's map and the
// weights; play, pause, step and reset, every setting in an attribute. Training runs in
// time-boxed slices inside animation frames (loop.js), only while on screen; every
// number is the core's (session.js owns the network and the trainer).

import { formatAttribute, withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { addedText, pointEdits } from './added-points.js';
import { composeTrainer } from './composition.js';
import { ownDataSource } from './data-source.js';
import { Playback } from './playback.js';
import { schema } from './schema.js';
import { TrainingSession } from './session.js';
import { dropStrandedWeights, weightsReader } from './share.js';
import { modelPublisher, resolveSpec } from './spec.js';
import { runSummary, trainingFailed } from './status.js';
import axesCss from '../../render/map-axes.css' with { type: 'text' };
import diagramCss from '../../render/network-diagram.css' with { type: 'text' };
import viewerCss from '../shared/map-viewer.css' with { type: 'text' };
import boundaryCss from '../shared/boundary.css' with { type: 'text' };
import css from './nn-trainer.css' with { type: 'text' };
import healthCss from '../shared/health.css' with { type: 'text' };
import timelineCss from './timeline.css' with { type: 'text' };
import ownCss from './own-panels.css' with { type: 'text' };

export class NnTrainer extends BaseWidget {
  static schema = withExercise(schema);
  static styles = [
    axesCss,
    viewerCss,
    boundaryCss,
    diagramCss,
    css,
    ownCss,
    healthCss,
    timelineCss,
  ];

  #session = null;
  #playback = null;
  #parts = null;
  #message = '';
  #points = []; // the points last used (the attribute's, when it was good)
  #publisher = null;
  #fresh = true;
  #spec = null; // the last render's
  #readers = { data: ownDataSource(), weights: weightsReader() }; // the reader's data and weights

  build(body) {
    this.#session = new TrainingSession(this.core);
    this.disposeables.push(this.#session);
    this.#publisher = modelPublisher(this);
    this.#playback = new Playback(this);
    const points = pointEdits(this, this.#session, () => (this.#sync([]), this.#points));
    this.#parts = composeTrainer(body, this, this.#session, this.#readers.data, {
      play: () => (this.#playback.playing ? this.#pause() : this.#play()),
      step: () => this.#step(),
      reset: () => this.#reset(),
      clearPoints: points.clear,
      addPoint: points.add,
      cursor: points.cursor,
      go: (index) => this.#go(index),
      trainOn: () => this.#play(),
    });
  }

  render() {
    const problems = [];
    const spec = this.#sync(problems);
    if (!this.#session.network) throw new Error(problems.join(' ')); // nothing to train or draw
    this.#parts.goal.watch(this.#session.history);
    const start = performance.now();
    const playback = this.#playback;
    const running = playback.running;
    const { draw, train } = playback.frame();
    if (train) this.#train();
    // A change, or the end of a run, has every part drawn anew (over a few frames if need be).
    const fresh = this.#fresh || (running && !playback.running);
    this.#fresh = false;
    this.#spec = spec;
    if (draw || !playback.running) this.#parts.show(this.#shown, fresh);
    this.#checkGoal();
    playback.timeFrame(start, draw);
    this.#publisher.publish(this.#session.network, this.#session.version, playback.playing);
    if (playback.running || this.#parts.display.pending) super.requestRender();
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
      if (this.#session.configure(spec) === 'reset') this.#playback.stop();
    } catch (error) {
      this.#playback.stop();
      problems.push(error.message);
    }
    return this.#session.spec;
  }

  #train() {
    try {
      this.#playback.train(this.#session, this.values.speed);
    } catch (error) {
      // The core refused a step (it names why): training stops, the page and the widget go on.
      return this.#halt(trainingFailed(error));
    }
    if (this.#session.status === 'diverged')
      this.#halt(this.#parts.inspector.diverged(this.values['learning-rate']));
  }

  /** Training stops, and the status line says why (announced too). */
  #halt(message) {
    this.#playback.stop();
    this.#message = message;
    this.announce(message);
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

  /** What the parts show: the attributes, the setup in use, whether playing, the message. */
  get #shown() {
    return {
      values: this.values,
      spec: this.#spec,
      playing: this.#playback.playing,
      message: this.#message,
    };
  }

  /**
   * The exercise, on every frame: the goal counts from the exact epoch the history saw it met
   * (every epoch is checked as it is recorded, whatever the speed), with what it fixes unchanged.
   */
  #checkGoal() {
    const solved = this.#parts.solved(this.#shown);
    if (!solved) return;
    const { metAt, latest } = this.#session.history;
    this.emit('nn-solved', { goal: this.values.goal, epoch: metAt, ...latest });
    this.announce(solved);
  }

  /** Training goes on from what is shown (Play, Step, Reset), on the attributes as they are. */
  #goOn() {
    this.#sync([]);
    this.#message = '';
    this.#parts.inspector.goOn();
  }

  #play() {
    this.#goOn();
    this.#playback.play();
    this.#session.resume();
    this.requestRender();
  }

  #pause() {
    this.#playback.stop();
    this.#parts.words(this.#shown); // at once: what the page says is where training stopped
    const { epoch, history } = this.#session;
    this.announce(`Paused. ${runSummary(epoch, history.latest)}.`);
    this.requestRender();
  }

  #step() {
    this.#goOn();
    this.#session.resume();
    this.#playback.step(this.#session.epoch);
    this.requestRender();
  }

  /** Back to epoch 0 of the setup the core last accepted (render names one it refused). */
  #reset() {
    this.#goOn();
    this.#parts.inspector.startOver();
    this.#playback.stop();
    const kept = this.#points.length > 0 ? ` The ${addedText(this.#points.length / 3)} stay.` : '';
    if (this.#session.reset())
      this.announce(`Reset to the first weights of this seed, epoch 0.${kept}`);
    this.requestRender();
  }

  /** The timeline moved to checkpoint `index`: training pauses, every part shows that epoch. */
  #go(index) {
    this.#playback.stop();
    this.#message = '';
    if (!this.#session.travel.go(this.#session, index)) return;
    const { epoch, history } = this.#session;
    this.announce(`Back at ${runSummary(epoch, history.latest)}.`);
    this.requestRender();
  }
}
