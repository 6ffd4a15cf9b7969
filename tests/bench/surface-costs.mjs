// What a loss surface's drawing costs in node, without a page: the 40 x 40 grid of core losses
// (shared/loss-grid.js lossGrid: 1,600 calls of net.loss over lesson 7's 2-2-1 network and the
// four XOR samples, each call converting and copying X and Y into the wasm core), the 20 x 20
// grid drawn first, and the level lines over the fine grid (render/contours.js, eight levels,
// into a context that only counts). Five rounds each, the first cold. Needs build/wasm (npm run
// build:core). Reports; asserts nothing. The page's costs (cold code, the canvas) are larger:
// docs/performance.md, "First drawings", times them there.
// Usage: node tests/bench/surface-costs.mjs
import { drawContours } from '../../web/src/render/contours.js';
import { binarySamples } from '../../web/src/widgets/nn-loss/sample-losses.js';
import { lossGrid } from '../../web/src/widgets/shared/loss-grid.js';
import { core } from '../js/load.mjs';

const net = core.createNetwork({
  inputs: 2,
  layers: [
    { units: 2, activation: 'sigmoid' },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'mse',
  seed: 1,
});
const { X, Y } = binarySamples(core, 'xor', 4); // as <nn-loss> makes its samples
const shape = [2, 2, 1];
const refs = [
  [1, 0],
  [1, 1],
]; // the two output weights, as lesson 7's surface="1:0,1:1"
const grid = (size) =>
  lossGrid(net, shape, X, Y, refs, { xDomain: [-8, 8], yDomain: [-8, 8], size });
const counting = { beginPath() {}, moveTo() {}, lineTo() {}, stroke() {} };

const time = (what) => {
  const t = performance.now();
  const result = what();
  return [performance.now() - t, result];
};
const rounds = (name, what) => {
  const ms = Array.from({ length: 5 }, () => time(what)[0].toFixed(1));
  console.log(`${name.padEnd(34)} ${ms.join(', ')} ms`);
};
rounds('coarse grid, 20 x 20 core losses', () => grid(20));
rounds('fine grid, 40 x 40 core losses', () => grid(40));
const fine = grid(40);
const shade = Array.from(fine.values, (v) => Math.sqrt(Math.max(0, v)));
const [lo, hi] = [Math.min(...shade), Math.max(...shade)];
const levels = Array.from({ length: 8 }, (_, i) => lo + ((i + 1) * (hi - lo)) / 9);
rounds('level lines, 40 x 40, eight levels', () =>
  drawContours(counting, { ...fine, values: shade, levels, width: 300, height: 300 }),
);
net.dispose();
