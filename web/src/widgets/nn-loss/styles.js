// The layout of <nn-loss>: the loss choice and the table on one side, the loss surface on the
// other on a wide widget; stacked on a phone, where the table scrolls sideways if it must.
// CSS text only; the shared look is widget-styles.js.

import { choiceChipsStyles } from '../shared/choice-chips.js';
import { lossSurfaceStyles } from '../shared/loss-surface.js';

export const lossStyles = `${choiceChipsStyles}
.loss-widget {
  display: grid;
  gap: 1.25rem;
}
@container (min-width: 760px) {
  .loss-widget:has(.surface-figure:not([hidden])) {
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    align-items: start;
  }
}
.side {
  display: grid;
  gap: 0.75rem;
  min-width: 0;
}
.options {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 1rem;
}
.check:has(input:focus-visible) {
  outline: 3px solid var(--_accent);
  outline-offset: 2px;
}
.check {
  display: inline-flex;
  align-items: center;
  gap: 0.4rem;
  min-height: var(--_target);
  cursor: pointer;
}
.check input {
  width: 1.1rem;
  height: 1.1rem;
  margin: 0;
  accent-color: var(--_accent);
}
.formula {
  margin: 0;
  color: var(--_muted);
  font-size: var(--_small);
  white-space: pre-line;
}
.loss-table-box {
  display: grid;
  gap: 0.5rem;
  min-width: 0;
}
.table-scroll {
  overflow-x: auto;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
}
.loss-table {
  width: 100%;
  border-collapse: collapse;
  font-size: var(--_small);
}
.loss-table th,
.loss-table td {
  padding: 0.4rem 0.6rem;
  text-align: right;
  white-space: nowrap;
}
.loss-table thead th {
  border-bottom: 1px solid var(--_border);
  color: var(--_muted);
  font-weight: 600;
  white-space: normal;
  vertical-align: bottom;
}
.loss-table thead small {
  display: block;
  font-weight: 400;
}
.loss-table tbody tr:nth-child(even) {
  background: color-mix(in srgb, var(--_border) 25%, transparent);
}
.loss-table tbody th {
  color: var(--_muted);
  font-weight: 400;
}
.loss-table .selected {
  background: color-mix(in srgb, var(--_accent) 12%, transparent);
  font-weight: 600;
}
.loss-table tfoot th,
.loss-table tfoot td {
  border-top: 2px solid var(--_fg);
  font-weight: 600;
}
.loss-table tfoot .selected {
  font-size: 1.15em;
}
@container (max-width: 520px) {
  .loss-table {
    font-size: 0.72rem;
  }
  .loss-table th,
  .loss-table td {
    padding: 0.35rem 0.15rem;
  }
  .loss-table thead th {
    font-size: 0.7rem;
  }
  .loss-table .index,
  .loss-table .names,
  .loss-table thead small {
    display: none;
  }
}
${lossSurfaceStyles}
.readout {
  font-size: 1rem;
}
`;
