// One core Network owned by a widget: created from a spec, rebuilt (the old one disposed) only
// when the spec changes, and disposed with the widget. A spec the core refuses throws its
// message and leaves the last good network in place. Also: a shape's seeded starting weights.

import { fromParameters } from './weights-attribute.js';

/** core: the loaded facade; disposeables: the widget's list (the network is freed with it). */
export function ownedNetwork(core, disposeables) {
  let key = '';
  let net = null;
  disposeables.push(() => {
    net?.dispose();
    net = null;
    key = '';
  });
  return {
    /** The network for spec (createNetwork's argument): the same object while spec is unchanged. */
    get(spec) {
      const wanted = JSON.stringify(spec);
      if (wanted !== key) {
        const next = core.createNetwork(spec);
        net?.dispose();
        [net, key] = [next, wanted];
      }
      return net;
    },
  };
}

/** The core's seeded starting weights for a shape, as the flat `weights` list. */
export function seededWeights(core, shape, seed = 1) {
  const layers = shape.slice(1).map((units) => ({ units, activation: 'sigmoid' }));
  const net = core.createNetwork({ inputs: shape[0], layers, seed });
  try {
    return fromParameters(net.getParameters());
  } finally {
    net.dispose();
  }
}
