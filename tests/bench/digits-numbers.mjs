// The numbers lesson 13 states, measured as the widget computes them: the digits split as the
// site ships them, the network and trainer made by the widget's own code (nn-digits/network.js)
// with the widget's settings and seeds, through the facade. Prints each epoch's training and
// test accuracy (percent, as the widget shows them), the gap between them, and how many of the
// 2,000 test digits the widget would call unsure (largest output below SURE, nn-digits/unsure.js),
// with how many of those it misreads.
// Usage: node tests/bench/digits-numbers.mjs [shape=784-256-128-10] [dropout=0] [epochs=10]
//        [seed=1] [learning-rate=0.001] [batch-size=64] [optimizer=adam]
import { SURE } from '../../web/src/widgets/nn-digits/unsure.js';
import { digitsRun } from './digits-run.mjs';

const { v, spec, data, test, net, trainer } = await digitsRun(process.argv.slice(2));
const percent = (x) => (100 * x).toFixed(1);
console.log(`${v.shape}, ${JSON.stringify(spec)}`);
/** [unsure, of them misread]: test digits whose largest output is below SURE. */
function unsure() {
  const out = net.predict(data.Xtest).data; // 2,000 x 10, row-major
  let [count, wrong] = [0, 0];
  for (let r = 0; r < test.count; r++) {
    const row = out.subarray(r * 10, r * 10 + 10);
    const best = row.indexOf(Math.max(...row));
    if (row[best] >= SURE) continue;
    count++;
    wrong += best !== data.labelsTest[r];
  }
  return [count, wrong];
}
console.log('epoch  train %  test %  gap (points)  unsure (misread)  seconds');
const start = performance.now();
for (let epoch = 0; epoch <= v.epochs; epoch++) {
  if (epoch > 0) while (trainer.epoch < epoch) trainer.step();
  const e = trainer.evaluate();
  const [doubts, misread] = unsure();
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(
    `${epoch}  ${percent(e.accuracy)}  ${percent(e.testAccuracy)}  ${(100 * (e.accuracy - e.testAccuracy)).toFixed(1)}  ${doubts} (${misread})  ${seconds}`,
  );
}
trainer.dispose();
net.dispose();
