// The layout of <nn-backprop>: the settings in a row, then the stage (the diagram beside the
// current step's formulas on a wide widget, stacked on a phone), the step controls with the
// phase bar, and the gradient-check table. CSS text only; the shared look is widget-styles.js.

import { numberControlStyles } from '../shared/number-control.js';

export const backpropStyles = `${numberControlStyles}
.settings {
  display: flex;
  flex-wrap: wrap;
  align-items: start;
  gap: 0.75rem 1.5rem;
  margin-bottom: 1rem;
}
.control {
  display: grid;
  grid-template-columns: auto;
  gap: 0.2rem 0.5rem;
  align-items: center;
}
.control label {
  color: var(--_muted);
  font-size: var(--_small);
}
.control:has(input[type='range']) {
  grid-template-columns: 5rem minmax(6rem, 11rem);
}
.control:has(input[type='range']) label,
.control .message {
  grid-column: 1 / -1;
}
.stage {
  display: grid;
  gap: 0.75rem 1.5rem;
  padding: 1rem;
  border-radius: var(--_radius);
  background: color-mix(in srgb, var(--_accent) 6%, var(--_bg));
}
.stage:focus-visible {
  outline-offset: 3px;
}
@container (min-width: 720px) {
  .stage:not(.deep) {
    grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
    align-items: start;
  }
}
.stage.deep .diagram {
  max-width: 44rem;
}
.diagram {
  margin: 0;
  justify-self: center;
  width: 100%;
  max-width: 28rem;
}
.explain {
  min-width: 0;
}
.title {
  margin: 0 0 0.6rem;
  font-size: 1.1em;
  line-height: 1.3;
}
.blocks {
  display: grid;
  gap: 0.45rem;
}
.formula {
  margin: 0;
  font-family: Georgia, 'Times New Roman', serif;
  font-style: italic;
  font-size: 1.05em;
  overflow-wrap: anywhere;
}
.line {
  margin: 0;
  overflow-wrap: anywhere;
}
.result {
  color: var(--_accent);
  font-weight: 700;
}
.note {
  margin: 0.15rem 0 0;
  color: var(--_muted);
  font-size: var(--_small);
}
.scrubber {
  display: grid;
  grid-template-columns: auto minmax(0, 1fr) auto;
  align-items: start;
  gap: 0.5rem 0.75rem;
  margin: 1rem 0;
}
@container (max-width: 480px) {
  .scrubber {
    grid-template-columns: 1fr 1fr;
  }
  .scrubber .track {
    grid-column: 1 / -1;
    grid-row: 1;
  }
}
.scrubber button {
  font-weight: 600;
}
.scrubber .next:not(:disabled) {
  border-color: var(--_accent);
  background: var(--_accent);
  color: var(--_bg);
}
.scrubber button:disabled {
  opacity: 0.5;
  cursor: not-allowed;
}
.track {
  display: grid;
  gap: 0.2rem;
  min-width: 0;
}
.phases {
  display: flex;
  gap: 3px;
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: var(--_small);
}
.phases li {
  flex: 1 1 auto;
  padding-top: 0.15rem;
  border-top: 4px solid var(--_border);
  color: var(--_muted);
  text-align: center;
  white-space: nowrap;
}
.phases li.past {
  border-color: color-mix(in srgb, var(--_accent) 40%, var(--_bg));
}
.phases li.current {
  border-color: var(--_accent);
  color: var(--_fg);
  font-weight: 600;
}
.where {
  margin: 0;
  color: var(--_muted);
  font-size: var(--_small);
}
.table-wrap {
  max-width: 100%;
  overflow-x: auto;
}
table {
  border-collapse: collapse;
  font-size: var(--_small);
}
caption {
  padding-bottom: 0.35rem;
  font-family: var(--_font);
  font-weight: 600;
  text-align: left;
}
th,
td {
  padding: 0.25rem 0.6rem;
  border-bottom: 1px solid var(--_border);
  text-align: right;
  white-space: nowrap;
}
th[scope='row'],
thead th:first-child {
  text-align: left;
}
thead th {
  vertical-align: bottom;
  white-space: normal;
  color: var(--_muted);
  font-family: var(--_font);
  font-weight: 600;
}
.check {
  margin-top: 0.5rem;
}
@container (max-width: 480px) {
  table {
    font-size: 0.78em;
  }
  caption {
    font-size: 1.15em;
  }
  th,
  td {
    padding: 0.2rem 0.25rem;
  }
  table.update td {
    white-space: normal;
  }
}
.summary {
  max-width: 44rem;
}
.node circle {
  transition: fill 0.2s, stroke-width 0.2s;
}
.node.done circle {
  fill: color-mix(in srgb, var(--_accent) 16%, var(--_bg));
}
.node.current circle {
  stroke: var(--_accent);
  stroke-width: 4;
}
.node text.below,
.node text.above {
  font-family: var(--_mono);
  font-size: 0.76em;
  font-weight: 600;
  paint-order: stroke;
  stroke: color-mix(in srgb, var(--_accent) 6%, var(--_bg));
  stroke-width: 4px;
  stroke-linejoin: round;
}
.node text.above {
  fill: var(--_muted);
}
svg.network:has(.edge.active) .edge:not(.active) .wire {
  stroke-opacity: 0.25;
}
`;
