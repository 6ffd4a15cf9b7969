// The slice's surface painted in the race's worker, on the page's canvas handed over to it
// (transferControlToOffscreen): a complete grid (slice-grid.js) drawn by render/loss-surface.js
// with the page's look (its width, pixel ratio, colours, font and axis titles). Drawing a
// 32 × 32 surface with its level lines takes longer than a frame on a slow CPU: here it takes
// none of the page's. Does not: compute the grid, or draw the paths (the page does, over it).

import { prepareCanvas } from '../../render/canvas.js';
import { drawLossSurface } from '../../render/loss-surface.js';

export class SliceSurface {
  #canvas = null; // an OffscreenCanvas
  #look = null; // { width, ratio, colors, font, xTitle, yTitle }
  #drawn = '';

  /** canvas: the page's surface canvas, transferred. */
  setCanvas(canvas) {
    this.#canvas = canvas;
    this.#drawn = '';
  }

  setLook(look) {
    this.#look = look;
  }

  /**
   * Shows `shown` (SliceGrid's last complete grid) when it is of `what` (the race and pair the
   * page shows), else a blank canvas; draws only when that or the look changed.
   */
  paint(shown, what) {
    const [canvas, look] = [this.#canvas, this.#look];
    if (!canvas || !look) return;
    const current = shown?.what === what ? shown : null;
    const key = `${current?.key} ${JSON.stringify(look)}`;
    if (key === this.#drawn) return;
    this.#drawn = key;
    // Sized for the screen's pixel density: the page's, sent with look.
    const ctx = prepareCanvas(canvas, look.width, look.width, look.ratio);
    if (!current) return; // the first grid of a new race or pair is still being computed
    drawLossSurface(ctx, {
      width: look.width,
      height: look.width,
      grid: current.grid,
      xDomain: current.xDomain,
      yDomain: current.yDomain,
      colors: look.colors,
      font: look.font,
      xTitle: look.xTitle,
      yTitle: look.yTitle,
    });
  }
}
