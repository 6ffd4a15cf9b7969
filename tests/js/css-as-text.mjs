// A node module hook for the tests that load widget elements: a `.css` file imported with
// `with { type: 'text' }` becomes a module whose default export is the file's text, as the
// bundler (esbuild) makes it for the browser. Register it with module.register() first.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.css')) return nextLoad(url, context);
  const text = await readFile(new URL(url), 'utf8');
  return {
    format: 'module',
    shortCircuit: true,
    source: `export default ${JSON.stringify(text)};`,
  };
}
