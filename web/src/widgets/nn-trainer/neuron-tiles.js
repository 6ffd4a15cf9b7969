// The hidden neurons' maps of <nn-trainer>: for each hidden layer, one small canvas holding a
// tile per neuron (its activation over the input plane, from the core's forward pass over the
// grid), in as many rows as the width needs, stretched by the page. One small picture per
// layer, written with a single putImageData: cheap to redo while training, however many
// neurons there are. Drawing only.

import { parseColor } from '../../render/colors.js';
import { el } from '../../render/dom.js';
import { divergingTable, tableIndex } from '../../render/heatmap.js';

const GAP = 2; // pixels between tiles, at the tile's own resolution
const TILE_PX = 48; // the least width a tile is shown at

/** shape: [2, hidden…, outputs]. Returns { root, draw(o) }. */
export function neuronTiles(shape) {
  const layers = shape.slice(1, -1).map((units, layer) => {
    const canvas = el('canvas', {
      role: 'img',
      'aria-label': `What each of the ${units} neurons of hidden layer ${layer + 1} computes over the input plane`,
    });
    const caption = `layer ${layer + 1}: ${units === 1 ? 'its neuron' : `its ${units} neurons, from the top of the diagram`}`;
    return {
      units,
      canvas,
      figure: el('figure', {}, [canvas, el('figcaption', { text: caption })]),
    };
  });
  let colours = { key: '', table: null }; // the colour table, made again when the theme changes
  return {
    root: el(
      'div',
      { class: 'tiles' },
      layers.map((l) => l.figure),
    ),
    /**
     * o: { forward (the core's trace over an n × n grid, row 0 at the top), grid: n, colors,
     *   bounds: [low, high] of the activation (null where unbounded) }. A tile is n × n pixels.
     */
    draw(o) {
      const side = o.grid;
      const background = Uint8ClampedArray.of(...(parseColor(o.colors.bg) ?? [255, 255, 255]), 255);
      const key = `${o.colors.neg}|${o.colors.bg}|${o.colors.pos}`;
      layers.forEach(({ units, canvas, figure }, layer) => {
        // As many tiles to a row as fit at 48 px or more each; the rest wrap below.
        const fit = Math.max(1, Math.min(units, Math.floor(figure.clientWidth / TILE_PX)));
        const rows = Math.ceil(units / fit);
        const perRow = Math.ceil(units / rows); // rows of even length: 8 as 4 + 4, not 6 + 2
        const width = perRow * (side + GAP) - GAP;
        const height = rows * (side + GAP) - GAP;
        if (canvas.width !== width) canvas.width = width;
        if (canvas.height !== height) canvas.height = height;
        const maxWidth = `${perRow * 4.25}rem`;
        if (canvas.style.maxWidth !== maxWidth) canvas.style.maxWidth = maxWidth;
        const ctx = canvas.getContext('2d');
        if (colours.key !== key) colours = { key, table: divergingTable(ctx, o.colors, 0.85) };
        const { table } = colours;
        const image = ctx.createImageData(width, height);
        for (let p = 0; p < width * height; p++) image.data.set(background, p * 4);
        const { data, cols } = o.forward.layers[layer].a;
        for (let unit = 0; unit < units; unit++) {
          const [middle, scale] = colouring(o.bounds, data, cols, unit);
          const left = (unit % perRow) * (side + GAP);
          const top = Math.floor(unit / perRow) * (side + GAP);
          for (let i = 0; i < side * side; i++) {
            const k = tableIndex((data[i * cols + unit] - middle) * scale) * 3;
            const at = ((top + Math.floor(i / side)) * width + left + (i % side)) * 4;
            image.data[at] = table[k];
            image.data[at + 1] = table[k + 1];
            image.data[at + 2] = table[k + 2];
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
