// <nn-digits>: a 784-256-128-10 (or 784-64-10) network trains on 8,000 real handwritten digits
// in a Web Worker (session.js), while the page shows its curves, first-layer weights, the
// test digits' confusion matrix and misreadings, and reads what the reader draws. The worker
// fetches the digits only when the reader starts (data.js); the page draws a part at a time
// (redraw.js). Every setting is an attribute.

import { setText } from '../../render/dom.js';
import { withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { weakly } from '../base/weakly.js';
import { cellList } from './cell-list.js';
import { composeDigits } from './composition.js';
import { PIXELS } from './digits-format.js';
import { DATA_URL } from './data.js';
import { digitsGoalValues } from './goal-values.js';
import { readResults } from './results.js';
import { schema } from './schema.js';
import { DigitsSession } from './session.js';
import healthCss from '../shared/health.css' with { type: 'text' };
import css from './nn-digits.css' with { type: 'text' };
import { digitsSpec } from './network.js';

export class NnDigits extends BaseWidget {
  static schema = withExercise(schema);
  static styles = [css, healthCss];

  #p = null; // the parts
  #data = null; // { test } once loaded: the page's copy of the test digits
  // The session sits in a holder the disposeables list can free without reaching the element:
  // the FinalizationRegistry keeps that list alive, so a closure over `this` there would keep
  // every removed widget (and its whole shadow tree) alive for good.
  #held = {
    session: null,
    dispose() {
      this.session?.dispose();
      this.session = null;
    },
  };

  get #session() {
    return this.#held.session;
  }

  set #session(session) {
    this.#held.session = session;
  }
  // The session's handlers, called through weakly(): static, so they capture no element.
  static #onProgress = (digits, m) => digits.#progress(m);
  static #onDiverged = (digits, m) => digits.#diverged(m);
  static #onError = (digits, m) => digits.#fail(m.message);
  #specKey = '';
  #latest = null; // the worker's copies merged (a slice's copy holds only what changed)
  #redraw = null;
  #results = null;
  #found = new Set();

  build(body) {
    this.#p = composeDigits(body, this, {
      load: () => this.#load(),
      play: () => this.#playOrPause(),
      reset: () => {
        this.#p.health.letGo();
        this.#session?.reset();
      },
      seed: () => this.setValue('seed', (this.values.seed + 1) % 2147483648),
      predict: (input) => this.#session?.predict(input) ?? null,
      testDigit: (i) => this.#testDigit(i),
      found: (i) => {
        this.#found.add(i);
        this.requestRender();
      },
      cell: (t, r) => this.#openCell(t, r),
    });
    this.disposeables.push(this.#held);
    this.#redraw = this.#p.redraws(
      {
        latest: () => this.#latest,
        results: () => this.#results,
        test: () => this.#data.test,
        drawCharts: (look) => this.#session?.drawCharts(look),
      },
      () => this.requestRender(),
    );
    this.whileConnected(() => this.#redraw.watch());
  }

  render() {
    const { controls, view } = this.#p;
    controls.sync(this.values);
    const spec = digitsSpec(this.values);
    if (this.#data && this.#session && JSON.stringify(spec) !== this.#specKey) this.#setup(spec);
    this.#p.health.expect(spec.hidden);
    // One changed part a frame; the rest in the frames after. The readout's text is written
    // after the drawing, which reads the charts' size: reading after a write costs a layout.
    if (this.#redraw.drawOne(controls.state !== 'playing')) this.requestRender();
    if (this.#latest) view.showReadout(this.#latest);
    this.#checkGoal();
  }

  async #load() {
    const { controls, status } = this.#p;
    controls.setState('loading');
    setText(status, '');
    // A new try ends the worker of the last one, whatever became of it.
    this.#session?.dispose();
    this.#session = this.#data = null;
    try {
      // Reaching the element only weakly (base/weakly.js), as nn-race's: the running worker
      // keeps no removed element alive. An arrow made here would share this method's context,
      // which holds `controls` (the shadow tree's, so the element) for the progress arrow below.
      this.#session = new DigitsSession({
        progress: weakly(this, NnDigits.#onProgress),
        diverged: weakly(this, NnDigits.#onDiverged),
        error: weakly(this, NnDigits.#onError),
      });
      this.#session.setCharts(this.#p.view.renewCharts());
      const test = await this.#session.load(DATA_URL.href, (f) => (controls.progress.value = f));
      this.#data = { test };
    } catch (error) {
      this.#session?.dispose();
      this.#session = null;
      controls.setState('idle');
      setText(status, error.message);
      return;
    }
    this.#setup(digitsSpec(this.values));
    // Reading the theme makes the browser bring the page's style up to date (90 ms at 4x CPU
    // in the first training frame that needed it): read it now, before training starts.
    this.#p.theme.colors();
    this.#p.theme.ink();
    this.requestRender();
  }

  #setup(spec) {
    this.#specKey = JSON.stringify(spec);
    this.#results = null;
    this.#p.health.letGo();
    this.#session.setup(spec);
    this.#p.controls.setState('paused');
  }

  #playOrPause() {
    if (this.#latest?.playing) this.#session.pause();
    else this.#session.play();
    this.#p.controls.setState(this.#latest?.playing ? 'paused' : 'playing');
  }

  #progress(m) {
    const { controls, status } = this.#p;
    if (m.epoch === 0) setText(status, '');
    this.#p.health.read(m.health);
    if (m.playing || m.epoch === 0) this.#p.health.goOn();
    const finished = m.epoch >= m.epochs;
    const wasPlaying = this.#latest?.playing;
    this.#latest = { ...this.#latest, ...m };
    controls.setState(m.playing ? 'playing' : finished ? 'done' : 'paused');
    if (m.read) this.#results = readResults(m.read, m.confusion, this.#data.test.labels, m.epoch);
    if (finished && wasPlaying) {
      const h = this.#latest.history;
      this.#p.view.addRun({
        shape: this.values.shape,
        dropout: this.values.dropout,
        epochs: m.epoch,
        accuracy: h.accuracy[m.epoch],
        testAccuracy: h.testAccuracy[m.epoch],
      });
    }
    this.requestRender();
  }

  /** m.climb: the last losses before the core stopped the run (it kept the last good weights). */
  #diverged(m) {
    this.#latest = { ...this.#latest, playing: false };
    this.#p.controls.setState('paused');
    setText(this.#p.status, this.#p.health.diverged(this.values['learning-rate'], m.climb));
    this.requestRender();
  }

  #fail(message) {
    this.#p.controls.setState('idle');
    setText(this.#p.status, message);
  }

  #testDigit(i) {
    if (!this.#data) return null;
    const { test } = this.#data;
    return { pixels: test.pixels.subarray(i * PIXELS, (i + 1) * PIXELS), label: test.labels[i] };
  }

  /** A click's list: all its pictures painted at once (one reader's action, not a slice). */
  #openCell(truth, reading) {
    const { theme, reading: panel, confusion } = this.#p;
    const onOpen = (i) => panel.openTest(i);
    const o = { test: this.#data.test, results: this.#results, table: theme.ink, onOpen };
    confusion.list(cellList(o, truth, reading));
  }

  #checkGoal() {
    const goal = this.values.goal;
    const values = digitsGoalValues(this.values, this.#latest, this.#found.size);
    if (this.#p.goal.check(goal, values, this)) {
      this.announce('Solved.');
      this.emit('nn-solved', { goal, ...values });
    }
  }
}
