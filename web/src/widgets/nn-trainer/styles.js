// The layout of <nn-trainer>: the play bar and the run's numbers, the boundary beside the
// network and its neuron maps (stacked on a phone), the two charts, then the settings in three
// groups. CSS text only; the shared look (colours, fields, focus) is widget-styles.js.

export const trainerStyles = `
.toolbar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem;
}
.toolbar .play {
  min-width: 5.5rem;
  border-color: var(--_accent);
  background: var(--_accent);
  color: var(--_bg);
  font-weight: 700;
}
.readout {
  flex: 1 1 18rem;
  min-width: 0;
  margin: 0 0 0 0.5rem;
  font-size: var(--_small);
}
.status {
  margin: 0.75rem 0 0;
  padding: 0.4rem 0.6rem;
  border-left: 4px solid var(--_bad);
  color: var(--_bad);
  font-weight: 600;
}
.status:empty {
  display: none;
}
.goal {
  margin: 0.75rem 0 0;
  font-weight: 600;
}
.goal.solved {
  color: var(--_good);
}
.panels,
.charts,
.settings {
  display: grid;
  align-items: start;
  gap: 1rem;
  margin-top: 1rem;
}
@container (min-width: 700px) {
  .panels {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
}
@container (min-width: 560px) {
  .charts {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
}
@container (min-width: 860px) {
  .settings {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
}
.panel {
  min-width: 0;
  margin: 0;
  padding: 0.75rem;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
}
.panel h3 {
  margin: 0 0 0.5rem;
  font-size: 1em;
}
.boundary {
  position: relative;
  width: 100%;
  max-width: 30rem;
  aspect-ratio: 1;
  margin: 0 auto;
}
.boundary canvas {
  position: absolute;
  will-change: transform; /* its own layer: redrawn every few frames without repainting the page */
  inset: 0;
  width: 100%;
  height: 100%;
  border-radius: 4px;
}
canvas.marks {
  cursor: crosshair;
  touch-action: manipulation;
}
.count,
.note {
  margin: 0.4rem 0 0;
  color: var(--_muted);
  font-size: var(--_small);
}
.picker {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0 1rem;
  margin: 0.25rem 0 0;
  padding: 0;
  border: 0;
  font-size: var(--_small);
}
.picker legend {
  padding: 0;
}
.picker label {
  display: inline-flex;
  align-items: center;
  gap: 0.3rem;
  min-height: var(--_target);
}
.mark {
  font-size: 1.2em;
}
.mark.class-0 {
  color: var(--_neg);
}
.mark.class-1 {
  color: var(--_pos);
}
.mark.class-2 {
  color: var(--_third);
}
.diagram svg {
  max-height: 17rem;
}
.maps {
  display: grid;
  gap: 0.5rem;
  margin-top: 0.35rem;
}
.tiles {
  display: grid;
  gap: 0.5rem;
  margin-top: 0.35rem;
}
.tiles figure {
  margin: 0;
}
.tiles canvas {
  display: block;
  will-change: transform;
  width: 100%;
  border-radius: 3px;
}
.tiles figcaption {
  color: var(--_muted);
  font-size: 0.75em;
}
canvas.chart {
  display: block;
  will-change: transform;
  width: 100%;
  height: 11rem;
}
fieldset {
  display: grid;
  align-content: start;
  gap: 0.6rem;
  min-width: 0;
  margin: 0;
  padding: 0.5rem 0.75rem 0.75rem;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
}
fieldset legend {
  padding: 0 0.25rem;
  font-weight: 700;
}
.settings .control {
  display: grid;
  grid-template-columns: 6.5rem 4.75rem minmax(0, 1fr);
  align-items: center;
  gap: 0.2rem 0.5rem;
}
.settings .control label {
  font-size: var(--_small);
  line-height: 1.2;
}
.settings .control select {
  grid-column: span 2;
  min-width: 0;
}
.settings .control input[type='text'] {
  width: 100%;
  font-family: var(--_mono);
  text-align: right;
}
.settings .control .message {
  grid-column: 1 / -1;
}
.hint,
.ends {
  color: var(--_muted);
  font-size: var(--_small);
}
.control.rate {
  grid-template-columns: 6.5rem 4.75rem auto minmax(0, 1fr) auto;
}
@container (max-width: 480px) {
  .control.rate {
    grid-template-columns: 6.5rem 4.75rem minmax(0, 1fr);
  }
  .control.rate .ends {
    display: none;
  }
}
.new-seed {
  justify-self: start;
}
.weights {
  margin-top: 1rem;
}
.weights summary {
  cursor: pointer;
  font-weight: 600;
}
.table-wrap {
  overflow-x: auto;
}
.weights table {
  border-collapse: collapse;
  font-size: var(--_small);
}
.weights th,
.weights td {
  padding: 0.25rem 0.6rem;
  border-bottom: 1px solid var(--_border);
  text-align: left;
  vertical-align: top;
  white-space: pre;
}
`;
