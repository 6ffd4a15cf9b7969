// The small picture on each lesson's card on the home page: a sketch of the lesson's main
// widget, drawn here as SVG at build time (curves from their formulas, points from the data
// sets' definitions) and written to nl/pictures/<slug>.svg. Each has its alt text. Does not:
// run the core or a browser; a lesson it has no sketch for gets its number in a circle.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  W,
  H,
  STYLE,
  r1,
  line,
  dot,
  box,
  curve,
  axes,
  sigmoid,
  table,
  network,
  grid,
} from './svg-sketch.mjs';

const PICTURES = new Map([
  [
    '01-one-neuron',
    {
      alt: 'Three inputs joined to one neuron, which gives one output.',
      draw: () =>
        [18, 40, 62].map((y) => line(18, y, 66, 40, 'a') + dot(18, y, 6, 'fb t')).join('') +
        line(80, 40, 108, 40, 'a') +
        dot(108, 40, 4, 'fa a') +
        dot(68, 40, 14, 'fb t') +
        curve((t) => [60 + 16 * t, 46 - 12 * sigmoid(10 * t - 5)], 'w'),
    },
  ],
  [
    '02-activation-functions',
    {
      alt: 'Four activation curves on one axis: step, sigmoid, tanh and ReLU.',
      draw: () =>
        axes(10, 70, 110, 10) +
        line(10, 40, 110, 40, 'm', ' stroke-dasharray="2 3"') +
        curve((t) => [10 + 100 * t, 70 - 30 * (t >= 0.5)], 'm', 200) +
        curve((t) => [10 + 100 * t, 70 - 30 * sigmoid(12 * t - 6)], 'a') +
        curve((t) => [10 + 100 * t, 40 - 28 * Math.tanh(6 * t - 3)], 'w') +
        curve((t) => [10 + 100 * t, 70 - 60 * Math.max(0, t - 0.5) * 2], 'g'),
    },
  ],
  [
    '03-the-perceptron-learns',
    {
      alt: 'The four points of AND, one of them filled, and a decision line that separates it from the rest.',
      draw: () =>
        `<polygon points="60,0 120,0 120,80 108,80" class="fs"/>` +
        line(60, 0, 108, 80, 'w') +
        table([0, 0, 0, 1]),
    },
  ],
  [
    '04-the-xor-wall',
    {
      alt: 'The four points of XOR, filled on one diagonal, and a line crossed out: no line separates them.',
      draw: () =>
        table([0, 1, 1, 0]) +
        line(20, 70, 100, 10, 'w', ' stroke-dasharray="4 3"') +
        line(52, 30, 68, 50, 'w') +
        line(68, 30, 52, 50, 'w'),
    },
  ],
  [
    '05-two-layers-solve-xor',
    {
      alt: 'A network of two inputs, two hidden neurons and one output.',
      draw: () =>
        network([2, 2, 1], (l, u, v) =>
          (l === 2 && u === 0 && v === 1) || (l === 1 && u === 1 && v === 0) ? 'w' : 'a',
        ),
    },
  ],
  [
    '06-batches-are-matrices',
    {
      alt: 'A 4 by 2 matrix times a 2 by 2 matrix gives a 4 by 2 matrix; one row, one column and their cell are shaded.',
      draw: () =>
        grid(4, 16, 4, 2, 12, (r) => r === 1) +
        line(34, 37, 40, 43, 't') +
        line(40, 37, 34, 43, 't') +
        grid(44, 28, 2, 2, 12, (r, c) => c === 0) +
        line(76, 38, 84, 38, 't') +
        line(76, 42, 84, 42, 't') +
        grid(90, 16, 4, 2, 12, (r, c) => r === 1 && c === 0),
    },
  ],
  [
    '07-measuring-wrong-the-loss',
    {
      alt: 'The loss over two weights as contour lines around its lowest point.',
      draw: () =>
        [34, 26, 18, 10]
          .map(
            (r, i) =>
              `<ellipse cx="64" cy="42" rx="${r * 1.5}" ry="${r}" fill="none" class="${i ? 'a' : 'm'}" transform="rotate(-20 64 42)"/>`,
          )
          .join('') + dot(64, 42, 3, 'fw w'),
    },
  ],
  [
    '08-gradient-descent',
    {
      alt: 'A ball rolling down a loss curve in steps that bounce from side to side towards the bottom.',
      draw: () => {
        const [x, y] = [(w) => 10 + (w + 2) * 12.5, (w) => 72 - (7 / 6) * (w - 2) ** 2 * 1.4];
        const path = [-1];
        for (let k = 0; k < 5; k++) path.push(2 + (1 - (7 / 3) * 0.75) * (path[k] - 2));
        return (
          axes(10, 74, 110, 6) +
          curve((t) => [x(-2 + 8 * t), y(-2 + 8 * t)], 'a') +
          path
            .slice(1)
            .map((w, k) => line(x(path[k]), y(path[k]), x(w), y(w), 'w', ' stroke-dasharray="2 2"'))
            .join('') +
          path.map((w, k) => dot(x(w), y(w), k ? 2.5 : 4, 'fw w')).join('')
        );
      },
    },
  ],
  [
    '09-backpropagation-step-by-step',
    {
      alt: 'Three neurons in a row: the values flow forward along the top, the gradients flow back along the bottom.',
      draw: () =>
        [20, 60, 100].map((x) => dot(x, 40, 10, 'fb t')).join('') +
        [20, 60]
          .map(
            (x) =>
              line(x + 12, 32, x + 28, 32, 'a') +
              dot(x + 28, 32, 2, 'fa a') +
              line(x + 28, 48, x + 12, 48, 'w') +
              dot(x + 12, 48, 2, 'fw w'),
          )
          .join(''),
    },
  ],
  [
    '10-train-it-xor-from-scratch',
    {
      alt: 'A loss curve falling over the epochs of training.',
      draw: () =>
        axes(10, 72, 110, 8) +
        curve(
          (t) => [
            12 + 98 * t,
            12 + 56 * (1 - Math.exp(-5 * t)) - 8 * Math.exp(-((t - 0.15) ** 2) / 0.004),
          ],
          'a',
          80,
        ),
    },
  ],
  [
    '11-modern-tools',
    {
      alt: 'Points of three classes on three curling spiral arms.',
      draw: () =>
        ['fa', 'fw', 'fg']
          .map((fill, k) =>
            Array.from({ length: 14 }, (_, i) => {
              const r = (i + 1) / 14;
              const a = (2 * Math.PI * k) / 3 + r * 4;
              return `<circle cx="${r1(60 + 36 * r * Math.cos(a))}" cy="${r1(40 + 36 * r * Math.sin(a))}" r="2.3" class="${fill}"/>`;
            }).join(''),
          )
          .join(''),
    },
  ],
  [
    '12-to-the-frameworks',
    {
      alt: 'A code window with three tabs, for NumPy, PyTorch and Keras.',
      draw: () =>
        box(8, 8, 104, 64, 'fb m') +
        [0, 1, 2].map((i) => box(8 + i * 26, 8, 26, 10, `${i ? 'fb' : 'fs'} m`)).join('') +
        [
          [16, 60, 'a'],
          [24, 52, 'w'],
          [24, 66, 'm'],
          [16, 40, 'a'],
          [24, 58, 'g'],
        ]
          .map(([x, w, c], i) =>
            line(x, 28 + i * 9, x + w, 28 + i * 9, c, ' stroke-width="3" stroke-linecap="round"'),
          )
          .join(''),
    },
  ],
  [
    '13-handwritten-digits',
    {
      alt: 'A handwritten 7 on a grid of pixels beside ten bars, the one for 7 the tallest.',
      draw: () => {
        const seven = ['1111110', '0000110', '0001100', '0001100', '0011000', '0011000', '0110000'];
        const cells = seven
          .flatMap((row, r) =>
            [...row].map((c, k) => (c === '1' ? box(6 + k * 8, 12 + r * 8, 8, 8, 'ft') : '')),
          )
          .join('');
        const bars = [2, 1, 3, 2, 1, 2, 1, 52, 4, 3]
          .map((h, d) => box(66 + d * 5, 68 - h, 4, h, d === 7 ? 'fa' : 'fw'))
          .join('');
        return box(6, 12, 56, 56, 'fb m') + cells + line(64, 68, 116, 68, 'm') + bars;
      },
    },
  ],
]);

/** The sketch of a lesson without its own: its number in a circle. */
const fallback = (lesson) => ({
  alt: `Lesson ${lesson.number}.`,
  draw: () =>
    dot(60, 40, 26, 'fs a') +
    `<text x="60" y="48" text-anchor="middle" font-size="24" font-family="sans-serif" class="ft">${Number(lesson.number)}</text>`,
});

/** The picture of `lesson`: { file (relative to nl/), alt, svg }. */
export function lessonPicture(lesson) {
  const { alt, draw } = PICTURES.get(lesson.slug) ?? fallback(lesson);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" stroke-width="1.5"><style>${STYLE}</style>${draw()}</svg>\n`;
  return { file: `pictures/${lesson.slug}.svg`, alt, svg };
}

/** Writes every lesson's picture into outDir/nl/pictures/. */
export async function writeLessonPictures(lessons, outDir) {
  await mkdir(join(outDir, 'nl', 'pictures'), { recursive: true });
  await Promise.all(
    lessons.map((lesson) => {
      const { file, svg } = lessonPicture(lesson);
      return writeFile(join(outDir, 'nl', file), svg);
    }),
  );
}
