// A two-parameter pad over a drawn surface: one focusable role="slider" element whose arrow
// keys move the point (left/right the first parameter, up/down the second; Shift for bigger
// steps) and whose canvas takes clicks, drags and touches. It reports moves in parameter
// units through onMove; the widget draws the canvas and hands back the scales it used, and
// says where the point is now (a key moves on from there, not from the last drawing).

import { el } from '../../render/dom.js';

const KEYS = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
  PageUp: [0, 10],
  PageDown: [0, -10],
};

/**
 * o: { label (the accessible name), step (a key press; Shift: 10 steps), onMove([x, y]),
 *   current(): [x, y] the point as the widget's state has it now, or null when there is none }
 * Returns { root, canvas, setScales({ x, y }), setPoint([x, y], valueText) }.
 */
export function surfacePad(o) {
  const canvas = el('canvas', { class: 'surface-canvas', 'aria-hidden': 'true' });
  const root = el('div', { class: 'surface', role: 'slider', tabindex: 0, 'aria-label': o.label }, [
    canvas,
  ]);
  let scales = null;
  root.setAttribute('aria-valuenow', '0'); // a slider always has a value, even before drawing

  root.addEventListener('keydown', (event) => {
    const move = KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    // The point now, not the last drawing's: a click, an earlier key or a change of the
    // widget's settings may have come since, in the same frame.
    const from = o.current();
    if (!from) return;
    const size = o.step * (event.shiftKey ? 10 : 1);
    o.onMove([from[0] + move[0] * size, from[1] + move[1] * size]);
  });
  const position = (event) => {
    const rect = canvas.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  };
  const fromPointer = (event) => {
    const [px, py] = position(event);
    const clamp = (v, [a, b]) => Math.min(Math.max(v, Math.min(a, b)), Math.max(a, b));
    o.onMove([
      clamp(scales.x.invert(px), scales.x.domain),
      clamp(scales.y.invert(py), scales.y.domain),
    ]);
  };
  canvas.addEventListener('pointerdown', (event) => {
    if (!scales) return;
    const [px, py] = position(event);
    const { box } = scales;
    if (px < box.left || px > box.right || py < box.top || py > box.bottom) return;
    canvas.setPointerCapture(event.pointerId);
    root.focus({ preventScroll: true });
    fromPointer(event);
  });
  canvas.addEventListener('pointermove', (event) => {
    if (canvas.hasPointerCapture(event.pointerId)) fromPointer(event);
  });

  return {
    root,
    canvas,
    /** The scales of the last drawing ({ x, y, box }), to map a pointer to parameters. */
    setScales(drawn) {
      scales = drawn;
    },
    /** The drawn point and how to say it ("w₁ = 0.5, w₂ = −1: loss 0.25"). */
    setPoint(next, valueText) {
      root.setAttribute('aria-valuenow', String(next[0]));
      root.setAttribute('aria-valuetext', valueText);
    },
  };
}
