// The layout of <nn-neuron>: one line per number on a phone (label, field, slider), two
// numbers per row with labels above on a wider widget; below, the diagram beside the formula
// and the output. CSS text only; the shared look (colours, fields, focus) is widget-styles.js.

import { numberControlStyles } from '../shared/number-control.js';

export const neuronStyles = `${numberControlStyles}
.neuron,
.edit,
.rows {
  display: grid;
  gap: 0.5rem;
}
.neuron,
.rows {
  gap: 1rem;
}
.row {
  display: grid;
  gap: 0.5rem 1.5rem;
}
.row.last {
  padding-top: 0.75rem;
  border-top: 1px solid var(--_border);
}
.control {
  display: grid;
  grid-template-columns: 6rem 4.75rem minmax(0, 1fr);
  align-items: center;
  gap: 0 0.5rem;
}
@container (min-width: 620px) {
  .row {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
  .control {
    grid-template-columns: 4.75rem minmax(0, 1fr);
  }
  .control .label {
    grid-column: 1 / -1;
  }
}
.control .label {
  line-height: 1.2;
  overflow-wrap: anywhere;
}
.control .message {
  grid-column: 1 / -1;
}
.control select {
  grid-column: span 2;
  justify-self: start;
  min-width: 8rem;
}
.result {
  display: grid;
  align-items: center;
  gap: 0.75rem 1.5rem;
  padding: 0.75rem 1rem;
  border-radius: var(--_radius);
  background: color-mix(in srgb, var(--_accent) 7%, var(--_bg));
}
@container (min-width: 520px) {
  .result {
    grid-template-columns: 10rem minmax(0, 1fr);
  }
}
.diagram {
  justify-self: center;
  width: 100%;
  max-width: 10rem;
}
.numbers {
  display: grid;
  gap: 0.35rem;
  min-width: 0;
}
.formula {
  margin: 0;
  font-size: 1.05em;
  overflow-wrap: anywhere;
}
.formula output {
  font-weight: 700;
  font-size: 1.15em;
}
.output-value {
  color: var(--_accent);
}
.meter {
  display: grid;
  grid-template-columns: auto minmax(0, 1fr) auto;
  align-items: center;
  gap: 0.5rem;
  color: var(--_muted);
  font-size: var(--_small);
}
.meter .track {
  position: relative;
  grid-column: 2;
  grid-row: 1;
  height: 0.75rem;
  border-radius: 0.375rem;
  background: var(--_border);
  overflow: hidden;
}
.meter .fill {
  position: absolute;
  top: 0;
  bottom: 0;
  background: var(--_pos);
  transition: left 0.15s, width 0.15s;
}
.meter .fill.negative {
  background: var(--_neg);
}
.goal {
  margin: 0.25rem 0 0;
}
.node:last-child circle {
  stroke: var(--_accent);
  stroke-width: 2.5;
}
`;
