// In-page helpers shared by the reliability tests (injection, CSP, bad input, soak): installed
// before a page's own scripts, they wait for frames, walk every shadow root, read what a widget
// shows a reader, and list any markup that could run code. Also the value classes those tests
// feed in. Does not: assert anything (each test file does), or touch the widgets' internals.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { watchPage } from './harness.mjs';

/** The built site the tests serve. */
export const SITE = join(repoRoot, 'build/site');

/** Runs inside the page (serialised by addInitScript): defines window.__probe. */
function install() {
  /** Resolves after `count` animation frames. */
  const frames = (count = 2) =>
    new Promise((done) => {
      let left = count;
      const tick = () => (--left > 0 ? requestAnimationFrame(tick) : done());
      requestAnimationFrame(tick);
    });

  /** The document and every open shadow root inside it, depth first. */
  const roots = (root = document) => {
    const found = [root];
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) found.push(...roots(element.shadowRoot));
    }
    return found;
  };

  /** Every Neuron Lab widget in the document (and in shadow roots). */
  const widgets = () =>
    roots().flatMap((root) =>
      [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('nn-')),
    );

  /**
   * Waits until each widget is defined (embed.js loads a widget's code once its tag is in the
   * document) and has built (its "Loading…" note gone), then `count` more frames.
   */
  async function settle(list = widgets(), count = 3) {
    const undefinedTags = new Set(
      list.map((w) => w.localName).filter((t) => !customElements.get(t)),
    );
    if (undefinedTags.size > 0) {
      await Promise.all([...undefinedTags].map((tag) => customElements.whenDefined(tag)));
    }
    // Loading the core, or busy with its first content from a worker (aria-busy, as nn-race's
    // body is until its race is made).
    // The look comes a frame late: a render asked for by a change just made (an attribute
    // set) runs in the next frame, and nn-race's sets aria-busy there.
    const waiting = (w) => w.shadowRoot.querySelector('.loading, [aria-busy="true"]');
    await frames(1);
    for (let i = 0; i < 600 && list.some(waiting); i++) {
      await frames(1);
    }
    await frames(count);
  }

  /**
   * Resolves once `tag` is defined. embed.js defines a widget when an element with its tag is in
   * the document, so one hidden element is put in for the wait (the page may have none yet).
   */
  async function defined(tag) {
    if (customElements.get(tag)) return;
    const probe = document.createElement(tag);
    probe.hidden = true;
    document.body.append(probe);
    await customElements.whenDefined(tag);
    probe.remove();
  }

  /** Waits until test() is true, at most `most` frames; resolves to its last result. */
  async function until(test, most = 300) {
    for (let i = 0; i < most && !test(); i++) await frames(1);
    return test();
  }

  /** Pins a widget to the top of the viewport, so that many stacked widgets all count as visible. */
  function pin(widget) {
    Object.assign(widget.style, { position: 'fixed', top: '0', left: '0', width: '100%' });
    return widget;
  }

  /**
   * Text a reader sees in a widget: every visible text node of its shadow tree and the chosen
   * option of each menu; with fields, each visible text field's value too; nodes inside `skip`
   * (a selector) left out. One string.
   */
  function collect(widget, { fields = true, skip = null } = {}) {
    const parts = [];
    const shows = (element) =>
      element.checkVisibility({ visibilityProperty: true }) && !(skip && element.closest(skip));
    const visit = (root) => {
      const walker = document.createTreeWalker(
        root,
        NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (parent && !parent.closest('style, script, option') && shows(parent)) {
            parts.push(node.data);
          }
          continue;
        }
        if (node.shadowRoot) visit(node.shadowRoot);
        if (!shows(node)) continue;
        const field = node.localName === 'textarea' || node.matches('input[type="text"]');
        if (field && fields) parts.push(node.value);
        if (node.localName === 'select') parts.push(node.selectedOptions[0]?.text ?? '');
      }
    };
    visit(widget.shadowRoot);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  /** Everything a reader sees in the widget, messages and field values included. */
  const shownText = (widget) => collect(widget);

  const MESSAGES =
    '.alerts, .message, [role="alert"], [role="status"], [aria-live]:not([aria-live="off"])';

  /** The words of the widget's inline messages: its alert box and every field message. */
  function messages(widget) {
    const boxes = widget.shadowRoot.querySelectorAll(MESSAGES);
    return [...boxes].map((box) => box.textContent).join('\n');
  }

  /**
   * What the widget computes and draws, as text: no messages, no live regions (they speak
   * later) and no text-field values (a field keeps the reader's text while it is wrong).
   */
  const bodyText = (widget) => collect(widget, { fields: false, skip: MESSAGES });

  const RUNNABLE = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'portal']);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);

  /**
   * Markup that could run code or load something foreign, anywhere in the document or a shadow
   * root: on* attributes, javascript: URLs, srcdoc, and script/iframe/object/embed/base elements
   * other than the page's own module scripts from /nl/. Returns descriptions, empty when clean.
   */
  function risky() {
    const found = [];
    const ownScript = (e) =>
      e.localName === 'script' &&
      e.getRootNode() === document &&
      e.src.startsWith(`${location.origin}/`) &&
      !e.textContent.trim();
    for (const root of roots()) {
      for (const element of root.querySelectorAll('*')) {
        const where = `${root === document ? '' : `${root.host.localName} > `}${element.localName}`;
        if (RUNNABLE.has(element.localName) && !ownScript(element)) found.push(where);
        for (const { name, value } of element.attributes) {
          if (name.startsWith('on') || name === 'srcdoc') found.push(`${where}[${name}]`);
          if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript):/i.test(value)) {
            found.push(`${where}[${name}=${value.slice(0, 40)}]`);
          }
        }
        const src = element.getAttribute('src');
        if (element.localName === 'img' && src && !element.src.startsWith(location.origin)) {
          found.push(`${where}[src=${src.slice(0, 40)}]`);
        }
      }
    }
    return found;
  }

  window.__probe = {
    frames,
    roots,
    widgets,
    defined,
    settle,
    until,
    pin,
    shownText,
    messages,
    bodyText,
    risky,
  };
}

/**
 * A new page in `browser` with the harness's watcher and the probes installed, and every
 * dialog (alert, confirm, prompt) recorded and dismissed. Returns { page, watch, dialogs }.
 */
export async function openProbed(browser) {
  const page = await browser.context.newPage();
  const watch = await watchPage(page);
  await page.addInitScript(install);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return { page, watch, dialogs };
}

/** Every page the build wrote, as URL paths ('' is the home page), as site.test.mjs finds them. */
export function sitePages() {
  return readdirSync(SITE, { recursive: true })
    .filter((path) => path.endsWith('index.html'))
    .map((path) => path.replace(/index\.html$/, '').replaceAll('\\', '/'))
    .sort();
}

/** A value as a widget quotes it in a message: cut to 40 characters with an ellipsis. */
export function shortened(text) {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The widget tags of the built bundle: the keys of the schemas the build wrote into the embed page. */
export function builtWidgetTags() {
  const visit = (node) =>
    node.attrs?.find((a) => a.name === 'data-schemas')?.value ??
    (node.childNodes ?? []).map(visit).find((found) => found !== undefined);
  const page = parse(readFileSync(join(SITE, 'embed/index.html'), 'utf8'));
  return Object.keys(JSON.parse(visit(page)));
}

/**
 * Each widget's schema as the page's bundle has it (the source may have moved on since the
 * build): [{ tag, attributes: { name: entry } }], for the tags given.
 */
export function schemasIn(page, tags) {
  return page.evaluate(async (list) => {
    await Promise.all(list.map((tag) => window.__probe.defined(tag)));
    return list.map((tag) => {
      const { attributes } = customElements.get(tag).schema;
      return { tag, attributes: JSON.parse(JSON.stringify(attributes)) };
    });
  }, tags);
}
