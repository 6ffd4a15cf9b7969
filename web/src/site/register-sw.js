// Offline reading: registers the service worker that the build writes at the site root
// (sw.js caches every file of the site at install). The site works the same without it.

/** @param {URL} url the service worker script; its folder becomes its scope */
export function registerServiceWorker(url) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(url).catch((error) => {
    console.warn(`Neuron Lab will not work offline: ${error.message}`);
  });
}
