// The drawing pad: a square canvas drawn on with mouse, finger or pen (pointer events), its ink
// made into MNIST's 28 x 28 input (preprocess.js) after every stroke segment, shown beside it.
// Keyboard and screen-reader readers pick a test digit instead (reading.js). Does not: predict.

import { el } from '../../render/dom.js';
import { toMnist } from './preprocess.js';

const SIZE = 280; // canvas pixels; CSS scales the pad to the space it has
const PEN = 22; // stroke width in canvas pixels: MNIST's strokes are ~2 of 20 pixels

/** o: { onInput({ input } | { problem }) }. Returns { root, input (the 28 x 28 canvas), clear() }. */
export function digitPad(o) {
  const canvas = el('canvas', {
    class: 'pad',
    width: SIZE,
    height: SIZE,
    'aria-label': 'Drawing pad: draw one digit with the mouse, a finger or a pen',
    role: 'img',
  });
  const input = el('canvas', {
    class: 'digit big',
    width: 28,
    height: 28,
    role: 'img',
    'aria-label': 'The 28 by 28 input the network reads',
  });
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let last = null;

  const point = (event) => {
    const box = canvas.getBoundingClientRect();
    return [
      ((event.clientX - box.left) / box.width) * SIZE,
      ((event.clientY - box.top) / box.height) * SIZE,
    ];
  };
  const read = () => {
    const { data } = ctx.getImageData(0, 0, SIZE, SIZE);
    const ink = new Float32Array(SIZE * SIZE);
    for (let i = 0; i < ink.length; i++) ink[i] = data[i * 4 + 3] / 255;
    o.onInput(toMnist(ink, SIZE, SIZE));
  };
  const line = (to) => {
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = PEN;
    ctx.strokeStyle = '#000';
    ctx.beginPath();
    if (last) {
      ctx.moveTo(...last);
      ctx.lineTo(...to);
      ctx.stroke();
    } else {
      // A press alone: the pen's round mark (a line of length 0 draws nothing in Chromium).
      ctx.fillStyle = '#000';
      ctx.arc(...to, PEN / 2, 0, 2 * Math.PI);
      ctx.fill();
    }
    last = to;
  };
  canvas.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    last = null;
    line(point(event));
    read();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (last === null) return;
    for (const e of event.getCoalescedEvents?.() ?? [event]) line(point(e));
    read();
  });
  const end = () => (last = null);
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);

  /** Empties the pad and the 28 x 28 input beside it. */
  const clear = () => {
    ctx.clearRect(0, 0, SIZE, SIZE);
    input.getContext('2d').clearRect(0, 0, input.width, input.height);
    last = null;
  };
  const clearButton = el('button', { type: 'button', text: 'Clear the pad' });
  clearButton.addEventListener('click', () => {
    clear();
    o.onInput({ problem: 'blank' });
  });
  const root = el('div', { class: 'pad-box' }, [canvas, clearButton]);
  return { root, input, clear };
}
