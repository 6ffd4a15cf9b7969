// KaTeX writes its layout as style="…" attributes, which the site's CSP (style-src 'self')
// forbids. This moves each distinct declaration list into a class of one generated stylesheet,
// marked !important so it still wins over KaTeX's own rules exactly as an inline style would.
import { createHash } from 'node:crypto';

const START_TAG = /<([a-zA-Z][\w-]*)(\s[^<>]*?)?(\/?)>/g;
const STYLE = /\sstyle=(["'])(.*?)\1/;
const CLASS = /\sclass=(["'])(.*?)\1/;

/** Collects declaration lists and names a class for each; toCss() writes the sheet. */
export class HoistedStyles {
  #rules = new Map(); // class name -> declarations

  /** The class that carries `declarations` ("height:1em;top:0"), stable across builds. */
  classFor(declarations) {
    const normal = declarations
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .join(';');
    const name = `ks-${createHash('sha1').update(normal).digest('hex').slice(0, 8)}`;
    this.#rules.set(name, normal);
    return name;
  }

  /** The stylesheet, one rule per line, sorted so the output does not depend on page order. */
  toCss() {
    return [...this.#rules]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, normal]) => {
        const body = normal.split(';').map((d) => `${d}!important`);
        return `.${name}{${body.join(';')}}`;
      })
      .join('\n');
  }
}

/** `html` with every style attribute replaced by a class from `styles`. */
export function hoistStyles(html, styles) {
  return html.replace(START_TAG, (tag, name, attributes = '', slash) => {
    const style = STYLE.exec(attributes);
    if (!style) return tag;
    const className = styles.classFor(style[2]);
    let rest = attributes.replace(STYLE, '');
    rest = CLASS.test(rest)
      ? rest.replace(CLASS, (_, quote, value) => ` class=${quote}${value} ${className}${quote}`)
      : `${rest} class="${className}"`;
    return `<${name}${rest}${slash}>`;
  });
}
