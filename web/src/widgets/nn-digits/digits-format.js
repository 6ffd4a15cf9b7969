// The digits file (data/digits.bin in the built site): 10,000 MNIST digits of 28 x 28 grey
// levels, one byte a pixel (0 = paper, 255 = ink), the training digits first, then the test
// digits. The site build writes it (web/site-build/digits-data.mjs); the widget reads it (data.js).
// Pure: no DOM, no fetch.
//
// Layout, little-endian:
//   bytes 0-3   magic "NLD1"
//   bytes 4-7   count, the number of digits (uint32)
//   bytes 8-11  train, how many of them are training digits (uint32)
//   bytes 12-15 side, the image side in pixels (uint32, 28)
//   count bytes of labels (0-9), then count x side x side bytes of pixels, row by row.

export const MAGIC = 'NLD1';
export const HEADER_BYTES = 16;
export const SIDE = 28;
export const PIXELS = SIDE * SIDE;
export const CLASSES = 10;
/** What the site ships: 8,000 training and 2,000 test digits (the converter's fixed split). */
export const COUNT = 10000;
export const TRAIN = 8000;
/** First-layer neurons whose incoming weights the widget shows as 28 x 28 images. */
export const SHOWN_NEURONS = 16;
/** The file's exact length for `count` digits. */
export const fileBytes = (count = COUNT) => HEADER_BYTES + count * (1 + PIXELS);

/**
 * Writes the file. labels: Uint8Array(count); pixels: Uint8Array(count x 784); train: how many
 * of the digits (the first ones) are training digits. Returns a Uint8Array.
 */
export function encodeDigits({ labels, pixels, train }) {
  const count = labels.length;
  if (pixels.length !== count * PIXELS)
    throw new Error(`encodeDigits: ${pixels.length} pixels for ${count} digits`);
  const bytes = new Uint8Array(fileBytes(count));
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, count, true);
  view.setUint32(8, train, true);
  view.setUint32(12, SIDE, true);
  bytes.set(labels, HEADER_BYTES);
  bytes.set(pixels, HEADER_BYTES + count);
  return bytes;
}

/**
 * Reads the file: { train: { labels, pixels, count }, test: { ... } }, views into `bytes`.
 * Throws an Error saying what is wrong with a file that is not one (or is cut short).
 */
export function decodeDigits(bytes) {
  if (bytes.length < HEADER_BYTES || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC)
    throw new Error('the digits file is not a Neuron Lab digits file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const count = view.getUint32(4, true);
  const train = view.getUint32(8, true);
  const side = view.getUint32(12, true);
  if (side !== SIDE || train > count || count > 100000)
    throw new Error(`the digits file's header is damaged (${count} digits, ${train} to train)`);
  if (bytes.length !== fileBytes(count))
    throw new Error(
      `the digits file is cut short or too long: ${bytes.length} bytes, expected ${fileBytes(count)}`,
    );
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + count);
  const pixels = bytes.subarray(HEADER_BYTES + count);
  if (labels.some((label) => label >= CLASSES))
    throw new Error('the digits file holds a label outside 0-9');
  const part = (from, to) => ({
    count: to - from,
    labels: labels.subarray(from, to),
    pixels: pixels.subarray(from * PIXELS, to * PIXELS),
  });
  return { train: part(0, train), test: part(train, count) };
}

/**
 * The core's matrix form of a part: { rows: count, cols: 784, data: Float64Array } with each
 * pixel scaled to [0, 1] (byte / 255), the scale the network is trained on.
 */
export function toInputs({ count, pixels }) {
  const data = new Float64Array(count * PIXELS);
  for (let i = 0; i < data.length; i++) data[i] = pixels[i] / 255;
  return { rows: count, cols: PIXELS, data };
}
