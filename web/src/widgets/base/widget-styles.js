// The stylesheet every widget adopts (as CSS text; base-widget.js makes it a constructable
// sheet, since the site's CSP allows no <style> element). A page themes widgets by setting
// --nl-fg, --nl-bg, --nl-accent, --nl-pos, --nl-neg, --nl-muted, --nl-border, --nl-good,
// --nl-bad, --nl-font, --nl-font-size or --nl-radius on any ancestor; unset ones fall back to
// the palette's light or dark theme. Widgets and canvases read the resolved --_* properties.

import { themes } from '../../render/colors.js';

const NAMES = ['fg', 'bg', 'muted', 'border', 'accent', 'pos', 'neg', 'third', 'good', 'bad'];

/** "--_fg: var(--nl-fg, #1b1f24);" for every theme colour. */
function themeProperties(theme) {
  return NAMES.map((name) => `--_${name}: var(--nl-${name}, ${theme[name]});`).join('\n  ');
}

export const widgetStyles = `
:host {
  ${themeProperties(themes.light)}
  --_font: var(--nl-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  --_mono: var(--nl-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
  --_size: var(--nl-font-size, 1rem);
  --_small: var(--nl-font-small, 0.875em);
  --_radius: var(--nl-radius, 0.5rem);
  --_target: 2rem;
  display: block;
  container-type: inline-size;
  box-sizing: border-box;
  max-width: 100%;
  margin: 1.5rem 0;
  padding: 1.25rem;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_bg);
  color: var(--_fg);
  font: var(--_size) / 1.5 var(--_font);
  font-variant-numeric: tabular-nums;
}
@media (prefers-color-scheme: dark) {
  :host {
    ${themeProperties(themes.dark)}
  }
}
@media (pointer: coarse), (max-width: 600px) {
  :host {
    --_target: 2.75rem;
    padding: 0.75rem;
  }
}
:host([hidden]),
[hidden] {
  display: none !important;
}
*,
*::before,
*::after {
  box-sizing: border-box;
}
.sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.num {
  font-family: var(--_mono);
  font-variant-numeric: tabular-nums;
}
button,
input,
select,
textarea {
  font: inherit;
  color: inherit;
}
button,
select,
input[type='text'] {
  min-height: var(--_target);
  padding: 0.25rem 0.6rem;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.75);
  background: var(--_bg);
}
button {
  cursor: pointer;
}
button:hover,
select:hover {
  border-color: var(--_accent);
}
input[type='text'][aria-invalid='true'] {
  border-color: var(--_bad);
  box-shadow: inset 0 0 0 1px var(--_bad);
}
input[type='range'] {
  width: 100%;
  min-width: 0;
  min-height: var(--_target);
  margin: 0;
  accent-color: var(--_accent);
  cursor: pointer;
}
input:disabled,
select:disabled,
input[readonly] {
  opacity: 0.65;
  cursor: not-allowed;
}
:focus-visible {
  outline: 3px solid var(--_accent);
  outline-offset: 2px;
}
.message {
  margin: 0.25rem 0 0;
  color: var(--_bad);
  font-size: var(--_small);
}
.message:empty {
  display: none;
}
.alerts:empty {
  display: none;
}
.loading {
  margin: 0;
  color: var(--_muted);
}
.alerts p {
  margin: 0 0 0.75rem;
  padding: 0.4rem 0.6rem;
  border-left: 4px solid var(--_bad);
  color: var(--_bad);
  font-size: var(--_small);
  overflow-wrap: anywhere;
}
.tools {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: flex-end;
  gap: 0.5rem;
  margin-top: 1rem;
  font-size: var(--_small);
}
.tools button {
  color: var(--_muted);
}
.tools [role='status'] {
  color: var(--_muted);
}
dialog {
  max-width: min(40rem, calc(100vw - 2rem));
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_bg);
  color: var(--_fg);
}
dialog textarea {
  display: block;
  width: 100%;
  min-height: 6rem;
  margin: 0.5rem 0;
  font-family: var(--_mono);
  font-size: var(--_small);
}
/* A math variable written out in a widget's text (w₁, x, z). */
var {
  font-family: Georgia, 'Times New Roman', serif;
  font-size: 1.1em;
}
/* An exercise's line ("Goal: …"), turning green with a tick when solved. */
.goal {
  margin: 0;
  font-weight: 600;
}
.goal.solved {
  color: var(--_good);
}
@media (prefers-reduced-motion: reduce) {
  *,
  *::before,
  *::after {
    transition: none !important;
    animation: none !important;
  }
}
`;
