// <nn-digits>: a 784-256-128-10 (or 784-64-10) network trains on 8,000 real handwritten digits
// in a Web Worker (session.js), while the page shows its curves, first-layer weights, the
// test digits' confusion matrix and misreadings, and reads what the reader draws. The worker
// fetches the digits only when the reader starts (data.js); the page draws a part at a time
// (redraw.js). Every setting is an attribute.

import { el, setText } from '../../render/dom.js';
import { inkTable } from '../../render/digit-image.js';
import { canvasFont, themeColors } from '../../render/theme.js';
import { withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { goalStatus } from '../shared/goal-status.js';
import { headingLevel } from '../shared/headings.js';
import { confusionMatrix } from './confusion.js';
import { digitsControls } from './controls.js';
import { PIXELS } from './digits-format.js';
import { DATA_URL } from './data.js';
import { readingPanel } from './reading.js';
import { redrawParts } from './redraw.js';
import { cellDigits, readResults } from './results.js';
import { schema } from './schema.js';
import { DigitsSession } from './session.js';
import healthCss from '../shared/health.css' with { type: 'text' };
import css from './nn-digits.css' with { type: 'text' };
import { thumbnailStrip } from './thumbnails.js';
import { digitsHealth } from './training-health.js';
import { digitsView } from './view.js';
import { misreadGallery } from './gallery.js';
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
  #specKey = '';
  #latest = null; // the worker's copies merged (a slice's copy holds only what changed)
  #redraw = null;
  #results = null;
  #found = new Set();
  #table = null;
  #theme = null; // { dark, colors, font }: read again only when the colour scheme changes

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
    const gallery = misreadGallery({
      table: () => this.#ink(),
      onOpen: (i) => reading.openTest(i),
    });
    const level = headingLevel(this);
    const health = digitsHealth(level);
    this.#p = {
      health,
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
      health.root,
      reading.root,
      el(`h${level}`, { text: 'Where it goes wrong' }),
      confusion.root,
      el(`h${Math.min(6, level + 1)}`, { text: 'Misread test digits' }),
      gallery.root,
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
          draw: () => view.showChart(i, this.#latest, this.#colors(), this.#theme.font),
          sized: view.charts,
        })),
        {
          key: () => [this.#latest?.weights],
          draw: () => view.showWeights(this.#latest.weights, this.#colors()),
          seen: view.weights,
        },
        { key: results, draw: () => confusion.show(this.#results.counts) },
        { key: results, draw: () => gallery.show(this.#results.misread, this.#data.test) },
        { key: health.key, draw: health.draw },
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
    // One changed part a frame; the rest in the frames after. The readout's text is written
    // after the drawing, which reads the charts' size: reading after a write costs a layout.
    if (this.#redraw.drawOne()) this.requestRender();
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
      this.#session = new DigitsSession({
        progress: (m) => this.#progress(m),
        diverged: (m) => this.#diverged(m),
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
    // Reading the theme makes the browser bring the page's style up to date (90 ms at 4x CPU
    // in the first training frame that needed it): read it now, before training starts.
    this.#colors();
    this.#ink();
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
    this.#p.health.read(m.health);
    if (m.playing || m.epoch === 0) this.#p.health.goOn();
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

  /** The grey levels' colours, from the theme (made once). */
  #ink() {
    this.#table ??= inkTable(this.#p.view.charts.firstChild.getContext('2d'), themeColors(this));
    return this.#table;
  }

  /**
   * The theme's colours for the canvases (render/theme.js), read once per colour scheme: a
   * getComputedStyle per draw cost a chart's frame as much as the chart. A new scheme also
   * makes the pictures' colour tables again.
   */
  #colors() {
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    if (this.#theme?.dark !== dark) {
      if (this.#theme) {
        this.#p.view.forgetColors();
        this.#table = null;
      }
      this.#theme = { dark, colors: themeColors(this), font: canvasFont(this) };
    }
    return this.#theme.colors;
  }

  /** A click's list: all its pictures painted at once (one reader's action, not a slice). */
  #openCell(truth, reading) {
    const { test } = this.#data;
    const indices = cellDigits(this.#results, test.labels, truth, reading);
    const strip = thumbnailStrip({
      test,
      table: () => this.#ink(),
      onOpen: (i) => this.#p.reading.openTest(i),
    });
    strip.show(indices, (i) => `test digit ${i + 1}`);
    strip.paint(Infinity);
    this.#p.confusion.list(
      el('div', {}, [
        el('p', { text: `${indices.length} test digits that are ${truth}, read as ${reading}:` }),
        strip.root,
      ]),
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
