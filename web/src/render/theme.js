// The widgets' colours as CSS: each palette colour (colors.js) as a --_name custom property,
// light, or dark when the reader's system asks for it; a page overrides any with --nl-name.
// Does not: draw, or hold any colour of its own (the palette is colors.js).

import { themes } from './colors.js';

export const THEME_NAMES = [
  'fg',
  'bg',
  'muted',
  'border',
  'accent',
  'pos',
  'neg',
  'third',
  'good',
  'bad',
];

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
