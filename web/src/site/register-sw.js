// Offline reading: registers the service worker that the build writes at the site root
// (sw.js caches the pages, styles and core at once, fonts and widgets once used). The site works
// the same without it.

/** @param {URL} url the service worker script; its folder becomes its scope */
export function registerServiceWorker(url) {
  if (!('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  // On the first visit the worker takes the page over once installed; what the page fetched
  // before that did not pass through it, so it gets the list to keep: the files loaded by then,
  // and those still on their way then (requested before, so they bypass the worker too), each
  // as it arrives.
  serviceWorker.addEventListener(
    'controllerchange',
    () => {
      const takeover = performance.now();
      const send = (urls) => serviceWorker.controller?.postMessage({ fetched: urls });
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      send([location.href, ...fetched]);
      new PerformanceObserver((list) => {
        const late = list.getEntries().filter((entry) => entry.startTime < takeover);
        if (late.length) send(late.map((entry) => entry.name));
      }).observe({ type: 'resource' });
    },
    { once: true },
  );
  serviceWorker.register(url).catch((error) => {
    console.warn(`Neuron Lab will not work offline: ${error.message}`);
  });
}
