// The bench's arithmetic (tests/bench/report.mjs) on made-up runs: rounds are merged, and each
// round's ratio compares runs of that round, so a machine that changes speed between rounds
// does not change the ratios.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addRound, summarise } from '../bench/report.mjs';

const xor = { name: 'xor', unit: 'epoch', epochs: 1000, samples: 4, loss: 'half_mse' };
const impls = [
  { name: 'reference', native: 'ref', sameMath: true },
  { name: 'ours', module: 'x', sameMath: true, ours: true },
];
/** One round's raw result: the given seconds for each timed run, and a final loss. */
const round = (seconds, loss = 0.5) => ({
  workloads: { xor: { seconds, wall: seconds, loss, accuracy: 1 } },
});

test('rounds are appended; the ratio is the median of the rounds own ratios', () => {
  // The machine runs round 2 twice as slow for both; ours costs 1.5x the reference throughout,
  // but one of its rounds is an outlier.
  const results = {};
  for (const [ref, ours] of [
    [
      [1, 1, 1],
      [1.5, 1.5, 1.5],
    ],
    [
      [2, 2, 2],
      [3, 3, 3],
    ],
    [
      [1, 1, 1],
      [4, 4, 4],
    ],
  ]) {
    results.reference = addRound(results.reference, round(ref));
    results.ours = addRound(results.ours, round(ours));
  }
  assert.equal(results.ours.workloads.xor.seconds.length, 9);
  assert.deepEqual(results.ours.workloads.xor.rounds, [
    [1.5, 1.5, 1.5],
    [3, 3, 3],
    [4, 4, 4],
  ]);
  const { rows } = summarise([xor], impls, results);
  const ours = rows.find((r) => r.impl === 'ours');
  assert.equal(ours.ratio, 1.5); // not 3 / 1 from the pooled medians
  assert.equal(ours.value, 3000); // µs per epoch: median 3 s over 1000 epochs
});

test('an error in any round is kept, and a loss that disagrees hides the speed', () => {
  let total = addRound(undefined, round([1]));
  total = addRound(total, { error: 'crashed' });
  assert.equal(total.error, 'crashed');
  const results = {
    reference: addRound(undefined, round([1], 0.5)),
    ours: addRound(undefined, round([1], 0.6)),
  };
  const ours = summarise([xor], impls, results).rows.find((r) => r.impl === 'ours');
  assert.equal(ours.agrees, false);
  assert.ok(Number.isNaN(ours.ratio));
});
