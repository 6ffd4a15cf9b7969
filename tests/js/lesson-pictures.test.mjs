// The home page's lesson pictures (web/site-build/lesson-pictures.mjs): every lesson in lessons.json
// has a sketch of its own, not the numbered circle a lesson without one gets, each small and
// each written into the built site's nl/pictures/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lessonPicture } from '../../web/site-build/lesson-pictures.mjs';

const slugs = JSON.parse(readFileSync(new URL('../../lessons/lessons.json', import.meta.url)));

test('every lesson has its own small sketch with alt text', () => {
  slugs.forEach((slug, i) => {
    const picture = lessonPicture({ slug, number: i + 1 });
    assert.notEqual(picture.alt, `Lesson ${i + 1}.`, `${slug} has a sketch of its own`);
    assert.equal(picture.file, `pictures/${slug}.svg`);
    assert.match(
      picture.svg,
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 120 80"/,
    );
    assert.ok(picture.svg.length < 4096, `${slug}: ${picture.svg.length} bytes`);
    assert.doesNotMatch(picture.svg, /NaN|undefined/);
  });
});

test('a lesson without a sketch gets its number, never a broken picture', () => {
  const picture = lessonPicture({ slug: 'a-new-lesson', number: 14 });
  assert.equal(picture.alt, 'Lesson 14.');
  assert.match(picture.svg, />14<\/text>/);
});
