// A static file server for the built site and the browser tests, with the headers the site must
// live with in production: a strict CSP, and CORS/CORP that let other origins embed the widgets.
// Does not: build anything, cache, compress, or follow paths out of its root.
// As a script: node web/tools/serve.mjs [root=build/site] [port=8080]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP } from '../site-build/csp.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Headers on every response, whatever its status. csp: true (the site's CSP), false or a policy. */
function commonHeaders(csp) {
  return {
    ...(csp ? { 'Content-Security-Policy': typeof csp === 'string' ? csp : CSP } : {}),
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The file inside `root` that `urlPath` names, or null when it would leave `root`. */
function resolveInside(root, urlPath) {
  const file = resolve(join(root, urlPath));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function statOrNull(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/**
 * Serves `root` and the folders of `extraRoutes`.
 * extraRoutes: { '/prefix/': '/abs/folder' | (req, res) => void } mounts a folder under a URL
 * prefix, or hands requests under that prefix to a function (tests use it for one-off pages).
 * csp: true sends the site's CSP, false none, a string that policy (tests use it for a blog).
 * Resolves to { url, port, close() } once listening; port 0 picks a free port.
 */
export function startServer({ root, port = 0, host = '127.0.0.1', csp = true, extraRoutes = {} }) {
  const headers = commonHeaders(csp);
  const mounts = Object.entries({ ...extraRoutes, '/': root }).map(([prefix, target]) => [
    prefix,
    typeof target === 'string' ? resolve(target) : target,
  ]);

  async function handle(req, res) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const send = (status, extra = {}, body = '') => {
      res.writeHead(status, extra);
      res.end(req.method === 'HEAD' ? '' : body);
    };
    const notFound = (path) =>
      send(
        404,
        { 'Content-Type': CONTENT_TYPES['.html'] },
        `<!doctype html><title>404 Not Found</title><h1>404 Not Found</h1><p>${escapeHtml(path)}</p>`,
      );

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { Allow: 'GET, HEAD' });
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://host').pathname);
    } catch {
      return send(400);
    }
    if (path.includes('\0')) return send(400);

    const [prefix, target] = mounts.find(([p]) => path.startsWith(p)) ?? [];
    if (typeof target === 'function') return target(req, res);
    let file = target && resolveInside(target, path.slice(prefix.length - 1));
    let info = file && (await statOrNull(file));
    if (info?.isDirectory()) {
      // Relative links in a folder's index.html only work from a URL ending in '/'.
      if (!path.endsWith('/')) return send(301, { Location: `${encodeURI(path)}/` });
      file = join(file, 'index.html');
      info = await statOrNull(file);
    }
    if (!info?.isFile()) return path === '/favicon.ico' ? send(204) : notFound(path);

    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server = createServer((req, res) =>
    handle(req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }),
  );
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = server.address().port;
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** startServer on `port`, or on the next free one when it is taken (tries `tries` ports). */
export async function startServerOnFreePort(options, tries = 20) {
  for (let i = 0; ; i++) {
    try {
      return await startServer({ ...options, port: options.port + i });
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || i + 1 >= tries) throw err;
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'build/site', port = '8080'] = process.argv.slice(2);
  const { url } = await startServerOnFreePort({ root, port: Number(port) });
  console.log(`Serving ${root} at ${url}`);
}
