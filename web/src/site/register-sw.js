// Offline reading: registers the service worker that the build writes at the site root
// (sw.js caches the pages, styles and core at once, fonts and widgets once used). The site works
// the same without it.

/** @param {URL} url the service worker script; its folder becomes its scope */
export function registerServiceWorker(url) {
  if (!('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  // On the first visit the worker takes the page over once installed; what the page fetched
  // before that did not pass through it, so it gets the list to keep.
  serviceWorker.addEventListener(
    'controllerchange',
    () => {
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      serviceWorker.controller?.postMessage({ fetched: [location.href, ...fetched] });
    },
    { once: true },
  );
  serviceWorker.register(url).catch((error) => {
    console.warn(`Neuron Lab will not work offline: ${error.message}`);
  });
}
