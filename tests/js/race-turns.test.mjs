// <nn-race>'s turns (turns.js): what each frame draws. Playing, one part a frame, only in a frame
// a new step came to, the chart and the slice in turn; the words every 250 ms over five
// frames in a row (each rule, then the rest); still, everything when asked from outside.
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
