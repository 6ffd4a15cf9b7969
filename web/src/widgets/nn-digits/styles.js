// The layout of <nn-digits>: the play bar, the two charts side by side (stacked on a phone),
// the reading panel (pad, input, bars), the confusion matrix and digit strips, the weight
// images and the settings. CSS text only; the shared look is widget-styles.js.

export const digitsStyles = `
.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.toolbar .play { min-width: 8rem; border-color: var(--_accent); background: var(--_accent); color: var(--_bg); font-weight: 700; }
.toolbar progress { flex: 1 1 8rem; }
.status:empty { display: none; }
.status { margin: 0.75rem 0 0; padding: 0.4rem 0.6rem; border-left: 4px solid var(--_bad); color: var(--_bad); font-weight: 600; }
.readout { font-size: var(--_small); margin: 0.5rem 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.5rem; }
.chart { width: 100%; height: 180px; display: block; }
.reading { display: grid; grid-template-columns: minmax(10rem, 16rem) 6rem minmax(12rem, 1fr); gap: 0.75rem; align-items: start; margin-top: 1rem; }
.pad-box { display: grid; gap: 0.4rem; }
.pad { width: 100%; aspect-ratio: 1; border: 1px solid var(--_border); border-radius: 4px; background: var(--_bg); touch-action: none; cursor: crosshair; }
canvas.digit { image-rendering: pixelated; width: 28px; height: 28px; border: 1px solid var(--_border); display: block; }
canvas.digit.big { width: 84px; height: 84px; }
.note { font-size: var(--_small); color: var(--_muted); margin: 0.25rem 0 0; }
.verdict { font-weight: 600; margin: 0 0 0.4rem; min-height: 1.4em; }
.bar-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.15rem; }
.bar-list li { display: grid; grid-template-columns: 1rem 1fr 4rem; gap: 0.4rem; align-items: center; font-variant-numeric: tabular-nums; }
.bar-list li.best { font-weight: 700; }
.bar-list meter { width: 100%; }
.bar-list .value { text-align: right; font-size: var(--_small); }
.pick-box { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
.picker input { width: 5rem; margin: 0 0.4rem; }
.quiz select { margin: 0 0.4rem; }
.confusion-box { display: grid; gap: 0.5rem; min-width: 0; overflow-x: auto; }
.confusion { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: var(--_small); }
.confusion caption { text-align: left; color: var(--_muted); margin-bottom: 0.25rem; }
.confusion th { padding: 0.1rem 0.3rem; }
.confusion td { padding: 0; }
.confusion button { min-width: 2.4rem; padding: 0.15rem 0.2rem; border-radius: 0; }
.confusion button.right { font-weight: 700; }
.confusion button.wrong:not(.empty) { color: var(--_bad); }
.thumbs { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
.thumb { display: grid; justify-items: center; gap: 0.1rem; padding: 0.2rem; font-size: 0.7rem; }
.thumbs .more { align-self: center; color: var(--_muted); }
.weight-grid { display: grid; grid-template-columns: repeat(8, 1fr); gap: 0.25rem; max-width: 28rem; }
.weight-grid canvas.digit { width: 100%; height: auto; aspect-ratio: 1; }
.weights { margin: 1rem 0; }
.weights figcaption { font-size: var(--_small); color: var(--_muted); }
.runs { display: block; overflow-x: auto; border-collapse: collapse; margin: 1rem 0; font-variant-numeric: tabular-nums; }
.runs th, .runs td { padding: 0.15rem 0.6rem; text-align: right; border-bottom: 1px solid var(--_border); }
.settings { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.5rem 1rem; margin-top: 1rem; }
.settings .field { display: grid; gap: 0.2rem; }
.settings input { width: 100%; }
@media (max-width: 40rem) {
  .reading { grid-template-columns: 1fr 6rem; }
  .bars { grid-column: 1 / -1; }
  .confusion button { min-width: 1.8rem; }
}
`;
