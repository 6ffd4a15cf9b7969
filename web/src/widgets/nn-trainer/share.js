// The `weights` attribute of <nn-trainer>: a trained network's parameters in a link. Written
// "<shape>.<base64url>", such as "2x4x1.AAAA…": the shape (inputs, then each layer's units,
// joined by "x"), then every parameter as a little-endian float64 (8 bytes, so a restored
// network equals the shared one bit for bit), in weights-attribute.js's order (per layer W row
// by row, then b), in base64url (no padding). Encoding and checking only: no DOM, no core.

import { shorten } from '../base/attributes.js';
import { parameterCount, toParameters } from '../shared/weights-attribute.js';

const BYTES = 8;
const SHAPE = /^\d{1,3}(?:x\d{1,3}){1,8}$/; // anchored, no nested quantifier: linear time
const BASE64URL_CHAR = (c) => /^[A-Za-z0-9_-]$/.test(c);

/** Parameters (getParameters()) -> "2x4x1.<base64url of the float64s>". */
export function encodeWeights(shape, parameters) {
  const flat = parameters.flatMap(({ W, b }) => [...W.data, ...b]);
  const bytes = new Uint8Array(flat.length * BYTES);
  const view = new DataView(bytes.buffer);
  flat.forEach((w, i) => view.setFloat64(i * BYTES, w, true));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${shape.join('x')}.${base64}`;
}

/**
 * Reads an encoded `weights` text for a network of `shape`: { ok: true, parameters } (as
 * setParameters takes them) or { ok: false, message } saying what was wrong: the form, a shape
 * other than the network's, or a length other than the shape needs.
 */
export function decodeWeights(text, shape) {
  const named = `weights="${shorten(text)}"`; // as every refused attribute is named
  const dot = text.indexOf('.');
  const head = dot < 0 ? '' : text.slice(0, dot);
  const body = dot < 0 ? '' : text.slice(dot + 1);
  if (!SHAPE.test(head) || ![...body].every(BASE64URL_CHAR)) {
    return {
      ok: false,
      message: `${named}: expected the shape and the weights as the Share button writes them, such as "${shape.join('x')}.AAAA…"`,
    };
  }
  const given = head.split('x').map(Number);
  if (given.join() !== shape.join()) {
    return {
      ok: false,
      message: `${named}: made for a network of shape ${given.join(', ')}, but this one is ${shape.join(', ')} (inputs, then each layer's units); starting from the seeded weights`,
    };
  }
  const count = parameterCount(shape);
  const chars = Math.ceil((count * BYTES * 4) / 3);
  if (body.length !== chars) {
    return {
      ok: false,
      message: `${named}: shape ${shape.join(', ')} has ${count} parameters, ${chars} characters after the "."; this has ${body.length}`,
    };
  }
  const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
  const view = new DataView(Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer);
  const flat = Array.from({ length: count }, (_, i) => view.getFloat64(i * BYTES, true));
  if (!flat.every(Number.isFinite)) {
    return { ok: false, message: `${named}: some of these numbers are not finite` };
  }
  return { ok: true, parameters: toParameters(shape, flat) };
}

/** decodeWeights with a memory of the last text and shape: a render per frame decodes once. */
export function weightsReader() {
  let last = { key: '', result: null };
  return (text, shape) => {
    const key = `${shape.join('x')}:${text}`;
    if (key !== last.key) last = { key, result: decodeWeights(text, shape) };
    return last.result;
  };
}

/** The attributes whose change makes shared weights meaningless: changing one drops them. */
const WEIGHTS_BOUND = [
  'dataset',
  'formula',
  'csv',
  'features',
  'hidden-layers',
  'activation',
  'loss',
  'seed',
];

/** Before widget.setValue(name, value): removes `weights` when that change would strand them. */
export function dropStrandedWeights(widget, name, text) {
  if (WEIGHTS_BOUND.includes(name) && text !== widget.getAttribute(name)) {
    widget.removeAttribute('weights');
  }
}
