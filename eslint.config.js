// ESLint flat config: the recommended rules everywhere, browser globals for the code that runs in
// pages (and for the page callbacks in browser tests), node globals for build scripts and tests.
// Formatting is Prettier's job, so no style rules here. The last blocks are the layers of
// web/src (docs/architecture.md): what each folder may import; tests/js/layering.test.mjs
// proves each rule still fires.
import js from '@eslint/js';
import globals from 'globals';

const WASM = {
  group: ['**/build/wasm/**', '**/wasm-classic/**', '**/nn.mjs', '**/nn.js'],
  message: 'Only web/src/engine/ touches the wasm module; import the facade (engine/core.js).',
};
const SITE = {
  group: ['**/site/**'],
  message: 'web/src/site/ is the lesson site only; an embedded widget never loads it.',
};
const WIDGETS = {
  group: ['**/widgets/**'],
  message: 'render/ draws what it is given and imports nothing from widgets/.',
};
const ENGINE = {
  group: ['**/engine/**'],
  message: 'render/ draws plain values; it never calls the engine.',
};
const ABOVE_ENGINE = {
  group: ['**/widgets/**', '**/render/**', '**/site/**'],
  message: 'The engine is the bottom layer: it imports nothing from widgets/, render/ or site/.',
};
const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default [
  { ignores: ['build/', 'node_modules/', 'web/vendor/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['web/src/**'],
    ignores: ['web/src/engine/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['web/site-build/**', 'web/tools/**', 'tests/**', '*.js', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
  { files: ['tests/browser/**'], languageOptions: { globals: globals.browser } },
  // The layers. The engine runs in node as in pages, so it gets only the globals both have:
  // `document`, `window` and the DOM are undefined there.
  {
    files: ['web/src/engine/**'],
    languageOptions: { globals: globals['shared-node-browser'] },
    rules: layer([ABOVE_ENGINE]),
  },
  { files: ['web/src/render/**'], rules: layer([WIDGETS, ENGINE, SITE, WASM]) },
  { files: ['web/src/widgets/**', 'web/src/embed.js'], rules: layer([SITE, WASM]) },
];
