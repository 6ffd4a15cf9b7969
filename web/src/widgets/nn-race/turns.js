// Which part of <nn-race> a frame draws or has painted, so that a playing frame changes at most
// one canvas or one block of words (the boundary a frame asks for is painted in the worker
// with the frame's step, session.js). Still: every part when the render was asked from outside
// (a change, a button, a resize), else nothing (the worker paints a slice grid as it comes).
// Playing: the parts in turn (TURNS), one a frame and only in a frame the worker brought a new
// step to; and four times a second the words, over five frames in a row: each rule's numbers,
// then the rest (the summary, captions, table, play bar). A race first drawn while it plays
// (Play pressed before it was drawn) is drawn whole first, a part a frame (FIRST). When a race
// stops (its end, or Pause), every part once more at the last step, one a frame (FINISH). A
// still race's frame that brought a complete slice grid or another weight's rules has the parts
// that show them drawn the same way.
// Decides only: nn-race.js draws.

const WORDS_MS = 250;
const TURNS = ['chart', 'slice'];
const WORDS = ['rule', 'rule', 'rule', 'rule', 'words'];
// What a still race's 'all' draws besides the parts played in turn: the worker's look (sizes,
// colours) and a paint of every canvas, each boundary's points and axes, the words' line boxes.
const FIRST = [
  { part: 'look' },
  { part: 'words' }, // the play bar says Pause at once
  ...[0, 1, 2, 3].map((run) => ({ part: 'boundary', run })),
  { part: 'check' },
];
const FINISH = [
  { part: 'words' }, // the play bar says Play at once
  { part: 'chart' },
  { part: 'slice' },
  ...[0, 1, 2, 3].map((run) => ({ part: 'rule', run })),
];

export class Turns {
  #turn = 0;
  #rule = 0; // the run whose rule is written next
  #word = 0; // the next of WORDS
  #wordsAt = -Infinity; // when the words were last written whole
  #drawn = -1; // the step the last playing frame drew
  #finish = []; // the parts left to draw once, one a frame, while still
  #first = []; // the parts left to draw of a race first drawn while playing

  /** Play was pressed: the first frame writes the play bar (Pause) and the rest of the words. */
  play() {
    this.#wordsAt = -Infinity;
    this.#word = WORDS.length - 1;
    this.#finish = [];
  }

  /** A race not drawn yet plays: it is drawn whole first, a part a frame, in the frames to come. */
  first() {
    this.#first = [...FIRST];
  }

  /**
   * The race stopped and its last step came: what is left of its first drawing, then every part
   * once more, one a frame.
   */
  stop() {
    this.#finish = [...this.#first, ...FINISH];
    this.#first = [];
  }

  /**
   * A still race's frame brought { slice (a complete grid), rules (another weight's) }
   * (session.js): the parts that show them ('slice', 'rules': the four at once) join those left
   * to draw, each once.
   */
  brought({ slice, rules }) {
    const parts = [...(slice ? ['slice'] : []), ...(rules ? ['rules'] : [])];
    const queued = (part) => this.#finish.some((q) => q.part === part);
    this.#finish.push(...parts.filter((part) => !queued(part)).map((part) => ({ part })));
  }

  /** True while parts are left to draw after the race stopped or a still frame brought some. */
  get finishing() {
    return this.#finish.length > 0;
  }

  /**
   * o: { playing, fresh (asked from outside), step (the race's now), now (ms) }. Returns { part:
   * 'all' | 'look' | 'chart' | 'slice' | 'boundary' | 'rule' | 'rules' | 'words' | 'check', run
   * (for a rule or a boundary) }, or null: nothing to draw.
   */
  next({ playing, fresh, step, now }) {
    if (!playing && fresh) {
      [this.#finish, this.#first] = [[], []]; // every part now
      return { part: 'all' };
    }
    if (!playing) return this.#finish.shift() ?? null;
    if (this.#first.length > 0) return this.#first.shift();
    const stale = step === this.#drawn;
    this.#drawn = step;
    if (now - this.#wordsAt >= WORDS_MS) {
      const part = WORDS[this.#word];
      this.#word = (this.#word + 1) % WORDS.length;
      if (this.#word === 0) this.#wordsAt = now;
      return part === 'rule' ? { part, run: this.#rule++ % 4 } : { part };
    }
    if (stale) return null;
    return { part: TURNS[this.#turn++ % TURNS.length] };
  }
}
