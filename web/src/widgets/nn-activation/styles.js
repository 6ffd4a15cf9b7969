// The layout of <nn-activation>: a row of activation choices, the value and slope plots
// stacked on one shared z axis (or five small plots with `compare`), and the numbers below.
// CSS text only; the shared look is in widget-styles.js.

import { choiceChipsStyles } from '../shared/choice-chips.js';

export const activationStyles = `${choiceChipsStyles}
.chooser {
  margin: 0 0 0.75rem;
}
.plots {
  border-radius: var(--_radius);
  touch-action: pan-y;
  cursor: ew-resize;
}
.single canvas {
  display: block;
  width: 100%;
}
canvas.value {
  height: 220px;
}
canvas.slope {
  height: 140px;
  margin-top: 0.25rem;
}
.plots.compare {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr));
  gap: 0.75rem;
}
figure {
  margin: 0;
}
figcaption {
  font-weight: 600;
}
canvas.small {
  display: block;
  width: 100%;
  height: 120px;
}
.numbers {
  margin: 0.25rem 0 0;
  color: var(--_muted);
  font-size: var(--_small);
  white-space: pre-line;
}
.single .numbers {
  margin-top: 0.5rem;
  color: var(--_fg);
  font-size: 1.05em;
}
.legend {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1.25rem;
  margin: 0.75rem 0 0;
  color: var(--_muted);
  font-size: var(--_small);
}
.key::before {
  content: '';
  display: inline-block;
  width: 1.75em;
  margin-right: 0.4em;
  vertical-align: middle;
  border-top: 3px solid var(--_accent);
}
.key.slope::before {
  border-top-color: var(--_third);
}
.plots.compare + .legend .slope::before {
  border-top-style: dashed;
}
.key.tangent::before {
  border-top: 2px dashed var(--_fg);
}
`;
