// The bench's page sizes (tests/bench/sizes.mjs) on build/site: the home page and the first
// lesson page, each with every file Chromium fetched for it, sized as the files on disk.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sitePageSizes } from '../bench/sizes.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

test('the home page is sized beside the first lesson page, each with what it loads', async () => {
  const { homePage, lessonPage } = await sitePageSizes(repo);
  const [slug] = JSON.parse(readFileSync(join(repo, 'lessons/lessons.json'), 'utf8'));
  assert.equal(lessonPage.page, `lessons/${slug}/`);
  assert.equal(homePage.page, '');
  for (const sized of [homePage, lessonPage]) {
    const names = sized.files.map((f) => f.file);
    assert.ok(names.includes(`/${sized.page}index.html`), names.join());
    assert.ok(
      names.some((n) => n.endsWith('.css')),
      names.join(),
    );
    for (const f of sized.files) {
      assert.equal(f.raw, statSync(join(repo, 'build/site', f.file)).size, f.file);
      assert.ok(f.gzip > 0);
    }
    assert.equal(
      sized.raw,
      sized.files.map((f) => f.raw).reduce((a, b) => a + b),
    );
    assert.equal(
      sized.gzip,
      sized.files.map((f) => f.gzip).reduce((a, b) => a + b),
    );
  }
});
