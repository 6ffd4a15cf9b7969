// Walking a parse5 tree of a built page: its elements in document order (a <template>'s too),
// an element's classes and its text. Shared by the build's checks of whole pages.

/** Every element under node, in document order. */
export function* elementsUnder(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elementsUnder(child.content ?? child);
  }
}

/** The element's direct element children. */
export const childElements = (node) => (node.childNodes ?? []).filter((child) => child.tagName);

/** The value of attribute `name`, or undefined. */
export const attributeOf = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** The element's classes. */
export const classesOf = (node) => (attributeOf(node, 'class') ?? '').split(/\s+/).filter(Boolean);

/** The text under node. */
export const textOf = (node) =>
  node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join('');
