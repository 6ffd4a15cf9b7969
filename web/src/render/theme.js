// The widgets' theme: each palette colour (colors.js) as a --_name custom property, light, or
// dark when the reader's system asks for it (a page overrides any with --nl-name), and what a
// canvas needs of it: the resolved colours and the label font of the element it is drawn in.
// Does not: draw, or hold any colour of its own (the palette is colors.js).

import { themes } from './colors.js';

const THEME_NAMES = ['fg', 'bg', 'muted', 'border', 'accent', 'pos', 'neg', 'third', 'good', 'bad'];

/** "--_fg: var(--nl-fg, #1b1f24);" for every colour of a theme, one per line. */
function properties(theme, indent) {
  return THEME_NAMES.map((name) => `${indent}--_${name}: var(--nl-${name}, ${theme[name]});`).join(
    '\n',
  );
}

/** The CSS text every widget adopts first: the light theme, then the dark one. */
export const themeCss = `:host {
${properties(themes.light, '  ')}
}
@media (prefers-color-scheme: dark) {
  :host {
${properties(themes.dark, '    ')}
  }
}
`;

/** An element's resolved theme colours ({ fg, bg, accent, pos, neg, … }), for a canvas. */
export function themeColors(element) {
  const style = getComputedStyle(element);
  return Object.fromEntries(
    THEME_NAMES.map((name) => [name, style.getPropertyValue(`--_${name}`).trim()]),
  );
}

/** The font for labels drawn on a canvas: 12 px in the family the element's text uses. */
export function canvasFont(element) {
  return `12px ${getComputedStyle(element).fontFamily}`;
}
