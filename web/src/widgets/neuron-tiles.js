// The hidden neurons' maps of <nn-trainer>: for each hidden layer, one small canvas holding a
// tile per neuron (its activation over the input plane, from the core's forward pass over the
// grid), stretched by the page. One small picture per layer, written with a single
// putImageData: cheap to redo while training, however many neurons there are. Drawing only.

import { parseColor } from '../render/colors.js';
import { divergingTable, tableIndex } from '../render/heatmap-image.js';
import { el } from './dom.js';

const GAP = 2; // pixels between tiles, at the tile's own resolution

/** shape: [2, hidden…, outputs]. Returns { root, draw(o) }. */
export function neuronTiles(shape) {
  const layers = shape.slice(1, -1).map((units, layer) => {
    const canvas = el('canvas', {
      role: 'img',
      'aria-label': `What each of the ${units} neurons of hidden layer ${layer + 1} computes over the input plane`,
    });
    canvas.style.maxWidth = `${units * 4.25}rem`;
    const caption = `layer ${layer + 1}: ${units === 1 ? 'its neuron' : `its ${units} neurons, from the top of the diagram`}`;
    return {
      units,
      canvas,
      figure: el('figure', {}, [canvas, el('figcaption', { text: caption })]),
    };
  });
  return {
    root: el(
      'div',
      { class: 'tiles' },
      layers.map((l) => l.figure),
    ),
    /**
     * o: { forward (over the grid), grid: n, colors, bounds: [low, high] of the activation
     *   (null where unbounded) }. Tiles use every other grid point.
     */
    draw(o) {
      const half = o.grid >> 1;
      const point = (i) => 2 * Math.floor(i / half) * o.grid + 2 * (i % half);
      layers.forEach(({ units, canvas }, layer) => {
        const width = units * half + (units - 1) * GAP;
        if (canvas.width !== width) canvas.width = width;
        if (canvas.height !== half) canvas.height = half;
        const ctx = canvas.getContext('2d');
        const table = divergingTable(ctx, o.colors, 0.85);
        const image = ctx.createImageData(width, half);
        image.data.fill(255);
        const background = parseColor(o.colors.bg) ?? [255, 255, 255];
        const { data, cols } = o.forward.layers[layer].a;
        for (let unit = 0; unit < units; unit++) {
          const [middle, scale] = colouring(o.bounds, data, cols, unit);
          const left = unit * (half + GAP);
          for (let i = 0; i < half * half; i++) {
            const k = tableIndex((data[point(i) * cols + unit] - middle) * scale) * 3;
            const at = (Math.floor(i / half) * width + left + (i % half)) * 4;
            image.data[at] = table[k];
            image.data[at + 1] = table[k + 1];
            image.data[at + 2] = table[k + 2];
          }
          for (let g = 0; unit < units - 1 && g < GAP; g++) {
            for (let row = 0; row < half; row++)
              image.data.set(background, (row * width + left + half + g) * 4);
          }
        }
        ctx.putImageData(image, 0, 0);
      });
    },
  };
}

/** [middle, 1 / spread]: the activation's own range where bounded, else its largest value. */
function colouring([low, high], data, cols, unit) {
  if (low !== null && high !== null) return [(low + high) / 2, 2 / (high - low)];
  let spread = 0;
  for (let i = unit; i < data.length; i += cols) spread = Math.max(spread, Math.abs(data[i]));
  return [0, spread > 0 ? 1 / spread : 1];
}
