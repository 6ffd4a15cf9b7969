// Model files, schema "neuronlab.model" version 1, written and read with the platform's JSON:
//   { "format": "neuronlab.model", "version": 1, "inputs": 2, "loss": "mse",
//     "layers": [{ "units": 4, "activation": "sigmoid", "dropout": 0.2 (optional),
//                  "weights": [fan_in rows of units numbers], "biases": [units numbers] }] }
// Reading checks every field it uses and names its path in any Error ("layers[1].weights[0][3]
// is a string; accepted: a finite number"). Untrusted keys never reach an object's prototype:
// only own properties are read, unknown keys (__proto__ and constructor among them) are ignored.
// Does not: store training state (optimizer moments, epoch), or allocate anything in the core.

export const MODEL_FORMAT = 'neuronlab.model';
export const MODEL_VERSION = 1;
/** The core's own limit (validate.hpp kMaxParameters): larger models are refused unread. */
export const MAX_PARAMETERS = 4_000_000;

const WHERE = 'model JSON';
const SHOWN = 40; // characters of a caller's text that a message repeats

const fail = (what) => {
  throw new Error(`${WHERE}: ${what}`);
};

/**
 * The model object of a network: spec { inputs, layers: [{ units, activation, dropout }], loss }
 * and parameters [{ W: { rows: fan_in, cols: units, data }, b }], numbers copied as they are
 * (-0 stays -0). A layer without dropout (rate 0) writes no dropout field.
 */
export function modelOf(spec, parameters) {
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    inputs: spec.inputs,
    loss: spec.loss,
    layers: spec.layers.map(({ units, activation, dropout = 0 }, l) => {
      const { W, b } = parameters[l];
      const weights = Array.from({ length: W.rows }, (_, i) =>
        Array.from(W.data.subarray(i * W.cols, (i + 1) * W.cols)),
      );
      return {
        units,
        activation,
        ...(dropout ? { dropout } : {}),
        weights,
        biases: Array.from(b),
      };
    }),
  };
}

/**
 * Reads a model object or its JSON text into { spec, parameters } for createNetwork and
 * setParameters, or throws an Error naming the first malformed path. The parameters' count is
 * bounded by MAX_PARAMETERS before any array for them is made.
 */
export function readModel(model) {
  const doc = typeof model === 'string' ? parse(model) : (model ?? null);
  if (!isObject(doc)) fail(`expected an object at the top, got ${describe(doc)}`);
  const format = field(doc, 'format', '');
  if (format !== MODEL_FORMAT) fail(`format must be "${MODEL_FORMAT}", got ${describe(format)}`);
  const version = field(doc, 'version', '');
  if (version !== MODEL_VERSION)
    fail(`version ${describe(version)} is not supported; accepted: ${MODEL_VERSION}`);
  const inputs = count(field(doc, 'inputs', ''), 'inputs');
  const loss = field(doc, 'loss', '');
  if (typeof loss !== 'string') fail(`loss must be a name such as "mse", got ${describe(loss)}`);
  const layers = field(doc, 'layers', '');
  if (!Array.isArray(layers)) fail('layers must be an array of layer objects');

  let fanIn = inputs;
  let total = 0;
  const specs = layers.map((layer, l) => {
    const path = `layers[${l}]`;
    if (!isObject(layer)) fail(`${path} must be an object`);
    const activation = field(layer, 'activation', `${path}.`);
    if (typeof activation !== 'string')
      fail(`${path}.activation must be a name, got ${describe(activation)}`);
    const units = count(field(layer, 'units', `${path}.`), `${path}.units`);
    const dropout = own(layer, 'dropout') ?? 0;
    if (typeof dropout !== 'number' || !Number.isFinite(dropout))
      fail(`${path}.dropout must be a finite number, got ${describe(dropout)}`);
    total += (fanIn + 1) * units;
    if (total > MAX_PARAMETERS)
      fail(
        `the model has more than ${MAX_PARAMETERS} parameters at ${path}; accepted: at most that`,
      );
    fanIn = units;
    return { units, activation, ...(dropout ? { dropout } : {}) };
  });
  fanIn = inputs;
  const parameters = specs.map(({ units }, l) => {
    const path = `layers[${l}]`;
    const rows = array(field(layers[l], 'weights', `${path}.`), fanIn, `${path}.weights`);
    const W = { rows: fanIn, cols: units, data: new Float64Array(fanIn * units) };
    // Index loops, not forEach: a hole in a sparse array (an object given directly) is read as
    // undefined and refused, never skipped and left at 0.
    for (let i = 0; i < fanIn; i++) {
      const rowPath = `${path}.weights[${i}]`;
      const row = array(rows[i], units, rowPath);
      for (let j = 0; j < units; j++) W.data[i * units + j] = finite(row[j], rowPath, j);
    }
    const biasPath = `${path}.biases`;
    const b = Float64Array.from(
      array(field(layers[l], 'biases', `${path}.`), units, biasPath),
      (v, j) => finite(v, biasPath, j),
    );
    fanIn = units;
    return { W, b };
  });
  return { spec: { inputs, layers: specs, loss }, parameters };
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return fail('the text is not valid JSON');
  }
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** obj[key] when obj has it as its own property, else undefined (never an inherited value). */
const own = (obj, key) => (Object.hasOwn(obj, key) ? obj[key] : undefined);

function field(obj, key, path) {
  const v = own(obj, key);
  if (v === undefined) fail(`${path}${key} is missing`);
  return v;
}

function count(v, path) {
  if (!Number.isInteger(v) || v < 1)
    fail(`${path} must be a whole number of at least 1, got ${describe(v)}`);
  return v; // the core refuses too large counts with its own message
}

function array(v, length, path) {
  if (!Array.isArray(v) || v.length !== length)
    fail(
      `${path} must be an array of ${length} entries, got ${
        Array.isArray(v) ? `${v.length} entries` : v === undefined ? 'nothing' : `a ${kind(v)}`
      }`,
    );
  return v;
}

function finite(v, path, index) {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const at = `${path}[${index}]`;
  if (typeof v !== 'number')
    fail(
      `${at} is ${typeof v === 'string' ? 'a string' : `of type ${kind(v)}`}; accepted: a finite number`,
    );
  return fail(`${at} is ${v}; accepted: a finite number`);
}

/** A value's JSON type name: null, boolean, number, string, array, object (or its typeof). */
const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** The first SHOWN characters of a long text, not splitting a surrogate pair. */
function head(text) {
  const cut = text.slice(0, SHOWN);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const bytes = (text) => new TextEncoder().encode(text).length;

/**
 * A value as messages show it: a string quoted, a primitive as JSON writes it, a flat array or
 * object written out, long texts cut with their length in UTF-8 bytes; a container holding
 * containers by its kind only.
 */
function describe(v) {
  if (typeof v === 'string')
    return v.length <= SHOWN ? `"${v}"` : `"${head(v)}..." (${bytes(v)} bytes)`;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (typeof v !== 'object') return typeof v === 'undefined' ? 'undefined' : `a ${typeof v}`;
  if (Object.values(v).some((x) => x !== null && typeof x === 'object'))
    return Array.isArray(v) ? 'an array' : 'an object';
  const text = JSON.stringify(v);
  return text.length <= SHOWN ? text : `${head(text)}... (${bytes(text)} bytes)`;
}
