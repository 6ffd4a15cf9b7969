// The service worker: keeps the site for offline reading. Install caches every file of the site
// (every page, the styles and scripts, every widget's code, the wasm core, KaTeX's fonts), so
// after the first visit to any page every lesson works offline. Cache-first for same-origin GET
// requests (what install did not list is kept when first fetched); the cache is named after the
// build's hash, so a new build gets a fresh cache and the old one is deleted when the new worker
// takes over.
// __BUILD_VERSION__ and __PRECACHE__ (paths relative to the site root) are set by the build.
/* global __BUILD_VERSION__, __PRECACHE__ */

const PREFIX = 'neuronlab-';
const CACHE = `${PREFIX}${__BUILD_VERSION__}`;

/** One cache key per page: "lessons/x/index.html" and "lessons/x/" are the same page. */
function keyFor(url) {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  key.pathname = key.pathname.replace(/\/index\.html$/, '/');
  return key.href;
}

/** Only the site's own files are kept: GET requests to this origin. */
function isOurs(request) {
  return request.method === 'GET' && new URL(request.url).origin === self.location.origin;
}

self.addEventListener('install', (event) => {
  const urls = __PRECACHE__.map((path) => keyFor(new URL(path, self.registration.scope)));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
        ),
      )
      // The first visit's page is served through this worker from now on.
      .then(() => self.clients.claim()),
  );
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const key = keyFor(request.url);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  if (isOurs(event.request)) event.respondWith(cacheFirst(event.request));
});
