// The one script a blog post loads: <script type="module" src=".../nl/embed.js"></script>.
// A small loader: it fetches a widget's code (a chunk beside this file) the first time an element
// with its tag is in the document, at start or added later, and defines it. It does not load
// widgets the page never shows; each finds the wasm core beside this bundle.

import { widgetLoaders } from './widgets/loaders.js';

const loading = new Map(); // tag -> Promise of its class, once asked for
const NOTE_CLASS = 'nn-not-loaded';

/**
 * Puts a note inside an element whose code could not load. It is light DOM: shown while the tag
 * is undefined, hidden by the widget's shadow root once it is defined (and removed then).
 */
function sayNotLoaded(element) {
  if (customElements.get(element.localName) || element.querySelector(`:scope > .${NOTE_CLASS}`)) {
    return;
  }
  const note = document.createElement('p');
  note.className = NOTE_CLASS;
  note.setAttribute('role', 'status');
  note.textContent = 'This widget needs its files: open the page once online.';
  element.append(note);
}

/**
 * Loads and defines the widget `tag` unless that is done or under way; resolves to its class.
 * Tags in the document load by themselves: this is for a page that wants one ready before it
 * adds the element, or puts widgets where this script does not look (its own shadow roots).
 */
export function loadWidget(tag) {
  if (!Object.hasOwn(widgetLoaders, tag)) {
    return Promise.reject(new Error(`<${tag}> is not a Neuron Lab widget`));
  }
  if (!loading.has(tag)) {
    const done = widgetLoaders[tag]().then((widget) => {
      if (widget.schema.tag !== tag) throw new Error(`${tag} loaded <${widget.schema.tag}>`);
      if (!customElements.get(tag)) customElements.define(tag, widget);
      return customElements.get(tag);
    });
    loading.set(tag, done);
    // A failed load is reported once and said in each element's place (offline, say, on a page
    // whose files were never fetched); a later element with the tag tries again.
    done.then(
      () => document.querySelectorAll(`${tag} > .${NOTE_CLASS}`).forEach((note) => note.remove()),
      (error) => {
        loading.delete(tag);
        console.error(`Neuron Lab: <${tag}> could not load: ${error.message}`);
        for (const element of document.querySelectorAll(tag)) sayNotLoaded(element);
      },
    );
  }
  return loading.get(tag);
}

/** Loads every widget whose tag is `root` or is found below it. */
function scan(root) {
  const waiting = Object.keys(widgetLoaders).filter((tag) => !loading.has(tag));
  if (waiting.length === 0 || !root.querySelectorAll) return;
  if (waiting.includes(root.localName)) loadWidget(root.localName);
  for (const element of root.querySelectorAll(waiting.join(','))) loadWidget(element.localName);
}

scan(document.documentElement);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) scan(node);
}).observe(document, { childList: true, subtree: true });
