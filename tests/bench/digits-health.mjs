// The training-health numbers lesson 13 states, measured as nn-digits computes them (the
// widget's network.js, the core's trainer.health(), the shared advice and divergence words):
// for each run, the dead units per hidden layer and the advice at the end of the given epoch,
// or the words the widget shows when the core stops a diverging run.
// Usage: node tests/bench/digits-health.mjs [optimizer=adam] [learning-rate=0.001] [epochs=1]
//        [shape=784-256-128-10] [seed=1] [batch-size=64]
import { RecentLosses, explainDivergence } from '../../web/src/widgets/shared/divergence.js';
import { healthAdvice } from '../../web/src/widgets/shared/health-advice.js';
import { schema } from '../../web/src/widgets/nn-digits/schema.js';
import { digitsRun } from './digits-run.mjs';

const RATE = schema.attributes['learning-rate'];

globalThis.location ??= { pathname: '/' }; // the advice's lesson links: off the site, no href
const { v, spec, net, trainer } = await digitsRun(process.argv.slice(2), new Map([['epochs', 1]]));
const losses = new RecentLosses();
console.log(`${v.shape}, ${JSON.stringify(spec)}`);
let steps = 0;
while (trainer.epoch < v.epochs) {
  const { loss, status } = trainer.step();
  steps++;
  losses.record(loss);
  if (status === 'diverged') {
    console.log(`diverged at step ${steps} (epoch ${trainer.epoch}):`);
    const then = '(a new network starts with it)';
    console.log(explainDivergence(v['learning-rate'], losses, { min: RATE.min, then }).text);
    break;
  }
}
const health = trainer.health();
const e = trainer.evaluate();
console.log(`after ${steps} steps: test accuracy ${(100 * e.testAccuracy).toFixed(1)} %`);
health.forEach((h, l) =>
  console.log(`layer ${l + 1}: gradient RMS ${h.gradientRms}, ${h.dead} of ${h.units} dead`),
);
console.log('advice:', healthAdvice(health, 'relu')?.text ?? 'none');
trainer.dispose();
net.dispose();
