// A digits run as nn-digits makes it, for the scripts that measure lesson 13's numbers: the
// widget's settings (its schema's defaults, changed by name=value arguments), the digits split
// as the site ships them, and the network and trainer made by the widget's own code
// (nn-digits/network.js) through the facade. Does not: train (each script does).
import { readMnist, splitDigits } from '../../web/site-build/digits-data.mjs';
import { loadCore } from '../../web/src/engine/core.js';
import { decodeDigits } from '../../web/src/widgets/nn-digits/digits-format.js';
import {
  createDigitsNetwork,
  createDigitsTrainer,
  digitsDataset,
  digitsSpec,
} from '../../web/src/widgets/nn-digits/network.js';
import { schema } from '../../web/src/widgets/nn-digits/schema.js';

/**
 * args: ["name=value", ...] as the command line gives them; defaults: a Map of settings the
 * script starts from instead of the schema's. Returns { v (the settings by attribute name),
 * spec, data, test, net, trainer }.
 */
export async function digitsRun(args, defaults = new Map()) {
  const settings = new Map(
    Object.entries(schema.attributes).map(([name, entry]) => [name, entry.default]),
  );
  for (const [name, value] of defaults) settings.set(name, value);
  for (const arg of args) {
    const [name, value] = arg.split('=');
    if (!settings.has(name) || name === 'goal') throw new Error(`unknown setting ${name}`);
    settings.set(name, Number.isNaN(Number(value)) ? value : Number(value));
  }
  const v = Object.fromEntries(settings);
  const spec = digitsSpec(v);
  const core = await loadCore({ moduleUrl: new URL('../../build/wasm/nn.mjs', import.meta.url) });
  const { train, test } = decodeDigits(splitDigits(await readMnist()));
  const data = digitsDataset(train, test);
  const net = createDigitsNetwork(core, spec);
  const trainer = createDigitsTrainer(core, net, data, spec);
  return { v, spec, data, test, net, trainer };
}
