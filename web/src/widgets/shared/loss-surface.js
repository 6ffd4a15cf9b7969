// The loss surface panel shared by <nn-loss> and <nn-descent>: a pad (click, drag, arrow keys)
// over the loss of a network as two of its parameters vary, with the current point, an optional
// path, and the numbers written below. The grid of core losses is computed again only when
// something other than the two parameters changes, and only when asked to show (visible): a
// coarse grid at once, then the fine one a few milliseconds a frame, drawn once complete
// (design rule 11: the fine grid's 1,600 core losses in one frame were a task of 60-80 ms).

import { boxSize, prepareCanvas } from '../../render/canvas.js';
import { el, setText } from '../../render/dom.js';
import { drawLossSurface } from '../../render/loss-surface.js';
import { colorBar } from '../../render/map-axes.js';
import { showFixed, showNumber } from './format.js';
import { emptyGrid, fillLossGrid, lossGrid } from './loss-grid.js';
import { surfacePad } from './surface-pad.js';
import { parameterName } from './notation.js';
import { flatIndex, toParameters } from './weights-attribute.js';

const GRID = 40; // GRID x GRID core losses, filled over frames
const COARSE = 20; // COARSE x COARSE, drawn until the fine grid is complete
const BUDGET_MS = 4; // of the fine grid's filling a frame

/**
 * o: { onMove([x, y]), current(): the point now (shared/surface-pad.js), hint (how to move the point),
 *   step (one arrow key press) }
 */
export function lossSurfaceView(o) {
  const pad = surfacePad({
    label: 'Loss surface',
    step: o.step ?? 0.1,
    onMove: o.onMove,
    current: o.current,
  });
  const readout = el('p', { class: 'readout num' });
  const bar = colorBar();
  const root = el('figure', { class: 'surface-figure' }, [
    pad.root,
    bar.root,
    el('figcaption', {}, [readout, el('span', { text: o.hint })]),
  ]);
  let cache = { key: '', coarse: null, fine: null };
  let drawn = { key: '', scales: null }; // what the canvas shows, to draw it again only on change

  return {
    root,
    pad,
    /**
     * s: { net (its parameters are flat), shape, flat, refs: [[layer, index], [layer, index]],
     *   X, Y, domain: [lo, hi] for both axes, key (what else the losses depend on), mean,
     *   lossName ('mse'), lossWords ('mean squared error'), path?, colors, font, names?: the two
     *   parameters' { label, words } when not notation.js parameterName's, showValue?: number -> text }
     * Returns true while the fine grid is being filled: the caller shows again the next frame.
     */
    show(s) {
      const at = s.refs.map(([l, j]) => flatIndex(s.shape, l, j));
      const others = s.flat.filter((_, i) => !at.includes(i));
      const key = JSON.stringify([s.key, s.shape, s.refs, s.domain, others]);
      const size = (n) => ({ xDomain: s.domain, yDomain: s.domain, size: n });
      if (cache.key !== key) {
        const coarse = lossGrid(s.net, s.shape, s.X, s.Y, s.refs, size(COARSE));
        cache = { key, coarse, fine: emptyGrid(GRID) };
      }
      let done = cache.fine.next === GRID * GRID;
      if (!done) {
        const until = performance.now() + BUDGET_MS;
        done = fillLossGrid(s.net, s.shape, s.X, s.Y, s.refs, size(GRID), cache.fine, until);
        s.net.setParameters(toParameters(s.shape, s.flat)); // the grids moved the two
      }
      const names =
        s.names ??
        s.refs.map(([l, j]) => ({
          label: parameterName(s.shape, l, j),
          words: parameterName(s.shape, l, j, 'words'),
        }));
      const point = at.map((i) => s.flat[i]);
      const [width] = boxSize(pad.canvas);
      const grid = done ? cache.fine : cache.coarse;
      const look = [s.colors, s.font, width, s.domain, names];
      const picture = JSON.stringify([cache.key, done, point, s.path, look]);
      if (drawn.key !== picture) {
        const scales = drawLossSurface(prepareCanvas(pad.canvas, width, width), {
          width,
          height: width,
          grid,
          xDomain: s.domain,
          yDomain: s.domain,
          point,
          path: s.path,
          colors: s.colors,
          font: s.font,
          xTitle: names[0].label,
          yTitle: names[1].label,
        });
        drawn = { key: picture, scales };
        pad.setScales(scales);
        // The colours follow √loss, so the bar is marked in √loss.
        bar.update({ name: `colour: √${s.lossName}`, ...scales.shade });
      }
      // Up to 4 decimals, without trailing zeros: 6, −5.9, 0.4058.
      const show = s.showValue ?? ((v) => showNumber(Number(v.toFixed(4))));
      // Spoken: "weight from h1 to y-hat = 6, …"; on screen: "w(h₁→ŷ) = 6, …".
      const values = names.map((n, i) => `${n.words} = ${show(point[i])}`).join(', ');
      pad.setPoint(point, `${values}: ${s.lossWords} ${(s.showValue ?? showFixed)(s.mean)}`);
      pad.root.setAttribute(
        'aria-label',
        `Loss surface over ${names[0].words} and ${names[1].words}`,
      );
      // On screen, a line breaks only after a comma or before the arrow: "w = 3" and
      // "→ mse 0.1817" stay whole (no-break spaces).
      const nb = (text) => text.replaceAll(' ', '\u00a0');
      const loss = nb(`→ ${s.lossName} ${(s.showValue ?? showFixed)(s.mean)}`);
      setText(
        readout,
        `${names.map((n, i) => nb(`${n.label} = ${show(point[i])}`)).join(', ')} ${loss}`,
      );
      return !done;
    },
  };
}
