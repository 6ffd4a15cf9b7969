// <nn-digits>: a 784-256-128-10 (or 784-64-10) network trains on 8,000 real handwritten digits
// in a Web Worker (session.js), while the page shows its curves, first-layer weights, the
// test digits' confusion matrix and misreadings, and reads what the reader draws. The worker
// fetches the digits only when the reader starts (data.js); the page draws a part at a time
// (redraw.js). Every setting is an attribute.

import { el, setText } from '../../render/dom.js';
import { inkTable } from '../../render/digit-image.js';
import { canvasFont, themeColors } from '../../render/theme.js';
import { BaseWidget } from '../base/base-widget.js';
import { goalStatus } from '../shared/goal-status.js';
import { confusionMatrix } from './confusion.js';
import { digitsControls } from './controls.js';
import { PIXELS } from './digits-format.js';
import { DATA_URL } from './data.js';
import { headingLevel } from '../shared/headings.js';
import { readingPanel } from './reading.js';
import { redrawParts } from './redraw.js';
import { cellDigits, readResults } from './results.js';
import { schema } from './schema.js';
import { DigitsSession } from './session.js';
import css from './nn-digits.css' with { type: 'text' };
import { thumbnails } from './thumbnails.js';
import { digitsView } from './view.js';
import { digitsSpec } from './network.js';

export class NnDigits extends BaseWidget {
  static schema = schema;
  static styles = [css];

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
  #specKey = '';
  #latest = null; // the worker's copies merged (a slice's copy holds only what changed)
  #redraw = null;
  #results = null;
  #found = new Set();
  #table = null;

  build(body) {
    const view = digitsView();
    const controls = digitsControls({
      widget: this,
      schema,
      onLoad: () => this.#load(),
      onPlay: () => this.#playOrPause(),
      onReset: () => this.#session?.reset(),
      onSeed: () => this.setValue('seed', (this.values.seed + 1) % 2147483648),
    });
    const reading = readingPanel({
      predict: (input) => this.#session?.predict(input) ?? null,
      table: () => this.#ink(),
      testDigit: (i) => this.#testDigit(i),
      onFound: (i) => {
        this.#found.add(i);
        this.requestRender();
      },
    });
    const confusion = confusionMatrix({ onCell: (t, r) => this.#openCell(t, r) });
    confusion.show(null); // every count button named from the start, before any reading
    const gallery = el('div', { class: 'gallery' });
    const level = headingLevel(this);
    this.#p = {
      view,
      controls,
      reading,
      confusion,
      gallery,
      status: el('p', { class: 'status', role: 'status' }),
      goal: goalStatus(),
    };
    body.append(
      controls.toolbar,
      this.#p.status,
      this.#p.goal.root,
      view.readout,
      view.charts,
      reading.root,
      el(`h${level}`, { text: 'Where it goes wrong' }),
      confusion.root,
      el(`h${Math.min(6, level + 1)}`, { text: 'Misread test digits' }),
      gallery,
      view.weights,
      view.runs,
      controls.settings,
    );
    this.disposeables.push(this.#held);
    const results = () => [this.#results];
    this.#redraw = redrawParts(
      [
        ...[0, 1].map((i) => ({
          key: () => [this.#latest?.history, this.#latest?.playing],
          draw: () => view.showChart(i, this.#latest, themeColors(this), canvasFont(this)),
          sized: view.charts,
        })),
        {
          key: () => [this.#latest?.weights],
          draw: () => view.showWeights(this.#latest.weights, themeColors(this)),
          seen: view.weights,
        },
        { key: results, draw: () => confusion.show(this.#results.counts) },
        { key: results, draw: () => this.#showGallery() },
      ],
      () => this.requestRender(),
    );
    this.whileConnected(() => this.#redraw.watch());
  }

  render() {
    const { controls, view } = this.#p;
    controls.sync(this.values);
    const spec = digitsSpec(this.values);
    if (this.#data && this.#session && JSON.stringify(spec) !== this.#specKey) this.#setup(spec);
    if (this.#latest) view.showReadout(this.#latest);
    // One changed part a frame; the rest in the frames after.
    if (this.#redraw.drawOne()) this.requestRender();
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
      this.#session = new DigitsSession({
        progress: (m) => this.#progress(m),
        diverged: () => this.#diverged(),
        error: (m) => this.#fail(m.message),
      });
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
    this.requestRender();
  }

  #setup(spec) {
    this.#specKey = JSON.stringify(spec);
    this.#results = null;
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
    const finished = m.epoch >= m.epochs;
    const wasPlaying = this.#latest?.playing;
    this.#latest = { ...this.#latest, ...m };
    controls.setState(m.playing ? 'playing' : finished ? 'done' : 'paused');
    if (m.read) this.#results = readResults(m.read, m.confusion, this.#data.test.labels);
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

  #diverged() {
    this.#latest = { ...this.#latest, playing: false };
    this.#p.controls.setState('paused');
    setText(
      this.#p.status,
      `Training diverged at learning rate ${this.values['learning-rate']}: a step made the loss infinite. The network keeps its last good weights; try a smaller rate.`,
    );
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

  /** The grey levels' colours, from the theme (made once). */
  #ink() {
    this.#table ??= inkTable(this.#p.view.charts.firstChild.getContext('2d'), themeColors(this));
    return this.#table;
  }

  #thumbs(indices, caption) {
    return thumbnails(indices, {
      test: this.#data.test,
      caption,
      table: this.#ink(),
      onOpen: (i) => this.#p.reading.openTest(i),
    });
  }

  #openCell(truth, reading) {
    const indices = cellDigits(this.#results, this.#data.test.labels, truth, reading);
    this.#p.confusion.list(
      el('div', {}, [
        el('p', { text: `${indices.length} test digits that are ${truth}, read as ${reading}:` }),
        this.#thumbs(indices, (i) => `test digit ${i + 1}`),
      ]),
    );
  }

  #showGallery() {
    const { misread } = this.#results;
    this.#p.gallery.replaceChildren(
      el('p', {
        text: `${misread.length} of ${this.#data.test.count} test digits misread. Open one to see what the network read.`,
      }),
      this.#thumbs(misread, (i) => `a ${this.#data.test.labels[i]} (test digit ${i + 1})`),
    );
  }

  #checkGoal() {
    const goal = this.values.goal;
    const h = this.#latest?.history;
    const test = h ? h.testAccuracy[h.testAccuracy.length - 1] : NaN;
    const train = h ? h.accuracy[h.accuracy.length - 1] : NaN;
    // The gap counts only for a finished run with dropout that reads 95 % of the test digits:
    // an untrained network has no gap either.
    const full =
      this.#latest && this.#latest.epoch >= this.values.epochs && this.values.dropout > 0;
    const values = {
      accuracy: test,
      gap: full && test >= 0.95 ? train - test : Infinity,
      found: this.#found.size,
    };
    if (this.#p.goal.check(goal, values, this)) {
      this.announce('Solved.');
      this.emit('nn-solved', { goal, ...values });
    }
  }
}
