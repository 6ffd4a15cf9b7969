// Builds the lesson site into build/site: lesson pages from lessons/ (checked against the
// widgets' schemas, math typeset), the home page, the widget gallery, a sample blog post, the
// iframe embed page, the bundled scripts and styles, and the offline service worker.
// As a script: node web/site-build/build-site.mjs. Tests call buildSite() with their own folders.
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createValueChecker } from './attribute-values.mjs';
import { writeAssets } from './assets.mjs';
import { writeLessonPictures } from './lesson-pictures.mjs';
import { writeDigits } from './digits-data.mjs';
import { findExercises } from './exercises.mjs';
import { HoistedStyles } from './hoist-styles.mjs';
import { loadLessons } from './lesson-loader.mjs';
import { createMarkdown, renderMarkdown } from './markdown.mjs';
import { checkPredictions } from './predictions.mjs';
import { checkUniqueIds } from './unique-ids.mjs';
import { blogSamplePage } from './pages/blog-sample.mjs';
import { embedFramePage } from './pages/embed-frame.mjs';
import { galleryPage } from './pages/gallery.mjs';
import { homePage } from './pages/home.mjs';
import { lessonPage } from './pages/lesson.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { loadWidgetSchemas } from './widget-schemas.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The release: the root package.json's version, which the npm package carries too. */
async function releaseVersion() {
  return JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')).version;
}

/** The core's name tables (activations, losses, …), loaded through the JS facade. */
async function loadCoreTables(srcDir, wasmDir) {
  const moduleFile = join(wasmDir, 'nn.mjs');
  if (!existsSync(moduleFile) || !existsSync(join(wasmDir, 'nn.wasm'))) {
    throw new Error(`${moduleFile} or nn.wasm is missing: run npm run build:core first`);
  }
  const { loadCore } = await import(pathToFileURL(join(srcDir, 'engine', 'core.js')).href);
  return loadCore({ moduleUrl: pathToFileURL(moduleFile) });
}

/** Empties `outDir`, refusing a folder that does not look like an earlier site build. */
async function cleanOutput(outDir) {
  if (existsSync(outDir)) {
    const names = await readdir(outDir);
    if (names.length > 0 && !names.includes('index.html')) {
      throw new Error(`${outDir} is not empty and holds no index.html: not deleting it`);
    }
    await rm(outDir, { recursive: true, force: true });
  }
  await mkdir(outDir, { recursive: true });
}

async function writePage(outDir, path, html) {
  const file = join(outDir, path, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html);
}

/** A lesson folder's other files (figures, data), copied beside its page. */
async function copyLessonFiles(lesson, outDir) {
  const names = (await readdir(lesson.dir)).filter((name) => name !== 'index.md');
  await Promise.all(
    names.map((name) =>
      cp(join(lesson.dir, name), join(outDir, 'lessons', lesson.slug, name), { recursive: true }),
    ),
  );
}

/**
 * Builds the site.
 * @param {{ lessonsDir?: string, outDir?: string, srcDir?: string, wasmDir?: string,
 *   withCore?: boolean }} [options] withCore: false builds without the wasm core (no core
 *   tables to check 'name' attributes against, nn.mjs/nn.wasm not copied): for tests of the
 *   pipeline only, the pages' widgets cannot run
 * @returns {Promise<{ outDir: string, version: string, pages: string[] }>} pages: the folders
 *   written, relative to outDir ('' is the home page)
 */
export async function buildSite({
  lessonsDir = join(REPO, 'lessons'),
  outDir = join(REPO, 'build', 'site'),
  srcDir = join(REPO, 'web', 'src'),
  wasmDir = join(REPO, 'build', 'wasm'),
  withCore = true,
} = {}) {
  const tables = withCore ? await loadCoreTables(srcDir, wasmDir) : null;
  const schemas = await loadWidgetSchemas(join(srcDir, 'widgets', 'index.js'));
  const checkValue = createValueChecker(tables);
  const lessons = await loadLessons(lessonsDir);

  const md = createMarkdown();
  const styles = new HoistedStyles();
  const rendered = lessons.map((lesson) =>
    renderMarkdown(md, lesson.body, {
      file: lesson.file,
      lineOffset: lesson.bodyLine,
      schemas,
      checkValue,
      styles,
    }),
  );
  lessons.forEach((lesson, i) => checkPredictions(rendered[i].html, lesson.file));
  const exercises = new Map(
    lessons.map((lesson, i) => [
      lesson.slug,
      findExercises(rendered[i].widgets, schemas, lesson.file),
    ]),
  );

  const pages = new Map([
    ['', homePage(lessons, exercises)],
    ['gallery', galleryPage(schemas, tables, await releaseVersion())],
    ['blog-sample', blogSamplePage(schemas, checkValue)],
    ['embed', embedFramePage(schemas)],
  ]);
  lessons.forEach((lesson, i) => {
    const context = { count: lessons.length, previous: lessons[i - 1], next: lessons[i + 1] };
    const page = lessonPage(lesson, rendered[i], {
      ...context,
      exercises: exercises.get(lesson.slug),
    });
    checkUniqueIds(page, lesson.file);
    pages.set(`lessons/${lesson.slug}`, page);
  });

  const out = resolve(outDir);
  await cleanOutput(out);
  await Promise.all([...pages].map(([path, html]) => writePage(out, path, html)));
  await Promise.all(lessons.map((lesson) => copyLessonFiles(lesson, out)));
  await writeLessonPictures(lessons, out);
  await writeAssets({
    srcDir,
    outDir: out,
    wasmDir: withCore ? wasmDir : null,
    mathCss: styles.toCss(),
  });
  // The digits (7.9 MB): fetched, and then kept offline, only where a digits widget asks for
  // them; the service worker does not precache data/.
  if (withCore) await writeDigits(out);
  const version = await writeServiceWorker(join(srcDir, 'site', 'sw.js'), out);
  return { outDir: out, version, pages: [...pages.keys()] };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { outDir, version, pages } = await buildSite();
    console.log(`Built ${pages.length} pages into ${outDir} (version ${version})`);
  } catch (error) {
    console.error(error.name === 'BuildError' ? error.message : `build-site: ${error.message}`);
    process.exitCode = 1;
  }
}
