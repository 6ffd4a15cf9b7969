// The one notation for the parts of a network, as the lessons write them: inputs x₁, x₂,
// hidden units h₁, h₂ (g₁ … for a second hidden layer, k₁ … for a third, m₁ … for a fourth),
// the output ŷ (ŷ₁, ŷ₂ … when there are several), weights w(x₁→h₁) and biases b(h₁).
// Each name comes in three forms: 'text' for labels on screen, 'words' for screen readers
// ("weight from h1 to y-hat") and 'ascii' for code comments ("w(h1->yhat)"). Names only.

import { describeParameter } from './weights-attribute.js';

const LETTERS = ['h', 'g', 'k', 'm'];
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 12 -> "₁₂". */
export function subscript(n) {
  return String(n).replace(/\d/g, (d) => SUBSCRIPTS[d]);
}

function superscript(n) {
  return String(n).replace(/\d/g, (d) => SUPERSCRIPTS[d]);
}

/**
 * The name of unit `unit` (from 0) in column `column` of a shape such as [2, 2, 1] (column 0
 * holds the inputs, the last the outputs). form: 'text' (h₁), 'words' (h1) or 'ascii' (h1).
 * Past four hidden layers the letter is h with the layer as a superscript: h₁⁽⁵⁾.
 */
export function unitName(shape, column, unit, form = 'text') {
  const n = unit + 1;
  const text = form === 'text';
  if (column === shape.length - 1) {
    const one = shape[column] === 1;
    if (text) return one ? 'ŷ' : `ŷ${subscript(n)}`;
    const hat = form === 'words' ? 'y-hat' : 'yhat';
    return one ? hat : `${hat}${form === 'words' ? ' ' : ''}${n}`;
  }
  const letter = column === 0 ? 'x' : (LETTERS[column - 1] ?? 'h');
  const layer = column > LETTERS.length ? column : 0;
  if (!text) return layer ? `${letter}${n}^(${layer})` : `${letter}${n}`;
  return `${letter}${subscript(n)}${layer ? `⁽${superscript(layer)}⁾` : ''}`;
}

/**
 * The weight of layer `layer` (joining column layer to layer + 1) from unit `from` to unit `to`:
 * 'text' w(x₁→h₁), 'words' "weight from x1 to h1", 'ascii' w(x1->h1).
 */
export function weightName(shape, layer, from, to, form = 'text') {
  const [a, b] = [unitName(shape, layer, from, form), unitName(shape, layer + 1, to, form)];
  if (form === 'words') return `weight from ${a} to ${b}`;
  return form === 'ascii' ? `w(${a}->${b})` : `w(${a}→${b})`;
}

/** The bias of unit `unit` in column layer + 1: 'text' b(h₁), 'words' "bias of h1", 'ascii' b(h1). */
export function biasName(shape, layer, unit, form = 'text') {
  const name = unitName(shape, layer + 1, unit, form);
  return form === 'words' ? `bias of ${name}` : `b(${name})`;
}

/** The name of parameter "layer:index" (weights-attribute.js: W row by row, then b). */
export function parameterName(shape, layer, index, form = 'text') {
  const p = describeParameter(shape, layer, index);
  return p.kind === 'weight'
    ? weightName(shape, layer, p.from, p.to, form)
    : biasName(shape, layer, p.unit, form);
}
