// The fixture the widget tests compute their expected numbers with: a core Network shaped as a
// widget's `shape` attribute (sigmoid layers unless told), its flat `weights` set when given,
// and a data set from the core (XOR's four points unless told). Run in node on the same wasm
// build the page loads; the caller disposes the network.
import { loadCore } from '../../web/src/engine/core.js';
import { toParameters } from '../../web/src/widgets/shared/weights-attribute.js';

/** The core in node, from build/wasm, the build the site ships. */
export const core = await loadCore({
  moduleUrl: new URL('../../build/wasm/nn.mjs', import.meta.url),
});

/**
 * o: { shape = [2, 2, 1] (inputs, hidden units…, outputs), hidden = 'sigmoid', output =
 *   'sigmoid', loss?, seed?, weights? (flat, as the weights attribute lists them), dataset =
 *   'xor', data? (makeDataset options besides samples: 4) }. Returns { net, data }.
 */
export function coreNetwork(core, o = {}) {
  const shape = o.shape ?? [2, 2, 1];
  const layers = shape.slice(1).map((units, i) => ({
    units,
    activation: i === shape.length - 2 ? (o.output ?? 'sigmoid') : (o.hidden ?? 'sigmoid'),
  }));
  const spec = { inputs: shape[0], layers };
  if (o.loss !== undefined) spec.loss = o.loss;
  if (o.seed !== undefined) spec.seed = o.seed;
  const net = core.createNetwork(spec);
  if (o.weights) net.setParameters(toParameters(shape, o.weights));
  const data = core.makeDataset(o.dataset ?? 'xor', { samples: 4, ...o.data });
  return { net, data };
}

/**
 * The XOR network as <nn-trainer> builds it (2 inputs, sigmoid hidden layers, a sigmoid output,
 * cross-entropy, full-batch SGD), trained `epochs` epochs by the core. Returns
 * { net, losses } where losses[e] is the training loss after e epochs; dispose net.
 */
export function coreRun({ hidden, seed, learningRate }, epochs) {
  const { net, data } = coreNetwork(core, {
    shape: [2, ...hidden, 1],
    loss: 'bce',
    seed,
    data: { noise: 0, testFraction: 0, seed },
  });
  const trainer = core.createTrainer(net, data, {
    optimizer: 'sgd',
    learningRate,
    l2: 0,
    batchSize: 0,
    seed,
  });
  const losses = [trainer.evaluate().loss];
  while (trainer.epoch < epochs) {
    trainer.step();
    losses.push(trainer.evaluate().loss);
  }
  trainer.dispose();
  return { net, losses };
}
