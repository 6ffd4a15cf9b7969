// The layout of <nn-descent>: the learning rate (field and log slider), the buttons and the
// live numbers, the verdict in words, then the curve or the surface. CSS text only; the shared
// look is widget-styles.js.

import { lossSurfaceStyles } from '../shared/loss-surface.js';

export const descentStyles = `
.descent {
  display: grid;
  gap: 0.85rem;
}
.control.rate {
  display: grid;
  grid-template-columns: auto 5.5rem auto minmax(0, 1fr) auto;
  align-items: center;
  gap: 0.25rem 0.6rem;
}
.control.rate .label {
  font-weight: 600;
}
.control.rate input[type='text'] {
  width: 100%;
  font-family: var(--_mono);
  text-align: right;
}
.control.rate .ends {
  color: var(--_muted);
  font-size: var(--_small);
}
.control.rate .message {
  grid-column: 1 / -1;
}
@container (max-width: 480px) {
  .control.rate {
    grid-template-columns: auto 5.5rem;
  }
  .control.rate .ends {
    display: none;
  }
  .control.rate input[type='range'] {
    grid-column: 1 / -1;
  }
}
.buttons {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
}
.buttons button {
  min-width: 5rem;
  font-weight: 600;
}
.buttons button[aria-pressed='true'],
.buttons button.primary {
  border-color: var(--_accent);
  background: var(--_accent);
  color: var(--_bg);
}
.buttons button:disabled {
  opacity: 0.5;
  cursor: not-allowed;
}
.numbers {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
  gap: 0.5rem;
  margin: 0;
}
.numbers div {
  padding: 0.4rem 0.6rem;
  border-radius: calc(var(--_radius) * 0.75);
  background: color-mix(in srgb, var(--_accent) 7%, var(--_bg));
}
.numbers dt {
  color: var(--_muted);
  font-size: var(--_small);
}
.numbers dd {
  margin: 0;
  font-size: 1.05em;
  overflow-wrap: anywhere;
}
.verdict {
  margin: 0;
  padding: 0.5rem 0.75rem;
  border-left: 4px solid var(--_border);
  font-weight: 500;
}
.verdict[data-status='converged'] {
  border-color: var(--_good);
}
.verdict[data-status='crawling'],
.verdict[data-status='bouncing'],
.verdict[data-status='stopped'] {
  border-color: var(--_neg);
}
.verdict[data-status='growing'],
.verdict[data-status='diverged'] {
  border-color: var(--_bad);
  color: var(--_bad);
}
.curve {
  border-radius: var(--_radius);
  touch-action: pan-y;
  cursor: pointer;
}
.curve-canvas {
  display: block;
  width: 100%;
  height: 260px;
}
${lossSurfaceStyles}
.surface-figure {
  justify-self: center;
  width: 100%;
  max-width: 28rem;
}
`;
