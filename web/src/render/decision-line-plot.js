// Draws a 2-D plot of labelled points and one straight decision line w₁x₁ + w₂x₂ + b = 0,
// as SVG: the two sides tinted (the side where w·x + b ≥ 0 in the class-1 colour), the points
// as circles (class 1) or squares (class 0), rings for a wrong or the current point, and
// optional draggable handles. It draws what it is given; which side a point is on comes from
// the caller (the core's predictions), the line only from w and b.

import { svg } from './dom.js';
import { svgMark } from './point-marks.js';

const SIZE = 320;
const BOX = { left: 36, top: 10, right: 10, bottom: 34 };
const WIDTH = SIZE - BOX.left - BOX.right;
const HEIGHT = SIZE - BOX.top - BOX.bottom;
const FAR = 4 * SIZE; // half-plane rectangles reach well past the plot area

/**
 * o: { points: [[x₁, x₂], …], labels: [0 | 1, …], domain: [x₁ min, x₁ max, x₂ min, x₂ max],
 *   ticks?: numbers on both axes, handles?: number of handles to draw (0 or 2) }
 * Returns { svg, handles (the <g> of each handle), toData(clientX, clientY) -> [x₁, x₂],
 *   update({ weights, bias, wrong: booleans, current: index or -1, handleAt: [[x₁, x₂], …] }) }.
 */
export function decisionLinePlot(o) {
  const [x0, x1, y0, y1] = o.domain;
  const px = (x) => ((x - x0) / (x1 - x0)) * WIDTH;
  const py = (y) => ((y1 - y) / (y1 - y0)) * HEIGHT;
  const ticks = o.ticks ?? [0, 1];

  const boundary = svg('g', { class: 'boundary' }, [
    svg('rect', { class: 'side-pos', x: -FAR, y: 0, width: 2 * FAR, height: FAR }),
    svg('rect', { class: 'side-neg', x: -FAR, y: -FAR, width: 2 * FAR, height: FAR }),
    svg('line', { class: 'line', x1: -FAR, y1: 0, x2: FAR, y2: 0 }),
  ]);
  const marks = o.points.map(([a, b], i) => {
    const at = { transform: `translate(${px(a)} ${py(b)})` };
    return svg('g', { class: `point class-${o.labels[i]}`, ...at }, [
      svg('circle', { class: 'current-ring', r: 20 }),
      svg('circle', { class: 'wrong-ring', r: 15 }),
      svgMark(o.labels[i], 10, { class: 'mark' }),
      svg('text', { class: 'class-label', text: String(o.labels[i]) }),
    ]);
  });
  const handles = Array.from({ length: o.handles ?? 0 }, () =>
    svg('g', { class: 'handle' }, [
      svg('circle', { class: 'hit', r: 22 }),
      svg('circle', { class: 'knob', r: 9 }),
    ]),
  );
  const area = svg(
    'svg',
    { class: 'area', x: BOX.left, y: BOX.top, width: WIDTH, height: HEIGHT },
    [boundary, svg('rect', { class: 'frame', width: WIDTH, height: HEIGHT })],
  );
  const root = svg('svg', { class: 'plot', viewBox: `0 0 ${SIZE} ${SIZE}` }, [
    ...ticks.map((t) => tick('x', BOX.left + px(t), t)),
    ...ticks.map((t) => tick('y', BOX.top + py(t), t)),
    svg('text', { class: 'axis-title', x: SIZE - BOX.right, y: SIZE - 4, text: 'x₁' }),
    svg('text', { class: 'axis-title y', x: 6, y: BOX.top + 12, text: 'x₂' }),
    area,
    svg('g', { transform: `translate(${BOX.left} ${BOX.top})` }, [...marks, ...handles]),
  ]);

  let angle = 0; // the last rotation, so a turning line never spins the long way round
  return {
    svg: root,
    handles,
    toData(clientX, clientY) {
      const point = new DOMPoint(clientX, clientY).matrixTransform(root.getScreenCTM().inverse());
      const x = x0 + ((point.x - BOX.left) / WIDTH) * (x1 - x0);
      return [x, y1 - ((point.y - BOX.top) / HEIGHT) * (y1 - y0)];
    },
    update({ weights, bias, wrong = [], current = -1, handleAt = [] }) {
      // The line in pixels: n·p + c = 0 with n = (w₁·dx/dpx, −w₂·dy/dpy); n points to the
      // side where w·x + b > 0. The group is turned so that its local +y axis is n.
      const n = [(weights[0] * (x1 - x0)) / WIDTH, (-weights[1] * (y1 - y0)) / HEIGHT];
      const c = weights[0] * x0 + weights[1] * y1 + bias;
      const length = Math.hypot(n[0], n[1]);
      boundary.classList.toggle('none', !(length > 0));
      // No line (w = 0): z = b everywhere, so the whole plot is on one side.
      area.classList.toggle('all-pos', !(length > 0) && bias >= 0);
      area.classList.toggle('all-neg', !(length > 0) && bias < 0);
      if (length > 0) {
        const [cx, cy] = [WIDTH / 2, HEIGHT / 2];
        const off = (n[0] * cx + n[1] * cy + c) / (length * length);
        const [ax, ay] = [cx - off * n[0], cy - off * n[1]];
        let turn = (Math.atan2(-n[0], n[1]) * 180) / Math.PI;
        turn += 360 * Math.round((angle - turn) / 360);
        angle = turn;
        boundary.style.transform = `translate(${ax.toFixed(2)}px, ${ay.toFixed(2)}px) rotate(${turn.toFixed(3)}deg)`;
      }
      marks.forEach((mark, i) => {
        mark.classList.toggle('wrong', Boolean(wrong[i]));
        mark.classList.toggle('current', i === current);
      });
      handles.forEach((handle, i) => {
        const [a, b] = handleAt[i] ?? [x0, y0];
        handle.setAttribute('transform', `translate(${px(a).toFixed(2)} ${py(b).toFixed(2)})`);
      });
    },
  };
}

function tick(axis, at, value) {
  const label = String(value).replace('-', '−');
  return axis === 'x'
    ? svg('g', { class: 'tick' }, [
        svg('line', { x1: at, x2: at, y1: BOX.top, y2: SIZE - BOX.bottom }),
        svg('text', { x: at, y: SIZE - BOX.bottom + 16, 'text-anchor': 'middle', text: label }),
      ])
    : svg('g', { class: 'tick' }, [
        svg('line', { x1: BOX.left, x2: SIZE - BOX.right, y1: at, y2: at }),
        svg('text', { x: BOX.left - 8, y: at + 4, 'text-anchor': 'end', text: label }),
      ]);
}
