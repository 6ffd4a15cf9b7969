// <nn-race>'s turns (turns.js): what each frame draws. Playing, one part a frame, only in a frame
// a new step came to, the chart and the slice in turn; the words every 250 ms over five
// frames in a row (each rule, then the rest); still, everything when asked from outside; a race
// first drawn while it plays, drawn whole first, a part a frame.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Turns } from '../../web/src/widgets/nn-race/turns.js';

const frame = (o) => ({ playing: true, fresh: false, ...o });

test('still: every part when asked from outside, else nothing', () => {
  const turns = new Turns();
  assert.deepEqual(turns.next(frame({ playing: false, fresh: true, step: 0, now: 0 })), {
    part: 'all',
  });
  assert.equal(turns.next(frame({ playing: false, step: 0, now: 0 })), null);
});

test('playing: the words first, over five frames, then one part a new step, in turn', () => {
  const turns = new Turns();
  turns.play();
  const parts = [];
  let now = 0;
  for (let step = 1; step <= 12; step++) {
    const turn = turns.next(frame({ step, now }));
    parts.push(turn.run === undefined ? turn.part : `${turn.part} ${turn.run}`);
    now += 16;
  }
  assert.deepEqual(parts, [
    'words', // Play: the play bar says Pause at once
    'chart',
    'slice',
    'chart',
    'slice',
    'chart',
    'slice',
    'chart',
    'slice',
    'chart',
    'slice',
    'chart',
  ]);
  // 250 ms after the words: each rule in its own frame, then the rest, a new step or not.
  now = 16 * 12 + 250;
  const words = [];
  for (let i = 0; i < 5; i++) {
    const turn = turns.next(frame({ step: 12, now: now + 16 * i }));
    words.push(turn.run === undefined ? turn.part : `${turn.part} ${turn.run}`);
  }
  assert.deepEqual(words, ['rule 0', 'rule 1', 'rule 2', 'rule 3', 'words']);
  // No new step and no words due: nothing drawn; a new step: the next part.
  assert.equal(turns.next(frame({ step: 12, now: now + 100 })), null);
  assert.deepEqual(turns.next(frame({ step: 13, now: now + 116 })), { part: 'slice' });
});

test('stopped: every part once more, one a frame, the play bar first; Play or a change ends it', () => {
  const turns = new Turns();
  turns.play();
  turns.next(frame({ step: 1, now: 0 }));
  turns.stop();
  const parts = [];
  for (let i = 0; turns.finishing; i++) {
    const turn = turns.next(frame({ playing: false, step: 1, now: 16 * i }));
    parts.push(turn.run === undefined ? turn.part : `${turn.part} ${turn.run}`);
  }
  assert.deepEqual(parts, ['words', 'chart', 'slice', 'rule 0', 'rule 1', 'rule 2', 'rule 3']);
  assert.equal(turns.next(frame({ playing: false, step: 1, now: 500 })), null, 'then nothing');
  turns.stop();
  assert.deepEqual(turns.next(frame({ playing: false, fresh: true, step: 1, now: 600 })), {
    part: 'all',
  });
  assert.equal(turns.finishing, false, 'a render asked from outside draws it all at once');
  turns.stop();
  turns.play();
  assert.equal(turns.finishing, false, 'Play goes on');
});

test('a race first drawn while playing: whole first, a part a frame, new step or not', () => {
  const turns = new Turns();
  turns.play();
  turns.first();
  const parts = [];
  for (let i = 0; i < 8; i++) {
    const turn = turns.next(frame({ step: 1, now: 16 * i })); // no new step after the first
    parts.push(turn && (turn.run === undefined ? turn.part : `${turn.part} ${turn.run}`));
  }
  assert.deepEqual(parts, [
    'look', // the worker's sizes and colours, and a paint of every canvas
    'words', // the play bar says Pause
    'boundary 0',
    'boundary 1',
    'boundary 2',
    'boundary 3',
    'check', // the words' boxes measured
    'words', // then as any playing race: the words, then a part a new step
  ]);
});

test('stopped before its first drawing is done: the rest of it comes before the finish', () => {
  const turns = new Turns();
  turns.play();
  turns.first();
  turns.next(frame({ step: 1, now: 0 }));
  turns.next(frame({ step: 2, now: 16 }));
  turns.stop();
  const parts = [];
  while (turns.finishing) {
    const turn = turns.next(frame({ playing: false, step: 2, now: 32 }));
    parts.push(turn.run === undefined ? turn.part : `${turn.part} ${turn.run}`);
  }
  assert.deepEqual(parts, [
    ...['boundary 0', 'boundary 1', 'boundary 2', 'boundary 3', 'check'],
    ...['words', 'chart', 'slice', 'rule 0', 'rule 1', 'rule 2', 'rule 3'],
  ]);
  turns.play();
  turns.first();
  assert.deepEqual(turns.next(frame({ playing: false, fresh: true, step: 2, now: 48 })), {
    part: 'all',
  });
  assert.equal(
    turns.next(frame({ step: 3, now: 64 })).part,
    'words',
    'an outside render drew it all',
  );
});
