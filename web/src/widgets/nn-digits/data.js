// Fetches the digits file (built by web/site-build/digits-data.mjs into data/digits.bin) when the
// reader starts the widget, reporting progress as it streams, and checks it (digits-format.js)
// before anything trains on it. Every failure becomes an Error whose message the widget shows.
import { decodeDigits, fileBytes } from './digits-format.js';

/** Where the built site keeps the file: data/ beside nl/, where the widget's code is. */
export const DATA_URL = new URL('../data/digits.bin', import.meta.url);

/** The file's size, known before it is fetched: "7.9 MB". */
export function dataSize() {
  return `${(fileBytes() / 1e6).toFixed(1)} MB`;
}

/**
 * Resolves to { train, test } (decodeDigits); onProgress(fraction) is called as bytes arrive.
 * url: the file's address (a test may point elsewhere).
 */
export async function loadDigits(onProgress, url = DATA_URL) {
  let response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(
      'The digits could not be downloaded: the site cannot be reached (offline?). Try again when you are online.',
    );
  }
  if (!response.ok)
    throw new Error(`The digits could not be downloaded: the site answered ${response.status}.`);
  const expected = fileBytes();
  const bytes = new Uint8Array(expected);
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch {
      throw new Error('The digits download broke off. Try again.');
    }
    if (chunk.done) break;
    if (length + chunk.value.length > expected)
      throw new Error('The digits could not be read: the digits file is too long.');
    bytes.set(chunk.value, length);
    length += chunk.value.length;
    onProgress(length / expected);
  }
  try {
    return decodeDigits(bytes.subarray(0, length));
  } catch (error) {
    throw new Error(`The digits could not be read: ${error.message}.`);
  }
}
