// The JS facade: the only module widgets, lessons and tests use to reach the C++ core.
// It loads the wasm once, reads the core's name tables, checks argument types, and returns
// plain objects; every C++ error arrives as an Error with the core's message. See docs/api.md.
import { name, num, numbers, optionsOf } from './args.js';
import { checked } from './handle.js';
import { loadModule } from './load-core.js';
import { toMatrix } from './matrix.js';
import { readModel } from './model-file.js';
import { Network } from './network.js';
import { Perceptron } from './perceptron.js';
import { Trainer } from './trainer.js';

let corePromise = null;

/**
 * The page's one Core.
 * @param {{ moduleUrl?: URL | string }} [options]
 * @returns {Promise<Core>}
 */
export function loadCore(options) {
  corePromise ??= loadModule(options).then((Module) => new Core(Module));
  return corePromise;
}

export class Core {
  #Module;

  constructor(Module) {
    this.#Module = Module;
    const tables = Module.tables();
    /** @type {{ name, formula, derivative, hidden, output }[]} */
    this.activations = tables.activations;
    this.losses = tables.losses;
    this.optimizers = tables.optimizers;
    this.datasets = tables.datasets;
    this.initializers = tables.initializers;
    Object.freeze(this);
  }

  /** z = w . x + b, output = f(z), slope = f'(z) */
  neuron(spec) {
    const { inputs, weights, bias = 0, activation = 'sigmoid' } = optionsOf(spec, 'neuron');
    return this.#call(
      'neuron',
      numbers(inputs, 'neuron', 'inputs'),
      numbers(weights, 'neuron', 'weights'),
      num(bias),
      name(activation, 'neuron', 'activation'),
    );
  }

  /** f(z) and f'(z) for each z: { value, slope } */
  activate(activation, z) {
    const zs = typeof z === 'number' ? [z] : numbers(z, 'activate', 'z');
    return this.#call('activate', name(activation, 'activate', 'activation'), zs);
  }

  /**
   * @param {{ inputs: number, layers: { units: number, activation: string, dropout?: number }[],
   *           loss?: string, init?: string, seed?: number, precision?: 'float64' | 'float32' }} spec
   */
  createNetwork(spec) {
    const {
      inputs,
      layers,
      loss = 'mse',
      init = 'uniform',
      seed = 1,
      precision = 'float64',
    } = optionsOf(spec, 'createNetwork');
    if (!Array.isArray(layers) || layers.some((l) => l === null || typeof l !== 'object'))
      throw new Error('createNetwork: layers must be an array of { units, activation, dropout }');
    const raw = this.#Module.createNetwork(
      num(inputs),
      layers.map((l) => num(l.units)),
      layers.map((l, i) => name(l.activation, 'createNetwork', `layers[${i}].activation`)),
      layers.map((l) => num(l.dropout ?? 0)),
      name(loss, 'createNetwork', 'loss'),
      name(init, 'createNetwork', 'init'),
      num(seed),
      name(precision, 'createNetwork', 'precision'),
    );
    return new Network(this.#Module, raw);
  }

  /**
   * A Network from a model object or its JSON text (schema "neuronlab.model" version 1, see
   * model-file.js): the file is read and checked in JS, then built with createNetwork and
   * setParameters; a network refused half-way is disposed, so a bad file leaves no memory held.
   */
  networkFromJSON(model) {
    const { spec, parameters } = readModel(model);
    const net = this.createNetwork(spec);
    try {
      net.setParameters(parameters);
    } catch (e) {
      net.dispose();
      throw e;
    }
    return net;
  }

  /** { name, X, labels, classes, Xtest, labelsTest, domain } */
  makeDataset(dataset, options) {
    const {
      samples = 200,
      noise = 0,
      testFraction = 0,
      seed = 1,
    } = optionsOf(options, 'makeDataset');
    const opts = {
      samples: num(samples),
      noise: num(noise),
      testFraction: num(testFraction),
      seed: num(seed),
    };
    const d = this.#call('makeDataset', name(dataset, 'makeDataset', 'dataset'), opts);
    return { ...d, labels: Int32Array.from(d.labels), labelsTest: Int32Array.from(d.labelsTest) };
  }

  /** The target matrix an output layer expects: one-hot for softmax, +-1 for tanh, else 0/1. */
  targets(labels, options) {
    const {
      classes = 2,
      activation = 'sigmoid',
      outputs = activation === 'softmax' ? classes : 1,
    } = optionsOf(options, 'targets');
    return this.#call(
      'targets',
      numbers(labels, 'targets', 'labels'),
      num(classes),
      name(activation, 'targets', 'activation'),
      num(outputs),
    );
  }

  createTrainer(network, dataset, options = {}) {
    if (!(network instanceof Network))
      throw new Error('createTrainer: network must come from createNetwork()');
    return new Trainer(this.#Module, network, dataset, options);
  }

  createPerceptron(options) {
    return new Perceptron(this.#Module, options);
  }

  /** Module[fn](...args), with the core's errors thrown as Errors. */
  #call(fn, ...args) {
    return checked(this.#Module, this.#Module[fn](...args));
  }

  /** Bytes held by the wasm allocator (mallinfo uordblks): flat when nothing leaks. */
  heapInUse() {
    return this.#Module.heapInUse();
  }
}

export { toMatrix };
