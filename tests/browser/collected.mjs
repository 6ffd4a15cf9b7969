// What the "collected" browser tests share: a second widget pinned over the page's first, and
// whether a removed one is garbage after forced collections (design rule 18).
// Does not: assert anything (each test does).

/** Appends a <tag> with `attributes` pinned over the page (a widget draws when it is seen). */
export function addPinned(page, tag, attributes = {}) {
  return page.evaluate(
    ({ tag, attributes }) => {
      const widget = document.createElement(tag);
      widget.id = 'gone';
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      Object.assign(widget.style, { position: 'fixed', inset: '0', background: 'Canvas' });
      document.body.append(widget);
    },
    { tag, attributes },
  );
}

/**
 * Removes and drops the pinned widget, forces full collections (the FinalizationRegistry's task
 * run between them) and resolves to { collected: a WeakRef to it is empty, nodes: the DOM's }.
 */
export async function removedIsCollected(page) {
  await page.evaluate(async () => {
    const gone = document.getElementById('gone');
    window.goneRef = new WeakRef(gone);
    gone.remove();
    for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
  });
  return {
    ...(await collect(page)),
    collected: await page.evaluate(() => !window.goneRef.deref()),
  };
}

/** Forces full collections; resolves to { nodes } (the page's DOM node count). */
export async function collect(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { nodes };
}
