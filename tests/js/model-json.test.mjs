// Model files (web/src/engine/model-file.js): a network survives the trip to JSON and back
// exactly; every file the C++ writer saved still loads; -0 is kept; untrusted keys never reach a
// prototype; hostile files (deep nesting, huge models, random mutations of good ones) each end
// in a clear Error with the heap as it was.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { core } from './load.mjs';

const MODELS = new URL('../golden/models/', import.meta.url);
const savedFiles = readdirSync(MODELS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, readFileSync(new URL(f, MODELS), 'utf8')]);

/** Asserts that `net` is the network `doc` describes, weight for weight (-0 apart from 0). */
function assertIsModel(net, doc) {
  assert.deepEqual(net.shape, [doc.inputs, ...doc.layers.map((l) => l.units)]);
  assert.equal(net.spec.loss, doc.loss);
  net.getParameters().forEach(({ W, b }, l) => {
    const layer = doc.layers[l];
    assert.equal(net.spec.layers[l].activation, layer.activation);
    assert.deepEqual(Array.from(W.data), layer.weights.flat(), `layers[${l}].weights`);
    assert.deepEqual(Array.from(b), layer.biases, `layers[${l}].biases`);
  });
}

test('toJSON then networkFromJSON gives identical weights and outputs', () => {
  const net = core.createNetwork({
    inputs: 2,
    layers: [
      { units: 3, activation: 'relu' },
      { units: 3, activation: 'softmax' },
    ],
    loss: 'softmax_ce',
    init: 'he',
    seed: 9,
  });
  const json = net.toJSON();
  assert.equal(json.format, 'neuronlab.model');
  assert.equal(json.version, 1);
  const copy = core.networkFromJSON(JSON.stringify(json));
  assert.deepEqual(copy.spec, net.spec);
  assertIsModel(copy, json);
  const X = [
    [0.3, -2],
    [1, 1],
  ];
  assert.deepEqual(Array.from(copy.predict(X).data), Array.from(net.predict(X).data));
  net.dispose();
  copy.dispose();
});

test('every file the C++ writer saved loads to the network it describes', () => {
  assert.ok(savedFiles.length >= 4);
  for (const [file, text] of savedFiles) {
    const net = core.networkFromJSON(text);
    assertIsModel(net, JSON.parse(text));
    assert.deepEqual(net.toJSON(), JSON.parse(text), file); // and writes the same model back
    net.dispose();
  }
});

test('-0 stays -0 both ways, from an object and from text', () => {
  const net = core.createNetwork({ inputs: 2, layers: [{ units: 1, activation: 'linear' }] });
  net.setWeight(0, 1, 0, -0);
  net.setBias(0, 0, -0);
  const model = net.toJSON();
  assert.ok(Object.is(model.layers[0].weights[1][0], -0));
  assert.ok(Object.is(model.layers[0].biases[0], -0));
  const text =
    '{"format":"neuronlab.model","version":1,"inputs":1,"loss":"mse","layers":[{"units":1,"activation":"linear","weights":[[-0]],"biases":[-0]}]}';
  for (const copy of [core.networkFromJSON(model), core.networkFromJSON(text)]) {
    const [{ W, b }] = copy.getParameters();
    assert.ok(Object.is(W.data[W.data.length - 1], -0) && Object.is(b[0], -0));
    copy.dispose();
  }
  net.dispose();
});

test('keys named __proto__ or constructor are never applied; inherited fields never read', () => {
  const [, text] = savedFiles.find(([f]) => f.startsWith('xor'));
  const good = JSON.parse(text);
  // JSON.parse makes "__proto__" an own key; the reader ignores it and finds no own format.
  const noFormat = { ...good };
  delete noFormat.format;
  const polluted = JSON.stringify(noFormat).replace(
    '{',
    '{"__proto__":{"format":"neuronlab.model","polluted":1},',
  );
  assert.throws(() => core.networkFromJSON(polluted), /^Error: model JSON: format is missing$/);
  assert.throws(
    () => core.networkFromJSON(Object.create(good)),
    /^Error: model JSON: format is missing$/,
  );
  // Unknown keys beside a good model change nothing, and no prototype gains a property.
  const extra = text
    .replace('{', '{"constructor":{"prototype":{"polluted":1}},"__proto__":{"polluted":1},')
    .replace('"units":', '"__proto__":{"units":99},"units":');
  const net = core.networkFromJSON(extra);
  assertIsModel(net, good);
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  net.dispose();
});

test('a hole in a sparse array is refused, not read as 0', () => {
  const model = (weights) => ({
    format: 'neuronlab.model',
    version: 1,
    inputs: 2,
    loss: 'mse',
    layers: [{ units: 1, activation: 'linear', weights, biases: [0] }],
  });
  assert.throws(
    () => core.networkFromJSON(model([[1], new Array(1)])),
    /layers\[0\]\.weights\[1\]\[0\] is of type undefined; accepted: a finite number/,
  );
  assert.throws(
    () => core.networkFromJSON(model(new Array(2))),
    /layers\[0\]\.weights\[0\] must be an array of 1 entries, got nothing$/,
  );
});

test('a model over 4e6 parameters is refused before any weight is read', () => {
  const before = core.heapInUse();
  const huge = {
    format: 'neuronlab.model',
    version: 1,
    inputs: 4096,
    loss: 'mse',
    layers: [
      { units: 4096, activation: 'relu' }, // 16.8 million weights, and no weights field at all
      { units: 1, activation: 'linear' },
    ],
  };
  assert.throws(
    () => core.networkFromJSON(huge),
    /^Error: model JSON: the model has more than 4000000 parameters at layers\[0\]/,
  );
  assert.equal(core.heapInUse(), before);
});

test('1,000,000-deep nesting and a 10 MB string are refused with clear messages', () => {
  const before = core.heapInUse();
  const deep = '['.repeat(1e6) + ']'.repeat(1e6);
  assert.throws(() => core.networkFromJSON(deep), /expected an object at the top, got an array$/);
  assert.throws(
    () => core.networkFromJSON(`{"format":"neuronlab.model","version":1,"inputs":${deep}}`),
    /inputs must be a whole number of at least 1, got an array$/,
  );
  const long = 'q'.repeat(10 * 2 ** 20);
  assert.throws(
    () => core.networkFromJSON({ format: long }),
    /format must be "neuronlab\.model", got "q{40}\.\.\." \(10485760 bytes\)$/,
  );
  assert.equal(core.heapInUse(), before);
});

// A seeded Park-Miller generator: the same mutations on every run.
function random(seed) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const JUNK = [null, true, 'x', '', -1, 0, 2.5, 1e9, -0, NaN, Infinity, [], {}, [[1]], [1, 2]];

/** Every [container, key] of a parsed model, depth first. */
function slots(value, out = []) {
  if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value)) {
      out.push([value, key]);
      slots(value[key], out);
    }
  return out;
}

/** One random change to a model: a value replaced, removed or duplicated, or its text cut. */
function mutate(text, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const kind = next();
  if (kind < 0.2) {
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + pick(['', '"', ',', '-', '9', '}', 'e5']) + text.slice(at + 1);
  }
  const doc = JSON.parse(text);
  const [holder, key] = pick(slots(doc));
  if (kind < 0.7) holder[key] = pick(JUNK);
  else if (Array.isArray(holder)) holder.splice(Number(key), next() < 0.5 ? 1 : 0, holder[key]);
  else delete holder[key];
  return next() < 0.5 ? doc : JSON.stringify(doc);
}

/** Loads `model`: 'loaded' when it is the network it describes, 'refused' on a clear Error. */
function load(model) {
  let net;
  try {
    net = core.networkFromJSON(model);
  } catch (e) {
    assert.ok(e instanceof Error, `threw ${typeof e}`);
    assert.match(e.message, /^(model JSON|createNetwork|setParameters): \S/);
    assert.ok(e.message.length < 300, e.message);
    return 'refused';
  }
  assertIsModel(net, typeof model === 'string' ? JSON.parse(model) : model);
  net.dispose();
  return 'loaded';
}

test('random mutations of good files load to the network they describe or throw a clear Error', () => {
  const next = random(20251206);
  const mutants = Array.from({ length: 3000 }, (_, i) =>
    mutate(savedFiles[i % savedFiles.length][1], next),
  );
  // A first pass warms the allocator up: the first failures of a kind may keep a few bytes
  // (the hostile-input test warms up the same way); the second pass must hold the heap flat.
  mutants.forEach(load);
  const before = core.heapInUse();
  const outcomes = mutants.map(load);
  assert.equal(core.heapInUse(), before);
  const loaded = outcomes.filter((o) => o === 'loaded').length;
  assert.ok(loaded > 100 && loaded < 2000, `${loaded} of 3000 loaded`);
});
