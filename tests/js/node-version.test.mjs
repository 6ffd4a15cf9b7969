// ensure-deps refuses a node older than the one load-core.js needs, by name and version, before
// anything else runs; the README and package.json name the same version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { OLDEST_NODE, checkNode } from '../../web/tools/ensure-deps.mjs';
import { repoRoot } from '../../web/tools/run-step.mjs';

test('a node older than 20.16 is named with the version needed', () => {
  assert.throws(() => checkNode('20.10.0'), /Node\.js 20\.10\.0 is too old: 20\.16 or newer/);
  assert.throws(() => checkNode('18.19.0'), /18\.19\.0 is too old/);
  assert.doesNotThrow(() => checkNode('20.16.0'));
  assert.doesNotThrow(() => checkNode('22.1.0'));
  assert.doesNotThrow(() => checkNode(process.versions.node));
});

test('package.json and the README name the same oldest node', () => {
  const oldest = OLDEST_NODE.join('.');
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  assert.equal(pkg.engines.node, `>=${oldest}`);
  assert.match(
    readFileSync(join(repoRoot, 'README.md'), 'utf8'),
    new RegExp(`Node\\.js ${oldest} or newer`),
  );
});
