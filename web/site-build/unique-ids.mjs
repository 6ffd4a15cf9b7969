// Every id on a lesson page is unique: the page's own (its contents and objectives titles), the
// headings' (made from their words) and those a lesson writes on widgets and figures. A second
// element with an id leaves links, labels and a lesson link's widget names pointing at the first.
import { parse } from 'parse5';
import { BuildError } from './build-error.mjs';
import { attributeOf, elementsUnder } from './html-tree.mjs';

/** Throws a BuildError naming the first id that two elements of `html` (a whole page) share. */
export function checkUniqueIds(html, file) {
  const seen = new Map(); // id -> the tag of its first element
  for (const element of elementsUnder(parse(html))) {
    const id = attributeOf(element, 'id');
    if (id === undefined) continue;
    if (seen.has(id)) {
      throw new BuildError(
        `the id "${id}" is on two elements of the page, <${seen.get(id)}> and <${element.tagName}>: ` +
          'give one another id (a heading takes its id from its words)',
        { file },
      );
    }
    seen.set(id, element.tagName);
  }
}
