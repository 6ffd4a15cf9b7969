// Finds the lessons: lessons.json gives their order as folder names, each folder holds an
// index.md whose front matter is checked here. Returns plain data; rendering happens elsewhere.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildError } from './build-error.mjs';
import { parseFrontMatter } from './front-matter.mjs';

/** Every lesson's front matter: all keys required, no others. */
export const LESSON_FIELDS = {
  title: { type: 'string' },
  summary: { type: 'string' },
  objectives: { type: 'list' },
  minutes: { type: 'number', min: 1 },
};
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Reads and checks lessons.json: a list of distinct folder names. */
async function readOrder(lessonsDir) {
  const file = join(lessonsDir, 'lessons.json');
  let order;
  try {
    order = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new BuildError(`cannot read the lesson order: ${error.message}`, { file });
  }
  if (!Array.isArray(order) || order.length === 0) {
    throw new BuildError('must be a non-empty array of lesson folder names', { file });
  }
  for (const [index, slug] of order.entries()) {
    if (typeof slug !== 'string' || !SLUG.test(slug)) {
      throw new BuildError(
        `entry ${index} (${JSON.stringify(slug)}) is not a folder name like "01-one-neuron"`,
        { file },
      );
    }
    if (order.indexOf(slug) !== index) throw new BuildError(`"${slug}" is listed twice`, { file });
    if (!existsSync(join(lessonsDir, slug, 'index.md'))) {
      throw new BuildError(
        `"${slug}" is listed but ${join(lessonsDir, slug, 'index.md')} does not exist`,
        { file },
      );
    }
  }
  return order;
}

/**
 * @param {string} lessonsDir the folder with lessons.json
 * @returns {Promise<Array<{ slug: string, number: number, dir: string, file: string,
 *   title: string, summary: string, objectives: string[], minutes: number,
 *   body: string, bodyLine: number }>>} in reading order, numbered from 1
 */
export async function loadLessons(lessonsDir) {
  const order = await readOrder(lessonsDir);
  return Promise.all(
    order.map(async (slug, index) => {
      const dir = join(lessonsDir, slug);
      const file = join(dir, 'index.md');
      const { data, body, bodyLine } = parseFrontMatter(
        await readFile(file, 'utf8'),
        file,
        LESSON_FIELDS,
      );
      return { slug, number: index + 1, dir, file, ...data, body, bodyLine };
    }),
  );
}
