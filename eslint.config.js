// ESLint flat config: the recommended rules everywhere, browser globals for the code that runs in
// pages (and for the page callbacks in browser tests), node globals for build scripts and tests.
// Formatting is Prettier's job, so no style rules here.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/', 'node_modules/', 'web/vendor/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  { files: ['web/src/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['web/build/**', 'web/tools/**', 'tests/**', '*.js', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
  { files: ['tests/browser/**'], languageOptions: { globals: globals.browser } },
];
