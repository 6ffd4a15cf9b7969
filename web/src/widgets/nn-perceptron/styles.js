// The layout of <nn-perceptron>: the data-set pills on top, the plot beside the panel of
// numbers (the counter, the status, the rule written out, the table) on a wide widget and
// above it on a phone, then the step buttons and the learning rate. CSS text only.

import { choiceChipsStyles } from '../shared/choice-chips.js';
import { numberControlStyles } from '../shared/number-control.js';

export const perceptronStyles = `${choiceChipsStyles}${numberControlStyles}
.chooser {
  margin: 0 0 0.75rem;
}
.chooser label {
  padding: 0.25rem 0.95rem;
  font-weight: 600;
  letter-spacing: 0.03em;
}
.perceptron {
  display: grid;
  gap: 1rem 1.5rem;
  align-items: start;
}
@container (min-width: 640px) {
  .perceptron {
    grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
  }
}
.figure-box {
  display: grid;
  gap: 0.5rem;
  width: 100%;
  max-width: 22rem;
  justify-self: center;
}
.help {
  margin: 0;
  color: var(--_muted);
  font-size: var(--_small);
}
.side {
  display: grid;
  gap: 0.75rem;
  min-width: 0;
}
.panel {
  display: grid;
  gap: 0.4rem;
  padding: 0.75rem 1rem;
  border-radius: var(--_radius);
  background: color-mix(in srgb, var(--_accent) 7%, var(--_bg));
}
.panel p {
  margin: 0;
  overflow-wrap: anywhere;
}
.panel p:empty {
  display: none;
}
.counter {
  color: var(--_muted);
  font-size: var(--_small);
}
.status {
  font-weight: 600;
}
.rule {
  display: grid;
  gap: 0.2rem;
  padding-top: 0.4rem;
  border-top: 1px solid var(--_border);
  font-size: var(--_small);
}
.rule p {
  margin: 0;
}
.line-text {
  font-size: var(--_small);
}
.note {
  color: var(--_muted);
}
.train {
  display: grid;
  gap: 0.75rem;
  margin-top: 1rem;
}
.buttons {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
  margin-top: 1rem;
}
.train .buttons {
  margin-top: 0;
}
.buttons button[aria-pressed='true'] {
  border-color: var(--_accent);
  background: var(--_accent);
  color: var(--_bg);
}
.control {
  display: grid;
  grid-template-columns: auto 5rem minmax(0, 18rem);
  justify-content: start;
  align-items: center;
  gap: 0 0.6rem;
}
.control .message {
  grid-column: 1 / -1;
}
.goal {
  margin: 1rem 0 0;
}
`;
