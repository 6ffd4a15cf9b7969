// The theme's colours for <nn-digits>' canvases (render/theme.js) and the grey levels' colour
// table made from them, read once per colour scheme: a getComputedStyle per draw cost a chart's
// frame as much as the chart. A new scheme also makes the pictures' colour tables again.

import { inkTable } from '../../render/digit-image.js';
import { el } from '../../render/dom.js';
import { canvasFont, themeColors } from '../../render/theme.js';

/** widget: the <nn-digits> whose style is read; view: its digitsView (forgetColors). */
export function canvasTheme(widget, view) {
  let theme = null; // { dark, colors, font }
  let table = null;
  return {
    /** The canvases' colours, read again only when the colour scheme changes. */
    colors() {
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      if (theme?.dark !== dark) {
        if (theme) {
          view.forgetColors();
          table = null;
        }
        theme = { dark, colors: themeColors(widget), font: canvasFont(widget) };
      }
      return theme.colors;
    },
    /** The charts' font, as read by the last colors(). */
    font: () => theme.font,
    /** The grey levels' colours, from the theme (made once per scheme). */
    ink() {
      // A canvas of its own to resolve the colours: the charts' are the worker's.
      table ??= inkTable(el('canvas').getContext('2d'), themeColors(widget));
      return table;
    },
  };
}
