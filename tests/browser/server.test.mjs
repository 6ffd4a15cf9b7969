// web/tools/serve.mjs against a temporary folder: content types, the security and cross-origin
// headers, index pages, 404, the favicon rule, mounts, and that no request escapes the root.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CSP } from '../../web/site-build/csp.mjs';
import { startServer, startServerOnFreePort } from '../../web/tools/serve.mjs';

const FILES = {
  'index.html': '<!doctype html><title>home</title>',
  'app.js': 'export {};',
  'mod.mjs': 'export {};',
  'style.css': 'body {}',
  'data.json': '{}',
  'nn.wasm': '\0asm',
  'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'pic.png': 'png',
  'font.woff2': 'woff2',
  'font.ttf': 'ttf',
  'notes.txt': 'notes',
  'lesson.md': '# lesson',
  'sub/index.html': '<!doctype html><title>sub</title>',
};
const SECRET = 'not for the web';

let dir;
let server;

/** A raw GET, so that '..' reaches the server exactly as written (fetch would normalise it). */
function rawGet(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neuronlab-serve-'));
  await mkdir(join(dir, 'site/sub'), { recursive: true });
  await mkdir(join(dir, 'extra'));
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, 'site', name), text);
  await writeFile(join(dir, 'secret.txt'), SECRET);
  await writeFile(join(dir, 'extra/mounted.txt'), 'mounted');
  server = await startServer({
    root: join(dir, 'site'),
    extraRoutes: {
      '/extra/': join(dir, 'extra'),
      '/hello/': (req, res) => res.end('hello from a route'),
    },
  });
});

after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('static files', () => {
  const expected = {
    '/': 'text/html; charset=utf-8',
    '/app.js': 'text/javascript; charset=utf-8',
    '/mod.mjs': 'text/javascript; charset=utf-8',
    '/style.css': 'text/css; charset=utf-8',
    '/data.json': 'application/json; charset=utf-8',
    '/nn.wasm': 'application/wasm',
    '/pic.svg': 'image/svg+xml',
    '/pic.png': 'image/png',
    '/font.woff2': 'font/woff2',
    '/font.ttf': 'font/ttf',
    '/notes.txt': 'text/plain; charset=utf-8',
    '/lesson.md': 'text/markdown; charset=utf-8',
  };
  for (const [path, type] of Object.entries(expected)) {
    test(`${path} is served as ${type}`, async () => {
      const res = await fetch(new URL(path, server.url));
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), type);
      const file = path === '/' ? 'index.html' : path.slice(1);
      assert.equal(await res.text(), FILES[file]);
    });
  }

  test('a folder serves its index.html, and gets its trailing slash first', async () => {
    const res = await fetch(new URL('/sub/', server.url));
    assert.equal(await res.text(), FILES['sub/index.html']);
    const redirect = await fetch(new URL('/sub', server.url), { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/sub/');
  });

  test('HEAD gives the headers without a body, other methods are refused', async () => {
    const head = await fetch(new URL('/app.js', server.url), { method: 'HEAD' });
    assert.equal(head.headers.get('content-length'), String(FILES['app.js'].length));
    assert.equal(await head.text(), '');
    const post = await fetch(new URL('/app.js', server.url), { method: 'POST' });
    assert.equal(post.status, 405);
  });

  test('extra routes mount a folder or a handler under a prefix', async () => {
    assert.equal(await (await fetch(new URL('/extra/mounted.txt', server.url))).text(), 'mounted');
    assert.equal(await (await fetch(new URL('/hello/x', server.url))).text(), 'hello from a route');
  });
});

describe('headers', () => {
  test('every response carries the CSP and the cross-origin headers', async () => {
    for (const path of ['/', '/nn.wasm', '/missing', '/favicon.ico']) {
      const res = await fetch(new URL(path, server.url));
      assert.equal(res.headers.get('content-security-policy'), CSP, path);
      assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin', path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('cache-control'), 'no-cache', path);
    }
  });

  test('the CSP allows wasm but not eval or inline code', () => {
    assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.doesNotMatch(CSP, /'unsafe-eval'|'unsafe-inline'/);
  });

  test('csp: false leaves the CSP header out', async () => {
    const plain = await startServer({ root: join(dir, 'site'), csp: false });
    try {
      const res = await fetch(plain.url);
      assert.equal(res.headers.get('content-security-policy'), null);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
    } finally {
      await plain.close();
    }
  });
});

describe('missing files', () => {
  test('a missing file is a 404 HTML page', async () => {
    const res = await fetch(new URL('/nope.js', server.url));
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await res.text(), /404 Not Found/);
  });

  test('a missing favicon is 204 No Content, a present one is served', async () => {
    assert.equal((await fetch(new URL('/favicon.ico', server.url))).status, 204);
    await writeFile(join(dir, 'site/favicon.ico'), 'ico');
    const res = await fetch(new URL('/favicon.ico', server.url));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/x-icon');
  });
});

describe('path traversal', () => {
  const attempts = [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/sub/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/extra/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
  ];
  for (const path of attempts) {
    test(`${path} does not leave the root`, async () => {
      const res = await rawGet(server.port, path);
      assert.equal(res.status, 404);
      assert.doesNotMatch(res.body, new RegExp(SECRET));
    });
  }

  test('a NUL byte or a malformed escape is a 400', async () => {
    assert.equal((await rawGet(server.port, '/app.js%00.html')).status, 400);
    assert.equal((await rawGet(server.port, '/%E0%A4%A')).status, 400);
  });
});

test('startServerOnFreePort moves on when the port is taken', async () => {
  const next = await startServerOnFreePort({ root: join(dir, 'site'), port: server.port });
  try {
    assert.ok(next.port > server.port);
    assert.equal((await fetch(next.url)).status, 200);
  } finally {
    await next.close();
  }
});
