// The widget list in web/src/widgets/loaders.js, which embed.js loads from tag by tag: each key
// loads the class whose schema.tag it is, widgetClasses (the node-side registry) is that same
// list, and every widget file (nn-<name>.js) has its entry.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { widgetClasses } from '../../web/src/widgets/index.js';
import { widgetLoaders } from '../../web/src/widgets/loaders.js';

test('each loader key loads the class whose schema.tag it is', async () => {
  for (const [tag, load] of Object.entries(widgetLoaders)) {
    const widget = await load();
    assert.equal(typeof widget, 'function', `${tag}: the loader gave no class`);
    assert.equal(widget.schema?.tag, tag, `${tag}: the loaded class has another tag`);
  }
});

test('widgetClasses and the loaders name the same tags, in the same order', () => {
  assert.deepEqual(
    widgetClasses.map((widget) => widget.schema.tag),
    Object.keys(widgetLoaders),
  );
});

test('every widget file web/src/widgets/nn-<name>.js has a loader', () => {
  const files = readdirSync(join(repoRoot, 'web/src/widgets'));
  const tags = files.flatMap((file) => /^(nn-[a-z]+)\.js$/.exec(file)?.[1] ?? []);
  assert.deepEqual(tags.sort(), Object.keys(widgetLoaders).sort());
});
