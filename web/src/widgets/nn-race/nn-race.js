// <nn-race>: SGD, momentum, RMSprop and Adam train the same network from the same first weights
// on the same data, one full-batch step each per animation frame: four loss curves on one chart,
// four decision boundaries, the four paths on a slice of the loss surface, and each optimizer's
// update rule for one chosen weight with the numbers of the last step. Every number is the
// core's (session.js owns the four networks and trainers).

import { el, setText } from '../../render/dom.js';
import { canvasFont, themeColors } from '../../render/theme.js';
import { BaseWidget } from '../base/base-widget.js';
import { headingLevel } from '../shared/headings.js';
import { raceBoundaries } from './boundaries.js';
import { raceChart } from './chart.js';
import { raceControls } from './controls.js';
import { rulePanel } from './rule-panel.js';
import { schema } from './schema.js';
import { RaceSession } from './session.js';
import { raceSlice } from './slice.js';
import { chosenParameters, raceSpec } from './spec.js';
import { raceSummary } from './summary.js';
import axesCss from '../../render/map-axes.css' with { type: 'text' };
import boundaryCss from '../shared/boundary.css' with { type: 'text' };
import css from './nn-race.css' with { type: 'text' };

// While playing, the words (summary, rules, table) change four times a second.
const WORDS_MS = 250;
// While playing, each frame takes one step of each run and draws one of these in turn.
const TURNS = ['chart', 'boundary', 'slice', 'boundary'];
// The words, when due, take two frames in a row: the four rules' numbers, then the rest (the
// summary, captions, table, play bar). Half the text a frame to shape and lay out each time.
const WORDS = ['rules', 'words'];

export class NnRace extends BaseWidget {
  static schema = schema;
  static styles = [axesCss, boundaryCss, css];

  #session = null;
  #parts = null;
  #playing = false;
  #turn = 0;
  #boundary = 0; // the next boundary drawn while playing
  #wordsAt = -Infinity;
  #word = 0; // the next part of WORDS written while playing
  #filling = false; // the slice's grid is still being computed
  #fresh = true; // a render asked for from outside (a change, a resize): draw every part
  #refs = { weight: null, surface: null }; // the last good choices

  build(body) {
    this.#session = new RaceSession(this.core);
    this.disposeables.push(this.#session);
    const level = headingLevel(this); // one below the page's heading before the widget
    const p = (this.#parts = {
      controls: raceControls({
        onPlay: () => (this.#playing ? this.#pause() : this.#play()),
        onStep: () => this.#step(),
        onReset: () => this.#reset(),
      }),
      summary: el('p', { class: 'summary num' }),
      chart: raceChart(level),
      boundaries: raceBoundaries(level),
      slice: raceSlice({ level, onChange: (k, value) => this.#setSurface(k, value) }),
      rules: rulePanel({ level, onChange: (value) => this.setValue('weight', value) }),
    });
    p.chart.onOpen(() => this.requestRender());
    body.append(
      p.controls.root,
      p.summary,
      el('div', { class: 'race-top' }, [p.chart.root, p.slice.root]),
      p.boundaries.root,
      p.rules.root,
    );
    this.observeSize(p.chart.root);
    this.observeSize(p.boundaries.root);
  }

  render() {
    const problems = [];
    const session = this.#session;
    this.#sync(problems);
    if (session.runs.length === 0) throw new Error(problems.join(' '));
    const refs = this.#choices(problems);
    if (this.#playing) {
      session.advance();
      if (session.done) this.#stop(true);
    }
    this.#draw(refs);
    if (this.#playing || this.#filling) super.requestRender();
    if (problems.length > 0) throw new Error(problems.join(' '));
  }

  /**
   * The session follows the attributes before anything steps or draws, so a press in the same
   * frame as a change acts on the new race. A setup the core refuses adds its message to
   * problems and leaves the last race.
   */
  #sync(problems) {
    try {
      if (this.#session.configure(raceSpec(this.core, this.values))) this.#playing = false;
    } catch (error) {
      problems.push(error.message);
    }
  }

  /** The weight the rules show and the two of the slice, checked against the network's shape. */
  #choices(problems) {
    const { shape } = this.#session;
    const [refs, v] = [this.#refs, this.values];
    refs.weight = chosenParameters('weight', v.weight, shape, 1, refs.weight, problems);
    refs.surface = chosenParameters('surface', v.surface, shape, 2, refs.surface, problems);
    return refs;
  }

  /** Playing: one part per frame (TURNS), or the words when they are due. Still: everything. */
  #draw(refs) {
    const session = this.#session;
    const p = this.#parts;
    const [colors, font] = [themeColors(this), canvasFont(this)];
    const now = performance.now();
    const fresh = this.#fresh;
    this.#fresh = false;
    const due = this.#playing ? now - this.#wordsAt >= WORDS_MS : fresh;
    const word = due && this.#playing ? WORDS[this.#word++ % WORDS.length] : null;
    if (due && (!word || this.#word % WORDS.length === 0)) this.#wordsAt = now;
    // Still, a frame asked for only to go on computing the slice's grid draws nothing else.
    const still = fresh ? 'all' : 'fill';
    const turn = !this.#playing ? still : (word ?? TURNS[this.#turn++ % TURNS.length]);
    if (turn === 'chart' || turn === 'all') p.chart.draw(session, colors, font);
    if (turn === 'boundary' || turn === 'all') {
      const ks = turn === 'all' ? [0, 1, 2, 3] : [this.#boundary++ % 4];
      for (const k of ks) p.boundaries.draw(session, k, colors);
    }
    // The slice goes on computing its grid, a few milliseconds a frame, until it has it.
    const slice = (paint) => p.slice.draw(session, refs.surface, session.race, colors, font, paint);
    this.#filling = slice(turn === 'slice' || turn === 'all');
    if (turn === 'fill' && !this.#filling) slice(true); // the grid is complete: show it
    if (turn === 'rules' || turn === 'all') p.rules.show(session, refs.weight[0]);
    if (turn !== 'words' && turn !== 'all') return;
    p.boundaries.describe(session);
    p.chart.describe(session);
    setText(p.summary, raceSummary(session));
    const steps = session.spec.steps;
    p.controls.set({ playing: this.#playing, step: session.step, steps, done: session.done });
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
    this.#sync([]);
    if (this.#session.done) return;
    this.#playing = true;
    this.#wordsAt = -Infinity;
    this.#word = 1; // WORDS[1]: the play bar, the summary, the captions
    this.requestRender();
  }

  #pause() {
    this.#stop(false);
    this.requestRender();
  }

  /** Stops playing and says where the race stands (the end, when it is over). */
  #stop(ended) {
    this.#playing = false;
    this.#fresh = true; // the still race is drawn whole, words included
    const said = raceSummary(this.#session);
    this.announce(ended ? `The race is over. ${said}` : `Paused. ${said}`);
  }

  #step() {
    this.#sync([]);
    this.#playing = false;
    if (this.#session.done) return; // no race accepted yet (render names why), or it is over
    this.#session.advance();
    this.announce(raceSummary(this.#session));
    this.requestRender();
  }

  #reset() {
    this.#sync([]);
    this.#playing = false;
    if (this.#session.runs.length === 0) return; // no race accepted yet (render names why)
    this.#session.reset();
    this.announce('Reset: all four runs are back at the same first weights, step 0.');
    this.requestRender();
  }
}
