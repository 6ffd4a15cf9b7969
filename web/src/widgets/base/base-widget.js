// What every Neuron Lab widget shares: its schema-driven attributes (parsed, validated, the
// last good value kept), one render per animation frame and only while on screen (or at a
// reader's first touch), a shadow root with constructable stylesheets, events, core handles
// kept while the element lives (a move keeps them; dispose() or garbage collection frees them),
// the embed code and the state() pair. Subclasses add build(body) and render(); they never define().
// Safe to import in node (the lesson build reads schemas): no DOM use at module top level.

import { loadCore } from '../../engine/core.js';
import { watchSizes } from '../../render/canvas.js';
import { el, setText } from '../../render/dom.js';
import { themeCss } from '../../render/theme.js';
import { copyEmbedCode, embedTag } from '../shared/embed-code.js';
import { formatAttribute, parseAttribute, sameValue } from './attributes.js';
import { fixedNames, pageGiven } from './exercise.js';
import widgetCss from './widget.css' with { type: 'text' };

const Element = globalThis.HTMLElement ?? class {};
const ANNOUNCE_DELAY_MS = 400;
// A reader's first touch of a widget that has not drawn yet (reached off screen by keyboard or
// a screen reader) draws it first, so that the action finds what the drawing sets up.
const FIRST_TOUCH = ['focusin', 'pointerdown', 'click', 'keydown', 'input', 'change'];

/** Runs the items of a disposeables list once, emptying it. */
function release(items) {
  for (const item of items.splice(0)) {
    if (typeof item === 'function') item();
    else item.dispose();
  }
}
// A widget removed and dropped frees its core memory when the element is collected.
const released = new FinalizationRegistry(release);
const sheets = new Map(); // CSS text -> CSSStyleSheet, shared by every widget on the page

function sheetFor(css) {
  if (!sheets.has(css)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheets.get(css);
}

export class BaseWidget extends Element {
  /** { tag, summary, attributes: { name: { type, default, min, max, values, table, description } } } */
  static schema = { tag: '', summary: '', attributes: {} };
  /** CSS texts adopted after the theme and widget.css, in order: the parts' sheets, then its own. */
  static styles = [];

  static get observedAttributes() {
    return Object.keys(this.schema.attributes);
  }

  /** The last good value of every attribute (defaults until parsed); keys are schema names. */
  values = Object.create(null);
  /**
   * What frees the widget's core memory: functions, or objects with dispose() (every core
   * handle has one owner). Run by dispose() or once the element is garbage, so nothing here
   * may reach the element (a timer or listener goes to whileConnected instead).
   */
  disposeables = [];
  /** The loaded core facade, set before build(). */
  core = null;

  #alertText = '';
  #problems = []; // attribute messages from the last parse
  #built = false;
  #drawn = false;
  #visible = false;
  #internals = null; // its custom states: `far` (widget.css)
  #dirty = false;
  #frame = 0;
  #announcer = null;
  #announceTimer = 0;
  #teardowns = []; // undo this connection's observers, listeners and whileConnected setups
  #onConnect = []; // whileConnected setups, run on every connection once built

  constructor() {
    super();
    for (const [name, entry] of Object.entries(this.constructor.schema.attributes)) {
      this.values[name] = entry.default;
    }
    this.attachShadow({ mode: 'open' });
    this.#internals = this.attachInternals();
    const css = [themeCss, widgetCss, ...this.constructor.styles];
    this.shadowRoot.adoptedStyleSheets = css.map(sheetFor);
  }

  connectedCallback() {
    pageGiven(this); // the first time: the attributes as the page gave them, for exercises
    this.#connect();
    if (this.#built) {
      // Moved (design rule 18): the session, its epoch and its playing state are as they were.
      for (const setup of this.#onConnect) this.#teardowns.push(setup());
      this.requestRender();
      return;
    }
    this.#frameParts();
    loadCore().then(
      (core) => this.isConnected && !this.#built && this.#build(core),
      (error) => this.#showAlerts([`The neural-network engine could not load: ${error.message}`]),
    );
  }

  /** What lasts one connection: observers, listeners, the pending frame and announcement. */
  #connect() {
    const observer = new IntersectionObserver(
      (entries) => {
        this.#visible = entries[entries.length - 1].isIntersecting;
        // Back on screen, what was asked while away is drawn; coming back asks for nothing more
        // (a widget's requestRender override marks a render asked from outside).
        if (this.#visible && this.#dirty) this.#schedule();
      },
      { rootMargin: '100px' },
    );
    observer.observe(this);
    // More than a screen away, a drawn widget lets the browser skip laying out and painting its
    // contents (widget.css :state(far)); a widget never drawn is not skipped, so the size the
    // browser keeps for it while skipped is that of its drawing.
    const far = new IntersectionObserver(
      (entries) => this.#markFar(this.#drawn && !entries[entries.length - 1].isIntersecting),
      { rootMargin: '100% 0px' },
    );
    far.observe(this);
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const repaint = () => this.requestRender();
    scheme.addEventListener('change', repaint);
    const touched = () => this.#built && !this.#drawn && this.#renderNow();
    for (const type of FIRST_TOUCH) this.shadowRoot.addEventListener(type, touched, true);
    this.#teardowns.push(
      () => observer.disconnect(),
      () => far.disconnect(),
      () => this.#markFar(false),
      () => scheme.removeEventListener('change', repaint),
      () => FIRST_TOUCH.forEach((t) => this.shadowRoot.removeEventListener(t, touched, true)),
      () => {
        cancelAnimationFrame(this.#frame);
        this.#frame = 0;
        // Off the page nothing renders (a worker's late answer included), so no frame callback
        // holds a removed element; connected again, the new observer says whether it is seen.
        this.#visible = false;
      },
      () => clearTimeout(this.#announceTimer),
    );
  }

  #markFar(far) {
    const { states } = this.#internals;
    try {
      if (far) states.add('far');
      else states.delete('far');
    } catch {
      // A browser whose custom states need a `--` name (Chromium 90-124) refuses `far`; it does
      // not know the `:state(far)` selector either, so there nothing is ever skipped.
    }
  }

  /**
   * Leaving the page is not the end (design rule 18): what runs pauses, what the widget holds
   * stays, so a move (even in a later task) resumes it. Its core memory is freed by dispose(),
   * or once the element itself is garbage.
   */
  disconnectedCallback() {
    for (const teardown of this.#teardowns.splice(0)) teardown();
  }

  /**
   * Runs setup() now if connected and on every later connection; the teardown it returns runs
   * on disconnect. For what must not run off the page: timers, loops, listeners on the root.
   */
  whileConnected(setup) {
    this.#onConnect.push(setup);
    if (this.isConnected) this.#teardowns.push(setup());
  }

  /** Ends the widget: frees what it holds; connected again, it starts afresh. */
  dispose() {
    for (const teardown of this.#teardowns.splice(0)) teardown();
    release(this.disposeables);
    released.unregister(this);
    this.#onConnect = [];
    this.#built = false;
    this.#drawn = false;
    this.shadowRoot.replaceChildren();
    if (this.isConnected) this.connectedCallback();
  }

  attributeChangedCallback() {
    if (!this.#built) return;
    this.#parseAll();
    this.requestRender();
  }

  /** The schema entry used to parse an attribute; override to tie one to another's value. */
  entryFor(name) {
    return this.constructor.schema.attributes[name];
  }

  /** Asks for one render in the next animation frame; a widget off screen renders on return. */
  requestRender() {
    this.#dirty = true;
    this.#schedule();
  }

  /** The frame that renders, unless one is coming or the widget is not built or not seen. */
  #schedule() {
    if (this.#frame || !this.#built || !this.#visible) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#renderNow();
    });
  }

  #renderNow() {
    this.#dirty = false;
    this.#drawn = true;
    // A core error (it names the parameter) is shown like a bad attribute, not thrown.
    try {
      this.render();
      this.#showAlerts(this.#problems);
    } catch (error) {
      this.#showAlerts([...this.#problems, error.message]);
    }
  }

  /**
   * A reader's edit, or a step's result: stored as the attribute (attributes are the state),
   * then 'nn-change'. A value the schema refuses is never written: the widget stops there and
   * says why (`why`, else the schema's message), until the next change. Returns whether the
   * value was taken.
   */
  setValue(name, value, why = '') {
    const entry = this.entryFor(name);
    const text = formatAttribute(entry, value);
    if (text === this.getAttribute(name)) return true;
    const check = text === null ? { ok: true } : parseAttribute(name, entry, text, this.core);
    if (!check.ok) {
      this.#problems = [
        ...this.#problems,
        `Stopped here: ${why || `this would set ${check.message}`}.`,
      ];
      this.#showAlerts(this.#problems);
      return false;
    }
    if (text === null) this.removeAttribute(name);
    else this.setAttribute(name, text);
    this.emit('nn-change', { name, value: this.values[name], state: this.state() });
    return true;
  }

  /** Dispatches a bubbling CustomEvent that crosses shadow roots. */
  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  /** Says text through a polite live region, once the reader pauses (not on every drag step). */
  announce(text) {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => setText(this.#announcer, text), ANNOUNCE_DELAY_MS);
  }

  /** Re-renders whenever an element's size changes (for canvases). */
  observeSize(element) {
    this.whileConnected(() => {
      const observer = new ResizeObserver(() => this.requestRender());
      observer.observe(element);
      return () => observer.disconnect();
    });
  }

  /** Attribute texts that reproduce what the reader sees: those set, or differing from defaults. */
  state() {
    const state = Object.create(null);
    for (const [name, entry] of Object.entries(this.constructor.schema.attributes)) {
      const value = this.values[name];
      const text = formatAttribute(entry, value);
      if (text !== null && (this.hasAttribute(name) || !sameValue(entry, value, entry.default))) {
        state[name] = text;
      }
    }
    return state;
  }

  /**
   * Restores a state() object (from a URL hash, say); attributes it lacks return to defaults.
   * Attributes that define an exercise (schema `exercise: true`), and those its `fixed` names,
   * stay as the page set them.
   */
  setState(state) {
    if (typeof state !== 'object' || state === null || Array.isArray(state)) {
      const got = Array.isArray(state) ? 'an array' : String(state);
      throw new TypeError(
        `<${this.localName}>.setState expects an object of attribute texts, such as { ${Object.keys(this.constructor.schema.attributes)[0]}: '…' }; got ${got}.`,
      );
    }
    // Every text is read before any is set: a value that cannot be read or turned into text (a
    // getter or a toString that throws) leaves the widget as it was, not half changed.
    const fixed = fixedNames(this);
    const texts = Object.entries(this.constructor.schema.attributes)
      .filter(([name, entry]) => entry.exercise !== true && !fixed.includes(name))
      .map(([name]) => {
        const value = Object.hasOwn(state, name) ? state[name] : null;
        return [name, value === undefined || value === null ? null : String(value)];
      });
    for (const [name, text] of texts) {
      if (text === null) this.removeAttribute(name);
      else this.setAttribute(name, text);
    }
  }

  /** The tag that reproduces the current state, for a blog post. */
  embedCode() {
    return embedTag(this.constructor.schema.tag, this.state());
  }

  /** The parts every widget has: alerts, a body (a loading note until the core is in), tools. */
  #frameParts() {
    this.#announcer = el('p', { class: 'sr-only', 'aria-live': 'polite' });
    const status = el('span', { role: 'status' });
    const copy = el('button', { type: 'button', class: 'copy', text: 'Copy embed code' });
    copy.addEventListener('click', async () => {
      setText(status, await copyEmbedCode(this.embedCode(), this.localName, this.shadowRoot));
    });
    this.shadowRoot.replaceChildren(
      el('div', { class: 'alerts', role: 'alert' }),
      el('div', { class: 'body' }, [el('p', { class: 'loading', text: 'Loading…' })]),
      el('div', { class: 'tools' }, [status, copy]),
      this.#announcer,
    );
    this.#alertText = '';
  }

  #build(core) {
    this.core = core;
    const body = this.shadowRoot.querySelector('.body');
    body.replaceChildren();
    this.#parseAll();
    this.build(body);
    watchSizes(body.querySelectorAll('canvas')); // sized by the layout after this one, not in a render
    this.#built = true;
    released.register(this, this.disposeables, this);
    // build() may set attributes (setValue, such as <nn-export stored>): they count too.
    this.#parseAll();
    this.requestRender();
  }

  #parseAll() {
    const messages = [];
    this.#problems = messages;
    for (const name of this.constructor.observedAttributes) {
      const result = parseAttribute(name, this.entryFor(name), this.getAttribute(name), this.core);
      if (result.ok) this.values[name] = result.value;
      else messages.push(result.message);
    }
    this.#showAlerts(messages);
  }

  /** Lists attribute problems in the role="alert" box, touching it only when they change. */
  #showAlerts(messages) {
    const text = messages.join('\n');
    if (text === this.#alertText) return;
    this.#alertText = text;
    const alerts = this.shadowRoot.querySelector('.alerts');
    alerts.replaceChildren(...messages.map((message) => el('p', { text: message })));
  }
}
