// Builds HTML and SVG elements from plain data. Text always goes in as text nodes and
// attributes through setAttribute: nothing from an attribute, a URL or storage is ever parsed
// as HTML. No styles here either (the CSP allows stylesheets only; see widgets/base/widget.css).

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * el('label', { class: 'name', for: 'x1', on: { click: f } }, ['x', el('sub', {}, ['1'])])
 * props: `class`, `text` (textContent), `on` (event listeners); every other key is an
 * attribute, where true means present and false, null or undefined mean absent.
 */
export function el(tag, props = {}, children = []) {
  return build(document.createElement(tag), props, children);
}

/** The same for SVG elements (svg, g, circle, line, path, text, title …). */
export function svg(tag, props = {}, children = []) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

/**
 * Sets a node's text only when it changed, so unchanged numbers cause no layout work; a node
 * holding one text node keeps it and changes its data (no node is made or removed, and the
 * browser keeps its layout object), anything else gets one new text node.
 */
export function setText(node, text) {
  if (node.textContent === text) return;
  const only = node.childNodes.length === 1 ? node.firstChild : null;
  if (only?.nodeType === Node.TEXT_NODE && text !== '') only.data = text;
  else node.textContent = text;
}

/**
 * Disables (or enables) a control. One that has the keyboard's focus first hands it to `next`
 * (a control that stays usable): a disabled control loses the focus, and a keyboard or
 * screen-reader user would be left on the page's body, their place lost.
 */
export function setDisabled(control, disabled, next) {
  if (disabled && !control.disabled && control.getRootNode().activeElement === control) {
    next.focus();
  }
  control.disabled = disabled;
}

function build(node, props, children) {
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'on') {
      for (const [type, listener] of Object.entries(value)) node.addEventListener(type, listener);
    } else if (value === true) node.setAttribute(key, '');
    else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(key, String(value));
    }
  }
  for (const child of children) {
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}
