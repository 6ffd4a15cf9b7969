// <nn-race>'s runs (the worker's side) and update rules against the facade: the four runs start from identical
// weights, each run's losses equal, bit for bit, a plain Trainer's with that optimizer from the
// same weights, and for every parameter of every layer the rule written out with the step's
// numbers gives the change the core made (Δw) and the state the core kept (read from save()).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parameterState } from '../../web/src/widgets/nn-race/moments.js';
import { RUNS } from '../../web/src/widgets/nn-race/rules.js';
import { RaceRuns, lastStep } from '../../web/src/widgets/nn-race/runs.js';
import { SliceGrid, sliceWhat } from '../../web/src/widgets/nn-race/slice-grid.js';
import { lossGrid } from '../../web/src/widgets/shared/loss-grid.js';
import { raceSpec } from '../../web/src/widgets/nn-race/spec.js';
import { schema } from '../../web/src/widgets/nn-race/schema.js';
import { flatIndex, parameterCount } from '../../web/src/widgets/shared/weights-attribute.js';
import { core } from './load.mjs';

const STEPS = 25;

/** The race's spec for the schema's defaults with `changes` (attribute name -> parsed value). */
function specOf(changes = {}) {
  const values = Object.fromEntries(
    Object.entries(schema.attributes).map(([name, entry]) => [name, entry.default]),
  );
  return raceSpec(core, { ...values, ...changes });
}

/** Every parameter [layer, index] of a shape. */
function allParameters(shape) {
  return shape
    .slice(0, -1)
    .flatMap((fanIn, layer) =>
      Array.from({ length: parameterCount([fanIn, shape[layer + 1]]) }, (_, index) => [
        layer,
        index,
      ]),
    );
}

for (const changes of [{}, { dataset: 'spiral3', samples: 60, 'hidden-layers': [5, 3] }]) {
  const name = changes.dataset ?? 'circle';
  test(`${name}: four runs from identical first weights, each equal to a plain Trainer`, () => {
    const session = new RaceRuns(core);
    const spec = specOf(changes);
    session.configure(spec);
    const first = session.runs.map((r) => r.net.getParameters());
    for (const other of first.slice(1)) assert.deepEqual(other, first[0]);
    for (let s = 0; s < STEPS; s++) session.advance();
    const finals = session.runs.map((r) => r.losses.at(-1));
    assert.equal(new Set(finals).size, 4, `four different losses: ${finals}`);
    session.runs.forEach((run, k) => {
      const net = core.createNetwork(spec.network);
      const data = core.makeDataset(spec.data.name, spec.data);
      const options = { optimizer: RUNS[k].name, learningRate: spec.rates[k], batchSize: 0 };
      const trainer = core.createTrainer(net, data, { ...options, seed: spec.network.seed });
      const losses = [trainer.evaluate().loss];
      for (let s = 0; s < STEPS; s++) {
        trainer.step();
        losses.push(trainer.evaluate().loss);
      }
      assert.deepEqual(run.losses, losses, `${run.name}'s losses`);
      assert.deepEqual(run.net.getParameters(), net.getParameters(), `${run.name}'s weights`);
      trainer.dispose();
      net.dispose();
    });
    session.dispose();
  });

  test(`${name}: each rule's Δw and state equal what the core did, for every parameter`, () => {
    const session = new RaceRuns(core);
    session.configure(specOf(changes));
    const shape = session.shape;
    for (let s = 1; s <= 6; s++) {
      session.advance();
      for (const run of session.runs) {
        for (const ref of allParameters(shape)) {
          const step = lastStep(session, run, ref);
          const where = `${run.name} step ${s} parameter ${ref.join(':')}`;
          assert.equal(step.t, s, where);
          const change = step.after - step.before;
          // w_after − w_before loses the digits below w's last bit (about 2⁻⁵² |w|).
          const size = Math.max(Math.abs(step.before), Math.abs(step.after));
          const tolerance = 1e-15 * size + 1e-12 * Math.abs(change);
          assert.ok(
            Math.abs(step.delta - change) <= tolerance,
            `${where}: ${step.delta} vs ${change}`,
          );
          // The state the rule computes is the state the core kept: momentum's v, RMSprop's
          // s, Adam's m and v.
          const kept = parameterState(run.last.after, shape, session.data.X.rows, ref);
          const term = (symbol) => step.terms.find((t) => t.symbol === symbol).value;
          const close = (a, b) => Math.abs(a - b) <= 1e-12 * Math.abs(b) + 1e-300;
          if (run.name === 'momentum') assert.ok(close(term('v'), kept.s1), where);
          if (run.name === 'rmsprop') assert.ok(close(term('s'), kept.s1), where);
          if (run.name === 'adam') {
            assert.ok(close(term('m'), kept.s1), where);
            assert.ok(close(term('v'), kept.s2), where);
          }
        }
      }
    }
    session.dispose();
  });
}

test('a changed setup starts again at step 0; the same setup changes nothing', () => {
  const session = new RaceRuns(core);
  assert.equal(session.configure(specOf()), true);
  session.advance();
  assert.equal(session.configure(specOf()), false);
  assert.equal(session.step, 1);
  assert.equal(session.configure(specOf({ 'learning-rates': [0.1, 0.1, 0.1, 0.1] })), true);
  assert.equal(session.step, 0);
  assert.deepEqual(
    session.runs.map((r) => r.rate),
    [0.1, 0.1, 0.1, 0.1],
  );
  session.dispose();
});

test("the slice's grid: the loss at the first weights over the pair, its span doubling as a path leaves it", () => {
  const runs = new RaceRuns(core);
  runs.configure(specOf({ 'learning-rates': [3, 3, 3, 3] })); // large steps: the paths go far
  const refs = [
    [0, 0],
    [0, 1],
  ];
  const slice = new SliceGrid();
  const complete = () => {
    let grid = null;
    while (slice.filling) grid = slice.fill(runs) ?? grid;
    return grid;
  };
  slice.follow(runs, 7, refs);
  const first = complete();
  assert.equal(first.what, sliceWhat(7, refs));
  // The grid is the core's loss over the pair, every other parameter at the first weights.
  const shape = runs.shape;
  const at = refs.map(([l, j]) => flatIndex(shape, l, j));
  const centre = at.map((i) => runs.runs[0].params[0][i]);
  assert.deepEqual(first.xDomain, [centre[0] - 1, centre[0] + 1]);
  const net = core.createNetwork(runs.spec.network);
  const size = { xDomain: first.xDomain, yDomain: first.yDomain, size: first.grid.rows };
  const expected = lossGrid(net, shape, runs.data.X, runs.Y, refs, size);
  assert.deepEqual(first.grid.values, expected.values);
  net.dispose();
  // Steps until some run's path leaves 90 % of the span: a new grid twice as wide, once.
  const far = () =>
    Math.max(
      ...runs.runs.flatMap((r) =>
        r.params.flatMap((p) => at.map((i, k) => Math.abs(p[i] - centre[k]))),
      ),
    );
  while (far() <= 0.9 && runs.step < 200) runs.advance();
  assert.ok(far() > 0.9, 'a path left the first span');
  slice.follow(runs, 7, refs);
  assert.ok(slice.filling, 'a new grid for a wider span');
  const wider = complete();
  const span = (wider.xDomain[1] - wider.xDomain[0]) / 2; // doubled as often as it took
  assert.ok(far() <= 0.9 * span && far() > 0.45 * span, `span ${span}, farthest ${far()}`);
  runs.dispose();
});
