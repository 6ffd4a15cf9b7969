// The level of a widget's own headings, from the page around it: one below the last heading
// before the widget in the document (a lesson's h2 section: h3; an embed page's h1: h2), so the
// page's outline skips no level (axe: heading-order). Does not: make the heading elements.

/** The level for the widget's top headings: 2 to 6. */
export function headingLevel(widget) {
  let level = 1;
  for (const heading of widget.ownerDocument.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    if (heading.compareDocumentPosition(widget) & Node.DOCUMENT_POSITION_FOLLOWING)
      level = Number(heading.tagName[1]);
  return Math.min(6, level + 1);
}
