// When nn-digits' reading is a guess: a network trained only on digits has no "none of these"
// answer (its ten softmax outputs always add to 1), so a letter gets a digit too. Below SURE for
// the largest output, the reading says it is unsure, why, and the two largest outputs.
// Measured (node tests/bench/digits-numbers.mjs; tests/browser/nn-digits-unsure.test.mjs draws
// the shapes and prints their outputs): the default 784-256-128-10 after 10 epochs is unsure of
// 87 of the 2,000 test digits (41 of them misread, of 94 misread in all); the 784-64-10 after 4
// epochs of 328 (123). That network reads digits drawn with the mouse at 87 % to 99.7 %, and
// letters A, K, E, M, T, # and X at 41 % to 75 %, but H, W and a squiggle at 96 % to 99 %: a
// confident reading is no proof of a digit, and the lesson says so.

import { percentText } from './bars.js';

export const SURE = 0.8;

/** outputs: ten numbers adding to 1. Returns the words for an unsure reading, or null. */
export function unsureWords(outputs) {
  const order = [...outputs.keys()].sort((a, b) => outputs[b] - outputs[a]);
  const [first, second] = order;
  if (outputs[first] >= SURE) return null;
  return (
    `Unsure: ${first} (${percentText(outputs[first])}) or ${second} ` +
    `(${percentText(outputs[second])})? It only knows the ten digits: whatever is drawn, a ` +
    `letter too, it shares 100 % among them, and here none reaches ${percentText(SURE)}.`
  );
}
