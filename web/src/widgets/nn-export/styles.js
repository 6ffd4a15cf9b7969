// The layout of <nn-export>: the tabs and the code listing beside the glossary on a wide widget,
// one above the other on a phone; the listing scrolls inside its own box. CSS text only.

export const exportStyles = `
.summary {
  margin: 0 0 0.75rem;
  font-weight: 600;
}
.export {
  display: grid;
  gap: 1.25rem;
}
@container (min-width: 820px) {
  .export {
    grid-template-columns: minmax(0, 1.7fr) minmax(15rem, 1fr);
    align-items: start;
  }
}
.code-side {
  display: grid;
  gap: 0.5rem;
  min-width: 0;
}
.tab-row {
  display: flex;
  flex-wrap: wrap;
  align-items: end;
  justify-content: space-between;
  gap: 0.5rem;
}
.tabs {
  display: flex;
  gap: 0.25rem;
}
[role='tab'] {
  border-radius: calc(var(--_radius) * 0.75) calc(var(--_radius) * 0.75) 0 0;
  border-bottom-width: 3px;
  color: var(--_muted);
  font-weight: 600;
}
[role='tab'][aria-selected='true'] {
  border-color: var(--_accent);
  color: var(--_fg);
  background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
}
.panel {
  max-height: 30rem;
  overflow: auto;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: color-mix(in srgb, var(--_fg) 4%, var(--_bg));
}
.panel pre {
  margin: 0;
  padding: 0.75rem 1rem;
  font-family: var(--_mono);
  font-size: 0.8125rem;
  line-height: 1.5;
  tab-size: 4;
}
@container (max-width: 480px) {
  .panel pre {
    padding: 0.6rem 0.75rem;
    font-size: 0.72rem;
  }
}
.copy-code {
  font-weight: 600;
}
.copy-status {
  color: var(--_muted);
  font-size: var(--_small);
}
.copy-status:empty {
  display: none;
}
.glossary {
  width: 100%;
  border-collapse: collapse;
  font-size: var(--_small);
}
.glossary caption {
  margin-bottom: 0.5rem;
  font-weight: 600;
  text-align: left;
}
.glossary th,
.glossary td {
  padding: 0.4rem 0.5rem;
  border-bottom: 1px solid var(--_border);
  text-align: left;
  vertical-align: top;
}
.glossary thead th {
  color: var(--_muted);
}
.glossary tbody th {
  font-weight: 500;
}
.glossary td {
  font-size: 0.95em;
  overflow-wrap: anywhere;
}
`;
