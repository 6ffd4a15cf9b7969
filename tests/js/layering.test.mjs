// The layers of web/src, as eslint.config.js enforces them: each wrong import (or a DOM global
// in the engine) in a small fixture, linted as if it were a file in that folder, must be an
// error, and the allowed import beside it must not. If a rule is dropped or its pattern stops
// matching, this fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import { repoRoot } from '../../web/tools/run-step.mjs';

const eslint = new ESLint({ cwd: repoRoot });

/**
 * The rule ids ESLint reports for `code` as the file at `path` (relative to the repo), but for
 * no-unused-vars: a fixture's import is never used.
 */
async function ruleIds(path, code) {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${path}` });
  return result.messages.map((m) => m.ruleId ?? m.message).filter((id) => id !== 'no-unused-vars');
}

const WRONG = [
  [
    'render imports widgets',
    'web/src/render/x.js',
    "import { el } from '../widgets/base/base-widget.js';",
  ],
  [
    'render imports the engine',
    'web/src/render/x.js',
    "import { loadCore } from '../engine/core.js';",
  ],
  [
    'render imports the wasm module',
    'web/src/render/x.js',
    "import m from '../../build/wasm/nn.mjs';",
  ],
  [
    'a widget imports the wasm module',
    'web/src/widgets/nn-x/nn-x.js',
    "import m from '../../../build/wasm/nn.mjs';",
  ],
  [
    'a widget imports the site',
    'web/src/widgets/shared/x.js',
    "import { x } from '../../site/progress.js';",
  ],
  ['embed.js imports the site', 'web/src/embed.js', "import { x } from './site/frame.js';"],
  ['the engine imports render', 'web/src/engine/x.js', "import { svg } from '../render/dom.js';"],
  [
    'the engine imports widgets',
    'web/src/engine/x.js',
    "import { x } from '../widgets/loaders.js';",
  ],
];

for (const [what, path, code] of WRONG) {
  test(`${what}: an error`, async () => {
    assert.deepEqual(await ruleIds(path, code), ['no-restricted-imports']);
  });
}

test('the engine touches no DOM: document and window are undefined there', async () => {
  const code = 'export const a = () => document.body;\nexport const b = () => window;\n';
  assert.deepEqual(await ruleIds('web/src/engine/x.js', code), ['no-undef', 'no-undef']);
  assert.deepEqual(await ruleIds('web/src/render/x.js', code), []);
});

test('the allowed imports pass', async () => {
  const allowed = [
    ['web/src/render/x.js', "import { themes } from './colors.js';"],
    ['web/src/widgets/nn-x/nn-x.js', "import { svg } from '../../render/dom.js';"],
    ['web/src/widgets/nn-x/nn-x.js', "import { loadCore } from '../../engine/core.js';"],
    ['web/src/embed.js', "import { widgetLoaders } from './widgets/loaders.js';"],
    ['web/src/site/x.js', "import { widgetLoaders } from '../widgets/loaders.js';"],
  ];
  for (const [path, code] of allowed) {
    assert.deepEqual(await ruleIds(path, code), [], `${path}: ${code}`);
  }
});
