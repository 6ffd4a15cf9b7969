// A callback for a long-lived holder (a running worker's handler, the disposeables list the
// FinalizationRegistry keeps) that reaches an element only through a WeakRef, so that holding
// it keeps no removed, dropped element (nor its shadow tree) alive. It is made here, in a scope
// that holds nothing but the WeakRef and the handler: an arrow made inside a widget's method
// shares that method's closure context, and with it `this` and every local another closure of
// the method captures (in V8 all closures of one scope share one context). Does not: keep the
// element alive, or call the handler once the element is collected.

/**
 * element: the object reached weakly; handler(element, ...args): called while it lives; it must
 * capture nothing that reaches the element (a module-level function or a static one).
 * Returns (...args) => handler(element, ...args), or nothing once the element is garbage.
 */
export function weakly(element, handler) {
  const ref = new WeakRef(element);
  return (...args) => {
    const alive = ref.deref();
    if (alive) handler(alive, ...args);
  };
}
