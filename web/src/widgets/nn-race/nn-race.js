// <nn-race>: SGD, momentum, RMSprop and Adam train the same network from the same first weights
// on the same data, one full-batch step each per animation frame: four loss curves on one chart,
// four decision boundaries, the four paths on a slice of the loss surface, and each optimizer's
// update rule for one chosen weight with the numbers of the last step. Every number is the
// core's: the four networks and trainers live in a worker (race-worker.js), which also paints
// the chart, the slice and the boundaries' cells (race-painter.js); the page writes the words
// from the copies session.js keeps, and draws the boundaries' points and axes.

import { boxSize } from '../../render/canvas.js';
import { el, setText } from '../../render/dom.js';
import { canvasFont, themeColors } from '../../render/theme.js';
import { BaseWidget } from '../base/base-widget.js';
import { weakly } from '../base/weakly.js';
import { headingLevel } from '../shared/headings.js';
import { raceBoundaries } from './boundaries.js';
import { raceChart } from './chart.js';
import { raceControls } from './controls.js';
import { rulePanel } from './rule-panel.js';
import { schema } from './schema.js';
import { RaceSession } from './session.js';
import { raceSlice } from './slice.js';
import { chosenParameters, raceSpec } from './spec.js';
import { raceSummary, widestSummary } from './summary.js';
import { Turns } from './turns.js';
import { LineBoxes } from './line-boxes.js';
import axesCss from '../../render/map-axes.css' with { type: 'text' };
import boundaryCss from '../shared/boundary.css' with { type: 'text' };
import css from './nn-race.css' with { type: 'text' };

export class NnRace extends BaseWidget {
  static schema = schema;
  static styles = [axesCss, boundaryCss, css];

  #session = null;
  #parts = null;
  #playing = false;
  #turns = new Turns(); // which part a frame draws
  #asked = 0; // the next boundary asked for while playing
  #fresh = true; // a render asked for from outside (a change, a resize): draw every part
  #refs = { weight: null, surface: null }; // the last good choices
  #boxes = null; // the words' line boxes
  #theme = null; // [colors, font] as last read
  #whole = -1; // the race last drawn whole (session.race)
  #stopping = false; // Pause pressed with a step still coming: paused once it has come
  #tell = false; // Step pressed: its numbers are said when they come
  #last = false; // stopped: the last frame is coming, then every part is drawn again
  #waiting = null; // 'play' or 'step': pressed while a new race was coming, done when it comes
  #body = null; // aria-busy while a new race is coming from the worker

  /** The session's onChange, called through weakly(): static, so it captures no element. */
  static #heard = (race, kind, brought) => race.#changed(kind, brought);

  build(body) {
    this.#body = body;
    body.setAttribute('aria-busy', 'true');
    // The worker's answers reach the element only weakly (base/weakly.js): the session is held
    // by the running worker and by the disposeables list (the FinalizationRegistry's held
    // value), and a strong path from either would keep a removed, dropped element alive;
    // collected, the element's disposeables end the worker.
    this.#session = new RaceSession(weakly(this, NnRace.#heard));
    this.disposeables.push(this.#session);
    const level = headingLevel(this); // one below the page's heading before the widget
    const boxes = (this.#boxes = new LineBoxes());
    this.whileConnected(() => boxes.connect());
    const p = (this.#parts = {
      controls: raceControls({
        onPlay: () => (this.#playing ? this.#pause() : this.#play()),
        onStep: () => this.#step(),
        onReset: () => this.#reset(),
        boxes,
      }),
      summary: boxes.add(el('p', { class: 'summary num' }), () => widestSummary(this.#session)),
      chart: raceChart(level),
      boundaries: raceBoundaries(level, boxes),
      slice: raceSlice({ level, onChange: (k, value) => this.#setSurface(k, value) }),
      rules: rulePanel({ level, boxes, onChange: (value) => this.setValue('weight', value) }),
    });
    p.chart.onOpen(() => this.requestRender());
    // The chart, the slice's surface and paths and the boundaries' cells are painted where the
    // runs are.
    this.#session.canvas('chart', p.chart.canvas);
    for (const [name, canvas] of Object.entries(p.slice.canvases)) {
      this.#session.canvas(name, canvas);
    }
    p.boundaries.cells.forEach((canvas, k) => this.#session.canvas(`cells${k}`, canvas));
    body.append(
      p.controls.root,
      p.summary,
      el('div', { class: 'race-top' }, [p.chart.root, p.slice.root]),
      p.boundaries.root,
      p.rules.root,
    );
    for (const part of [p.chart, p.slice, p.boundaries]) this.observeSize(part.root);
  }

  render() {
    const session = this.#session;
    this.#sync();
    const problems = session.problem ? [session.problem] : [];
    if (session.runs.length > 0) {
      const refs = this.#choices(problems);
      this.#ask(refs);
      this.#draw(refs);
    }
    // Busy while a setup sent is not answered (a new race coming), for assistive technology and
    // for a page (or a test) waiting for the new race.
    const busy = session.coming && !session.problem;
    if (busy !== this.#body.hasAttribute('aria-busy')) {
      if (busy) this.#body.setAttribute('aria-busy', 'true');
      else this.#body.removeAttribute('aria-busy');
    }
    if (this.#playing || session.filling || this.#turns.finishing) super.requestRender();
    if (problems.length > 0) throw new Error(problems.join(' '));
  }

  /**
   * The session follows the attributes before anything steps or draws, so a press in the same
   * frame as a change acts on the new race (the worker takes messages in order). A setup the
   * core refuses comes back as the session's problem, the last race kept.
   */
  #sync() {
    if (this.#session.configure(raceSpec(this.core, this.values))) this.#playing = false;
  }

  /**
   * Asks the worker for this frame's work, one frame at a time: playing, a step and the next
   * boundary; still, whatever the choices need that is not here yet (the chosen weight's rules,
   * the slice's grid). Playing past the end (`steps` lowered below the step it has reached),
   * the race ends there as at its last step.
   */
  #ask(refs) {
    const session = this.#session;
    if (session.busy) return;
    if (this.#playing && session.done) this.#stop(true);
    else if (this.#playing) session.frame(refs, true, [this.#asked++ % 4]);
    else if (session.lacks(refs)) session.frame(refs, false, []);
  }

  /**
   * What the worker sent (kind: 'race', 'frame' or 'problem'; brought: what a frame brought that
   * is drawn, session.js): playing, the loop draws it; a new race, a problem or a Step's step is
   * drawn whole; otherwise a still race draws only the parts a frame brought (turns.js), so a
   * race that comes back on screen with a grid completed while it was away paints that slice.
   */
  #changed(kind, brought) {
    const session = this.#session;
    if (kind === 'frame' && this.#playing) {
      if (session.done) this.#stop(true);
      return;
    }
    if (kind === 'frame' && !session.busy) {
      if (this.#last) this.#turns.stop();
      this.#last = false;
      if (this.#stopping) this.#stop(false);
      if (this.#tell) this.announce(raceSummary(session));
      this.#tell = false;
    }
    // A stopping race's last frame is drawn part by part (turns.js stop()); a Step's step whole.
    if (kind !== 'frame') this.requestRender();
    else if (this.#last) super.requestRender();
    else if (brought?.step) this.requestRender();
    else {
      if (brought) this.#turns.brought(brought);
      super.requestRender();
    }
    const waiting = kind === 'race' ? this.#waiting : null;
    if (kind !== 'frame') this.#waiting = null;
    if (waiting === 'play') this.#play();
    if (waiting === 'step') this.#step();
  }

  /** The weight the rules show and the two of the slice, checked against the network's shape. */
  #choices(problems) {
    const { shape } = this.#session;
    const [refs, v] = [this.#refs, this.values];
    refs.weight = chosenParameters('weight', v.weight, shape, 1, refs.weight, problems);
    refs.surface = chosenParameters('surface', v.surface, shape, 2, refs.surface, problems);
    return refs;
  }

  /**
   * The part this frame draws or has the worker paint (turns.js): playing, one part; still,
   * everything.
   */
  #draw(refs) {
    const session = this.#session;
    const p = this.#parts;
    const [playing, fresh, step] = [this.#playing, this.#fresh, session.step];
    // The theme's colours and font are read from the styles only in a render asked for from
    // outside (a change of colour scheme is one): a playing frame reads no style.
    if (fresh || !this.#theme) this.#theme = [themeColors(this), canvasFont(this)];
    const [colors, font] = this.#theme;
    this.#fresh = false;
    // A race is drawn whole first (the worker's look, the menus, the line boxes' sizes): still,
    // at once; playing (Play pressed before it was drawn), a part a frame (turns.js FIRST).
    const first = this.#whole !== session.race;
    this.#whole = session.race;
    if (first && playing) this.#turns.first();
    const turn =
      first && !playing
        ? { part: 'all' }
        : this.#turns.next({ playing, fresh, step, now: performance.now() });
    if (!turn) return;
    const { part, run } = turn;
    const all = part === 'all';
    const runs = all || part === 'rules' ? [0, 1, 2, 3] : [run];
    // A resize or a new colour scheme while playing: the worker paints with the new look.
    if (all || fresh || part === 'look') this.#look(refs, colors, font);
    if (all || part === 'look') session.paint(['chart', 'slice', 'boundaries'], refs);
    if (all || part === 'boundary') p.boundaries.draw(session, colors, runs);
    if (part === 'chart' || part === 'slice') session.paint([part], refs);
    if (part === 'rule' || part === 'rules' || all) p.rules.show(session, refs.weight[0], runs);
    if (part === 'check') this.#boxes.check();
    if (part !== 'words' && !all) return;
    p.boundaries.describe(session);
    p.chart.describe(session);
    setText(p.summary, raceSummary(session));
    const steps = session.spec.steps;
    p.controls.set({ playing: this.#playing, step: session.step, steps, done: session.done });
    if (all) this.#boxes.check(); // a new setup, weight or step count: new widest texts
  }

  /**
   * The slice's menus and words, and how the worker paints: the canvases' sizes as last laid
   * out (read without a layout), the screen's pixel ratio, the theme, the slice's axis names.
   */
  #look(refs, colors, font) {
    const p = this.#parts;
    const [xTitle, yTitle] = p.slice.show(this.#session, refs.surface);
    const chart = boxSize(p.chart.canvas);
    const [slice] = boxSize(p.slice.canvases.paths);
    const ratio = globalThis.devicePixelRatio || 1;
    this.#session.look({ chart, slice, ratio, colors, font, xTitle, yTitle });
  }

  /** Any render asked for from outside (a change, a resize, a button) draws every part. */
  requestRender() {
    this.#fresh = true;
    super.requestRender();
  }

  #setSurface(k, value) {
    const pair = this.#refs.surface.map((r) => r.join(':'));
    pair[k] = value;
    if (pair[0] === pair[1]) pair[1 - k] = this.#refs.surface[k].join(':');
    this.setValue('surface', pair.join(','));
  }

  /** Plays: the first frame steps and writes the play bar's part of the words (Pause). */
  #play() {
    this.#sync();
    // Pressed before the race is made (a new setup, or a first press on a race not yet drawn):
    // played when it comes.
    if (this.#session.coming) this.#waiting = 'play';
    if (this.#session.coming || this.#session.done) return;
    this.#playing = true;
    this.#turns.play();
    super.requestRender(); // not an outside render: the look and the theme stay
  }

  /** Pauses; a step still coming is taken first, then the race stops where it is. */
  #pause() {
    this.#playing = false;
    if (this.#session.busy) this.#stopping = true;
    else this.#stop(false);
    super.requestRender();
  }

  /**
   * Stops playing and says where the race stands (the end, when it is over); asks for the four
   * boundaries painted as they are now (while playing, each was every fourth step). When that
   * has come, every part is drawn once more, one a frame (turns.js).
   */
  #stop(ended) {
    [this.#playing, this.#stopping, this.#last] = [false, false, true];
    this.#session.frame(this.#refs, false, [0, 1, 2, 3]);
    const said = raceSummary(this.#session);
    this.announce(ended ? `The race is over. ${said}` : `Paused. ${said}`);
  }

  #step() {
    this.#sync();
    this.#playing = false;
    const session = this.#session;
    if (session.coming) this.#waiting = 'step'; // taken when the race comes
    if (session.coming || session.done) return; // the race is coming, or over, or refused
    session.frame(this.#choices([]), true, [0, 1, 2, 3]);
    this.#tell = true;
  }

  #reset() {
    this.#sync();
    this.#playing = false;
    if (this.#session.runs.length === 0) return; // no race accepted yet (render names why)
    this.#session.reset();
    this.announce('Reset: all four runs are back at the same first weights, step 0.');
    this.requestRender();
  }
}
