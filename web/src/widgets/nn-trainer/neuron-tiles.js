// The hidden neurons' maps of <nn-trainer>: for each hidden layer, one small canvas holding a
// tile per neuron (its activation over the input plane, from the core's forward pass over the
// grid), in as many rows as the width needs, stretched by the page. One small picture per
// layer, written with a single putImageData: cheap to redo while training, however many
// neurons there are. A click on a tile (or Enter on a layer's picture) shows that neuron's map
// large with its axes (shared/map-viewer.js). Drawing and that choice only.

import { boxSize } from '../../render/canvas.js';
import { parseColor } from '../../render/colors.js';
import { el } from '../../render/dom.js';
import { divergingTable, drawNeuronMap, neuronMapStops, tableIndex } from '../../render/heatmap.js';
import { mapViewer } from '../shared/map-viewer.js';
import { column, mapColouring, mapFrame } from '../shared/neuron-maps.js';
import { unitName } from '../shared/notation.js';

const TILE_PX = 48; // the least width a tile is shown at

/**
 * The pixels between tiles at a tile side of `side` pixels: a twelfth of a tile (2 at 24, the
 * side while training; 4 at 48, the side at rest), so a layer's picture keeps its shape (and the
 * page its height) when the maps change resolution, as they do at Play and at Pause.
 */
const gapOf = (side) => Math.max(1, Math.round(side / 12));

/** shape: [2, hidden…, outputs]. Returns { root, draw(o) }. */
export function neuronTiles(shape) {
  // Every hidden neuron in order, layer by layer: what the viewer steps through.
  const neurons = shape
    .slice(1, -1)
    .flatMap((units, layer) => Array.from({ length: units }, (_, unit) => ({ layer, unit })));
  let last = null; // the latest draw's o, for the viewer
  const viewer = mapViewer({ count: () => neurons.length, item: (i) => enlarged(neurons[i]) });
  const enlarged = ({ layer, unit }) => {
    if (!last) return null;
    const values = column(last.forward.layers[layer].a, unit);
    const colouring = mapColouring(last.bounds, values);
    const name = unitName(shape, layer + 1, unit);
    const X = last.X;
    const points = Array.from({ length: X.rows }, (_, i) => [X.data[2 * i], X.data[2 * i + 1]]);
    const options = { ...last, ...colouring, values, points, n: last.grid, pointSize: 6 };
    return {
      title: `What ${name} computes over the input plane`,
      draw: (canvas) => drawNeuronMap(canvas, options),
      frame: mapFrame(last.domain, name, colouring, neuronMapStops(last.ctx, last.colors)),
    };
  };
  const layers = shape.slice(1, -1).map((units, layer) => {
    const canvas = el('canvas');
    const label = `What each of the ${units} neurons of hidden layer ${layer + 1} computes over the input plane: click one, or press Enter, to enlarge`;
    const button = el('button', { type: 'button', class: 'map-button', 'aria-label': label }, [
      canvas,
    ]);
    const caption = `layer ${layer + 1}: ${units === 1 ? 'its neuron' : `its ${units} neurons, from the top of the diagram`}`;
    const spec = { units, canvas, perRow: 1, figure: null };
    spec.figure = el('figure', {}, [button, el('figcaption', { text: caption })]);
    button.addEventListener('click', (event) => {
      // A click opens the tile under the pointer; Enter or Space (detail 0) the layer's first.
      const unit = event.detail === 0 ? 0 : tileAt(spec, event, last?.grid ?? 0);
      if (unit === null) return;
      viewer.show(
        neurons.findIndex((n) => n.layer === layer && n.unit === unit),
        button,
      );
    });
    return spec;
  });
  let colours = { key: '', table: null }; // the colour table, made again when the theme changes
  return {
    root: el('div', { class: 'tiles' }, [...layers.map((l) => l.figure), viewer.root]),
    /**
     * o: { forward (the core's trace over an n × n grid, row 0 at the top), grid: n, colors,
     *   bounds: [low, high] of the activation (null where unbounded), domain [x₁ min, x₁ max,
     *   x₂ min, x₂ max], X, labels (the data, for the enlarged map) }. A tile is n × n pixels.
     */
    draw(o) {
      const side = o.grid;
      const background = Uint8ClampedArray.of(...(parseColor(o.colors.bg) ?? [255, 255, 255]), 255);
      const key = `${o.colors.neg}|${o.colors.bg}|${o.colors.pos}`;
      layers.forEach((spec, layer) => {
        const { units, canvas, figure } = spec;
        // As many tiles to a row as fit at 48 px or more each; the rest wrap below.
        const fit = Math.max(1, Math.min(units, Math.floor(boxSize(figure)[0] / TILE_PX)));
        const rows = Math.ceil(units / fit);
        const perRow = Math.ceil(units / rows); // rows of even length: 8 as 4 + 4, not 6 + 2
        spec.perRow = perRow;
        const gap = gapOf(side);
        const width = perRow * (side + gap) - gap;
        const height = rows * (side + gap) - gap;
        if (canvas.width !== width) canvas.width = width;
        if (canvas.height !== height) canvas.height = height;
        // Its shape on the page: tiles and gaps of 12 : 1, whatever the resolution (exact at a
        // side of 24 or 48; a side of 16 is stretched by under 2 %).
        const shape = `${perRow * 13 - 1} / ${rows * 13 - 1}`;
        if (canvas.style.aspectRatio !== shape) canvas.style.aspectRatio = shape;
        const maxWidth = `${perRow * 4.25}rem`;
        if (canvas.style.maxWidth !== maxWidth) canvas.style.maxWidth = maxWidth;
        const ctx = canvas.getContext('2d');
        if (colours.key !== key) colours = { key, table: divergingTable(ctx, o.colors, 0.85) };
        const { table } = colours;
        const image = ctx.createImageData(width, height);
        for (let p = 0; p < width * height; p++) image.data.set(background, p * 4);
        const { data, cols } = o.forward.layers[layer].a;
        for (let unit = 0; unit < units; unit++) {
          const { middle, spread } = mapColouring(
            o.bounds,
            column(o.forward.layers[layer].a, unit),
          );
          const scale = spread > 0 ? 1 / spread : 1;
          const left = (unit % perRow) * (side + gap);
          const top = Math.floor(unit / perRow) * (side + gap);
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
      last = { ...o, ctx: layers[0]?.canvas.getContext('2d') };
      viewer.refresh();
    },
  };
}

/**
 * Which unit's tile a click on a layer's picture hit (spec: { units, canvas, perRow }; side:
 * a tile's pixels), or null in a gap or past the last tile.
 */
function tileAt({ units, canvas, perRow }, event, side) {
  const box = canvas.getBoundingClientRect();
  if (side === 0 || box.width === 0) return null;
  const px = ((event.clientX - box.left) / box.width) * canvas.width;
  const py = ((event.clientY - box.top) / box.height) * canvas.height;
  const step = side + gapOf(side);
  const [col, row] = [Math.floor(px / step), Math.floor(py / step)];
  const unit = row * perRow + col;
  const inTile = px - col * step < side && py - row * step < side;
  return inTile && col < perRow && unit < units ? unit : null;
}
