// The layout of <nn-network>: the diagram with its editor beside the output's boundary map and
// the hidden neurons' small maps on a wide widget, stacked on a phone; the table of points and
// the exercise below. CSS text only; the diagram's own look is in render/network-diagram.js.

import { numberControlStyles } from '../shared/number-control.js';

export const networkStyles = `${numberControlStyles}
.network {
  display: grid;
  gap: 1rem 1.5rem;
  align-items: start;
}
@container (min-width: 680px) {
  .network {
    grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
  }
}
.left,
.right {
  display: grid;
  gap: 0.75rem;
  min-width: 0;
}
.diagram {
  width: 100%;
  max-width: 26rem;
  justify-self: center;
}
.diagram .node,
.diagram .edge {
  cursor: pointer;
}
.diagram .node text {
  font-style: italic;
  font-size: 15px;
}
.diagram .values text {
  fill: var(--_muted);
  font-family: var(--_mono);
  font-style: normal;
  font-size: 12px;
  text-anchor: middle;
}
.diagram .chip rect {
  fill: var(--_bg);
  fill-opacity: 0.9;
}
.diagram .chip text {
  fill: var(--_fg);
  font-family: var(--_mono);
  font-size: 12px;
  text-anchor: middle;
  dominant-baseline: central;
}
.diagram .chip {
  cursor: pointer;
}
.diagram .chip:focus:not(:focus-visible),
.diagram .node:focus:not(:focus-visible),
.diagram .edge:focus:not(:focus-visible) {
  outline: none;
}
.diagram .chip:focus-visible {
  outline: 2px solid var(--_accent);
  outline-offset: 1px;
}
.diagram .chip:focus-visible rect {
  fill: color-mix(in srgb, var(--_accent) 20%, var(--_bg));
}
.diagram .edge.focused .hit {
  stroke: var(--_accent);
  stroke-opacity: 0.5;
}
.diagram .values text {
  paint-order: stroke;
  stroke: var(--_bg);
  stroke-width: 4px;
  stroke-linejoin: round;
}
.diagram .edge.picked .hit {
  stroke: var(--_accent);
  stroke-opacity: 0.25;
}
.diagram .node:focus-visible,
.diagram .edge:focus-visible {
  outline: 2px solid var(--_accent);
  outline-offset: 4px;
}
.diagram .edge:focus-visible .hit {
  stroke-opacity: 0.5;
}
.diagram .node:focus-visible circle {
  fill: color-mix(in srgb, var(--_accent) 25%, var(--_bg));
}
.diagram .node.picked circle {
  stroke: var(--_accent);
  stroke-width: 3.5;
}
.diagram .node:hover circle,
.diagram .edge:hover .hit {
  stroke: var(--_accent);
  stroke-opacity: 0.35;
}
.diagram .node:hover circle {
  stroke-opacity: 1;
}
.help {
  margin: 0;
  color: var(--_muted);
  font-size: var(--_small);
}
.editor {
  padding: 0.6rem 0.75rem;
  border-radius: var(--_radius);
  background: color-mix(in srgb, var(--_accent) 7%, var(--_bg));
}
.control {
  display: grid;
  grid-template-columns: 5.5rem minmax(0, 1fr);
  align-items: center;
  gap: 0.25rem 0.6rem;
}
.control .label {
  grid-column: 1 / -1;
  font-weight: 600;
}
.control .message {
  grid-column: 1 / -1;
}
figure {
  margin: 0;
}
figcaption,
.hidden-maps > p {
  margin: 0 0 0.3rem;
  color: var(--_muted);
  font-size: var(--_small);
}
.output {
  width: 100%;
  max-width: 20rem;
  justify-self: center;
}
.output-map {
  display: block;
  width: 100%;
  aspect-ratio: 1;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.5);
}
.maps {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
}
.maps figure {
  width: 6.5rem;
}
.maps figcaption {
  font-style: italic;
  text-align: center;
}
.maps canvas {
  display: block;
  width: 100%;
  aspect-ratio: 1;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.5);
}
.table {
  margin-top: 1rem;
  overflow-x: auto;
}
.exercise {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 1rem;
  margin-top: 1rem;
}
.hint {
  margin: 0.5rem 0 0;
}
.hint:empty {
  display: none;
}
`;
