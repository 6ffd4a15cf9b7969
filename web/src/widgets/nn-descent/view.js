// The one-weight panel of <nn-descent>: the loss curve (asked of the core once per problem),
// the ball with its tangent and its path, inside a role="slider" that sets where the ball
// starts, by a click or tap on the plot or by the arrow keys (Shift: steps of 1).

import { boxSize, prepareCanvas } from '../../render/canvas.js';
import { drawDescentCurve } from '../../render/descent-curve.js';
import { el } from '../../render/dom.js';
import { lossCurve } from '../shared/loss-grid.js';
import { toParameters } from '../shared/weights-attribute.js';
import { showValue } from './show-value.js';

const POINTS = 161; // the curve is this many core losses
const KEYS = { ArrowRight: 0.1, ArrowUp: 0.1, ArrowLeft: -0.1, ArrowDown: -0.1 };

/** o: { onStart(w) }. Returns { root, show({ net, problem, run, colors, font }) }. */
export function descentCurveView(o) {
  const canvas = el('canvas', { class: 'curve-canvas', 'aria-hidden': 'true' });
  const root = el(
    'div',
    {
      class: 'curve',
      role: 'slider',
      tabindex: 0,
      'aria-label': 'Starting weight w',
    },
    [canvas],
  );
  root.setAttribute('aria-valuenow', '0'); // a slider always has a value, even before drawing
  const curves = new Map(); // problem -> { w, loss }
  let scale = null;
  let start = 0;

  root.addEventListener('keydown', (event) => {
    const step = KEYS[event.key];
    if (!step) return;
    event.preventDefault();
    start += step * (event.shiftKey ? 10 : 1);
    o.onStart(start);
  });
  canvas.addEventListener('pointerdown', (event) => {
    if (scale) o.onStart(scale.invert(event.clientX - canvas.getBoundingClientRect().left));
  });

  return {
    root,
    show({ net, problem, run, colors, font }) {
      if (!curves.has(problem)) {
        const [lo, hi] = problem.domain;
        const w = Float64Array.from(
          { length: POINTS },
          (_, i) => lo + ((hi - lo) * i) / (POINTS - 1),
        );
        net.setParameters(toParameters(problem.shape, [0, 0]));
        const loss = lossCurve(net, problem.shape, problem.X, problem.Y, problem.refs[0], w);
        curves.set(problem, { w, loss });
      }
      const here = run.history.at(-1);
      const [width, height] = boxSize(canvas);
      scale = drawDescentCurve(prepareCanvas(canvas, width, height), {
        width,
        height,
        ...curves.get(problem),
        point: { w: here.w[0], loss: here.loss, slope: here.grad[0] },
        path: run.history.map((h) => ({ w: h.w[0], loss: h.loss })),
        colors,
        font,
      }).x;
      start = run.history[0].w[0];
      root.setAttribute('aria-valuemin', String(problem.domain[0]));
      root.setAttribute('aria-valuemax', String(problem.domain[1]));
      root.setAttribute('aria-valuenow', String(start));
      root.setAttribute('aria-valuetext', `the ball starts at w = ${showValue(start)}`);
    },
  };
}
