// The digits network's trainer, in a module worker so the page keeps its frame rate: the core
// is loaded here through the facade, the digits are fetched here (the 7.9 MB never pass through
// the page, which gets only a copy of the 2,000 test digits), the network trains in slices of
// about SLICE_MS, and after each slice the page gets copies of what changed: the first-layer
// weights every slice; the curves, the test digits' readings and the confusion matrix only at an
// epoch's end; the training health (trainer.health(): gradient size and dead units per layer) at
// a reset, an epoch's end, a pause, a divergence and at most once a second between. The loss and
// accuracy charts are painted here too, on the page's canvases handed over (worker-charts.js),
// when the page asks. Messages: see session.js, the page's side.
// Does not: touch the DOM, or decide anything the page shows.
import { loadCore } from '../../engine/core.js';
import { RecentLosses } from '../shared/divergence.js';
import { loadDigits } from './data.js';
import { PIXELS, SHOWN_NEURONS } from './digits-format.js';
import { createDigitsNetwork, createDigitsTrainer, digitsDataset } from './network.js';
import { WorkerCharts } from './worker-charts.js';

const SLICE_MS = 50;
// A health reading costs one forward and backward pass over 512 training digits (about 7 steps
// of 64): once a second while training costs a few percent of the training time.
const HEALTH_MS = 1000;

let core = null;
let data = null; // the core's view of the digits (network.js digitsDataset), once loaded
let run = null; // { net, trainer, initial, spec, history, playing, ... }
const charts = new WorkerCharts(); // the page's two chart canvases, handed over

self.onmessage = async ({ data: message }) => {
  try {
    core ??= await loadCore();
    await handle(message);
  } catch (error) {
    if (run) run.playing = false;
    self.postMessage({ type: 'error', message: error.message });
  }
};

async function handle(message) {
  if (message.type === 'load') await load(message);
  else if (message.type === 'charts') charts.setCanvases(message.canvases);
  else if (message.type === 'setup') setup(message);
  else if (message.type === 'predict') predict(message);
  else if (!run) return;
  else if (message.type === 'play') play();
  else if (message.type === 'pause') pause();
  else if (message.type === 'reset') reset();
  else if (message.type === 'drawCharts') charts.paint(run.history, message.look, run.playing);
}

/**
 * Fetches the digits file at url (data.js), saying how far it got in whole percents
 * ('download' { fraction }), then sends the page its own copy of the test digits ('loaded'
 * { test: { count, labels, pixels } }, 2,000 x 785 bytes, transferred, not cloned).
 */
async function load({ url }) {
  let percent = -1;
  const { train, test } = await loadDigits((fraction) => {
    if (Math.floor(100 * fraction) === percent) return;
    percent = Math.floor(100 * fraction);
    self.postMessage({ type: 'download', fraction });
  }, url);
  data = digitsDataset(train, test);
  const copy = { count: test.count, labels: test.labels.slice(), pixels: test.pixels.slice() };
  self.postMessage({ type: 'loaded', test: copy }, [copy.labels.buffer, copy.pixels.buffer]);
}

/** A new network from spec { hidden, dropout, optimizer, learningRate, batchSize, seed, epochs }. */
function setup({ spec }) {
  dispose();
  const net = createDigitsNetwork(core, spec);
  run = { net, trainer: null, initial: net.getParameters(), spec, playing: false };
  reset();
}

/** Back to the first weights and a fresh optimizer; epoch 0 measured and sent. */
function reset() {
  run.playing = false;
  run.trainer?.dispose();
  run.net.setParameters(run.initial);
  run.trainer = createDigitsTrainer(core, run.net, data, run.spec);
  run.history = { loss: [], accuracy: [], testLoss: [], testAccuracy: [] };
  run.samples = 0;
  run.seconds = 0;
  run.losses = new RecentLosses();
  measure();
  send('progress', true);
}

function play() {
  if (run.playing || run.trainer.epoch >= run.spec.epochs) return;
  run.playing = true;
  setTimeout(slice, 0);
}

/** Stops after the current slice and says so: a copy in flight said it was still playing. */
function pause() {
  run.playing = false;
  readHealth();
  send('progress', false);
}

/** Trains for about SLICE_MS, then lets messages in (pause, predict) before the next slice. */
function slice() {
  if (!run?.playing) return;
  const { trainer, spec } = run;
  const start = performance.now();
  const epoch = trainer.epoch;
  let status = 'ok';
  while (performance.now() - start < SLICE_MS && trainer.epoch === epoch) {
    const step = trainer.step();
    status = step.status;
    run.losses.record(step.loss);
    run.samples += spec.batchSize;
    if (status !== 'ok') break;
  }
  run.seconds += (performance.now() - start) / 1000;
  if (status !== 'ok') {
    // The core put back the last finite weights; the run stops there and the page gets them.
    run.playing = false;
    readHealth();
    send('progress', false);
    self.postMessage({ type: 'diverged', epoch: trainer.epoch, climb: run.losses.climb });
    return;
  }
  const ended = trainer.epoch > epoch;
  if (ended) measure();
  else if (performance.now() - run.healthAt > HEALTH_MS) readHealth();
  if (ended && trainer.epoch >= spec.epochs) run.playing = false;
  send('progress', ended);
  if (run.playing) setTimeout(slice, 0);
}

/** Appends the current loss and accuracy on both parts to the history; reads the health. */
function measure() {
  const e = run.trainer.evaluate();
  for (const key of Object.keys(run.history)) run.history[key].push(e[key]);
  readHealth();
}

/** The core's health reading now: [{ gradientRms, units, dead, saturated }], the output last. */
function readHealth() {
  run.health = run.trainer.health();
  run.healthAt = performance.now();
}

/**
 * The page's copy: numbers, the shown neurons' weights and a health reading taken since the last
 * copy; after an epoch's end or a reset (ended) also the history of evaluations, the core's reading of each test digit and the test
 * confusion matrix, which change only then.
 */
function send(type, ended) {
  const { trainer, net, history, spec } = run;
  const { W } = net.getParameters()[0]; // 784 x units, row-major
  const shown = Math.min(SHOWN_NEURONS, W.cols);
  const weights = new Float32Array(shown * PIXELS); // neuron j's 784 weights at j * 784
  for (let j = 0; j < shown; j++)
    for (let i = 0; i < PIXELS; i++) weights[j * PIXELS + i] = W.data[i * W.cols + j];
  const message = {
    type,
    epoch: trainer.epoch,
    epochs: spec.epochs,
    playing: run.playing,
    samplesPerSecond: run.seconds > 0 ? run.samples / run.seconds : 0,
    weights,
  };
  // Only a new reading: the page redraws the panel when its copy changes.
  if (run.health) message.health = run.health;
  run.health = null;
  const transfer = [weights.buffer];
  if (ended) {
    message.history = Object.fromEntries(
      Object.entries(history).map(([key, values]) => [key, Float64Array.from(values)]),
    );
    message.read = net.predictClasses(data.Xtest); // Int32Array(2000), the readings
    message.confusion = run.trainer.confusion('test').counts; // Int32Array(10 x 10)
    transfer.push(message.read.buffer, message.confusion.buffer);
  }
  self.postMessage(message, transfer);
}

/** The ten softmax outputs for one 784-pixel input in [0, 1]. */
function predict({ id, input }) {
  if (!run) return;
  const output = run.net.predict({ rows: 1, cols: PIXELS, data: Float64Array.from(input) });
  self.postMessage({ type: 'prediction', id, output: output.data });
}

function dispose() {
  if (!run) return;
  run.playing = false;
  run.trainer?.dispose();
  run.net.dispose();
  run = null;
}
