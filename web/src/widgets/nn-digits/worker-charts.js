// The loss and accuracy charts painted in the digits worker, on the page's two chart canvases
// handed over to it (transferControlToOffscreen): the worker holds the history, so a chart is
// drawn here, between two training slices, and the page's frame spends nothing on it. The page
// sends the look (each canvas's size, its pixel ratio, the theme's colours and font) with each
// request to draw. Does not: train, or say the charts' summaries (the page does).

import { paintChart } from '../shared/training-chart.js';

export class WorkerCharts {
  #canvases = []; // [loss, accuracy] OffscreenCanvas

  /** canvases: the page's two chart canvases, transferred. */
  setCanvases(canvases) {
    this.#canvases = canvases;
  }

  /**
   * Paints both charts from series (the run's history: loss, accuracy, testLoss, testAccuracy
   * by epoch); look: { sizes: [[width, height] x 2] (CSS pixels), ratio, colors, font }; brief:
   * the run is playing (every k-th epoch drawn, as on the page).
   */
  paint(series, look, brief) {
    ['loss', 'accuracy'].forEach((which, i) => {
      const canvas = this.#canvases[i];
      const size = look.sizes[i];
      if (!canvas || !(size?.[0] > 0)) return;
      paintChart(canvas, size, which, { series, stride: 1 }, look, brief);
    });
  }
}
