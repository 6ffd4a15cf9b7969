// Which part of <nn-race> a frame draws, so that a playing frame draws at most one canvas or one
// block of words. Still: every part when the render was asked from outside (a change, a button,
// a resize), else only a slice grid that has come. Playing: the parts in turn (TURNS), one a
// frame and only in a frame the worker brought a new step to; and four times a second the
// words, over five frames in a row: each rule's numbers, then the rest (the summary, captions,
// table, play bar). Decides only: nn-race.js draws.

const WORDS_MS = 250;
const TURNS = ['chart', 'boundary', 'slice', 'boundary'];
const WORDS = ['rule', 'rule', 'rule', 'rule', 'words'];

export class Turns {
  #turn = 0;
  #boundary = 0; // the run whose boundary is drawn next
  #rule = 0; // the run whose rule is written next
  #word = 0; // the next of WORDS
  #wordsAt = -Infinity; // when the words were last written whole
  #drawn = -1; // the step the last playing frame drew

  /** Play was pressed: the first frame writes the play bar (Pause) and the rest of the words. */
  play() {
    this.#wordsAt = -Infinity;
    this.#word = WORDS.length - 1;
  }

  /**
   * o: { playing, fresh (asked from outside), step (the race's now), behind (a slice grid has
   * come that the paths are not drawn over), now (ms) }. Returns { part: 'all' | 'fill' |
   * 'chart' | 'boundary' | 'slice' | 'rule' | 'words', run (for a boundary or a rule) }, or
   * null: nothing to draw.
   */
  next({ playing, fresh, step, behind, now }) {
    if (!playing) return { part: fresh ? 'all' : 'fill' };
    const stale = step === this.#drawn;
    this.#drawn = step;
    if (now - this.#wordsAt >= WORDS_MS) {
      const part = WORDS[this.#word];
      this.#word = (this.#word + 1) % WORDS.length;
      if (this.#word === 0) this.#wordsAt = now;
      return part === 'rule' ? { part, run: this.#rule++ % 4 } : { part };
    }
    if (stale) return null;
    // The paths follow a new surface grid in the next frame (its axes have changed).
    if (behind) return { part: 'slice' };
    const part = TURNS[this.#turn++ % TURNS.length];
    return part === 'boundary' ? { part, run: this.#boundary++ % 4 } : { part };
  }
}
