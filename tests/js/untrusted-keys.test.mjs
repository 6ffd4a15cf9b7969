// Untrusted text never becomes a key of an ordinary object (design rule 17): the lesson hash,
// stored progress and option objects are read into Maps or null-prototype copies, so the keys
// __proto__, constructor and prototype are plain names there and Object.prototype stays as it
// is. Each case fails on code that wrote such keys into `{}` or read defaults through `{}`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { optionsOf } from '../../web/src/engine/args.js';
import { createProgress } from '../../web/src/site/progress.js';
import { parseStateHash, stateHash } from '../../web/src/site/url-state.js';

const HOSTILE = ['__proto__', 'constructor', 'prototype'];

/** Throws when anything was added to or replaced on Object.prototype or Object. */
function assertPristine() {
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_NAMES);
  assert.equal(typeof Object.entries, 'function');
  assert.equal(typeof Object.hasOwn, 'function');
  assert.equal({}.x, undefined);
}
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

test('a hash with __proto__, constructor and prototype keys is read as plain names', () => {
  const hash =
    '#__proto__.x=v&constructor.entries=x&constructor.hasOwn=y&prototype.threshold=1' +
    '&say-no.__proto__=z&__proto__.moduleUrl=data%3Atext%2Fjavascript%2C1';
  const state = parseStateHash(hash);
  assertPristine();
  assert.ok(state instanceof Map);
  assert.deepEqual(
    [...state].map(([key, attributes]) => [key, [...attributes]]),
    [
      [
        '__proto__',
        [
          ['x', 'v'],
          ['moduleUrl', 'data:text/javascript,1'],
        ],
      ],
      [
        'constructor',
        [
          ['entries', 'x'],
          ['hasOwn', 'y'],
        ],
      ],
      ['prototype', [['threshold', '1']]],
      ['say-no', [['__proto__', 'z']]],
    ],
  );
  assert.deepEqual(parseStateHash(stateHash(state)), state);
  assertPristine();
});

test('an anchor (no "=") is not state', () => {
  assert.equal(parseStateHash('#__proto__'), null);
  assert.equal(parseStateHash(''), null);
});

/** A Storage stand-in over a Map. */
function memoryStorage(initial) {
  const items = new Map(initial);
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
    items,
  };
}

test('progress keeps lessons named __proto__, constructor and prototype as lessons', () => {
  const storage = memoryStorage();
  const progress = createProgress(storage);
  for (const slug of HOSTILE) {
    assert.deepEqual(progress.lesson(slug), { visited: false, solved: [] });
    progress.visit(slug);
    progress.solve(slug, '__proto__');
    assertPristine();
  }
  const again = createProgress(storage);
  for (const slug of HOSTILE) {
    assert.deepEqual(again.lesson(slug), { visited: true, solved: ['__proto__'] });
  }
  assert.deepEqual(again.lesson('01-one-neuron'), { visited: false, solved: [] });
  assertPristine();
});

test('stored progress with hostile keys is read as data and written back the same', () => {
  const stored =
    '{"lessons":{"__proto__":{"visited":true,"solved":["a"]},' +
    '"constructor":{"visited":false,"solved":[]}}}';
  const storage = memoryStorage([['neuronlab.progress.v1', stored]]);
  const progress = createProgress(storage);
  assert.deepEqual(progress.lesson('__proto__'), { visited: true, solved: ['a'] });
  assert.deepEqual(progress.lesson('constructor'), { visited: false, solved: [] });
  assert.deepEqual(progress.lesson('toString'), { visited: false, solved: [] });
  progress.visit('01-one-neuron');
  assertPristine();
  const written = JSON.parse(storage.items.get('neuronlab.progress.v1'));
  assert.deepEqual(Object.keys(written.lessons), ['__proto__', 'constructor', '01-one-neuron']);
});

test('optionsOf returns a null-prototype copy of the own properties', () => {
  const given = { learningRate: 0.1 };
  const options = optionsOf(given, 'test');
  assert.equal(Object.getPrototypeOf(options), null);
  assert.notEqual(options, given);
  assert.deepEqual({ ...options }, given);
  const inherited = optionsOf(Object.create({ moduleUrl: 'data:x' }), 'test');
  assert.equal(inherited.moduleUrl, undefined);
  assert.equal(Object.getPrototypeOf(optionsOf(undefined, 'test')), null);
});

// A polluted Object.prototype (from any other script on the page) must not choose what the
// loader imports: this once ran a data: URL module from `#__proto__.moduleUrl=...`.
test('loadCore never imports a moduleUrl inherited from Object.prototype', () => {
  const script = `
    Object.prototype.moduleUrl = 'data:text/javascript,globalThis.ran=1;export default ()=>0';
    const { loadCore } = await import('./web/src/engine/core.js');
    await loadCore().catch(() => null);
    delete Object.prototype.moduleUrl;
    console.log(JSON.stringify({ ran: globalThis.ran ?? 0 }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  const line = result.stdout.trim().split('\n').pop();
  assert.deepEqual(JSON.parse(line), { ran: 0 }, result.stderr);
});

/** Every .js and .mjs file under web/, as [path, text]. */
function webSources() {
  return readdirSync(join(repoRoot, 'web'), { recursive: true })
    .filter((path) => /\.m?js$/.test(path))
    .map((path) => [`web/${path}`, readFileSync(join(repoRoot, 'web', path), 'utf8')]);
}

// The pattern of finding 1, looked for in the source: an ordinary object literal `{}` that is
// written through a computed key (`name[key] = …`, `(x[key] ??= {})…`). Such objects are
// Object.create(null) or Maps; a key that is a literal ('x', 0) is not computed.
test('no ordinary {} in web/ is written through a computed key', () => {
  const found = [];
  for (const [path, text] of webSources()) {
    const lines = text.split('\n');
    const declared = new Set();
    for (const line of lines) {
      const match = /^\s*(?:(?:const|let|var)\s+)?(\w+)\s*=\s*\{\}\s*;/.exec(line);
      if (match) declared.add(match[1]);
    }
    lines.forEach((line, i) => {
      if (line.includes('??= {}')) found.push(`${path}:${i + 1}: ${line.trim()}`);
      for (const name of declared) {
        const write = new RegExp(`\\b${name}\\[([^\\]'"\\d][^\\]]{0,80})\\]\\s*(?:\\?\\?)?=[^=]`);
        if (write.test(line)) found.push(`${path}:${i + 1}: ${line.trim()}`);
      }
    });
  }
  assert.deepEqual(found, []);
});
