// The lesson build (web/site-build/build-site.mjs) on small lessons written to a temp folder: a good
// lesson becomes a page with typeset math and no inline styles or scripts; bad ones — a
// misspelt widget attribute, a raw <script>, broken front matter, bad math — stop the build
// with a message naming the file and line, and script payloads anywhere in a lesson never reach
// the page as markup. Runs without the wasm core (withCore: false), but
// for one check that needs the core's name tables.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse as parseHtml } from 'parse5';
import { buildSite } from '../../web/site-build/build-site.mjs';
import { repoRoot } from '../../web/tools/run-step.mjs';
import { CSP } from '../../web/site-build/csp.mjs';
import { parseFrontMatter } from '../../web/site-build/front-matter.mjs';
import { writeServiceWorker } from '../../web/site-build/service-worker.mjs';
import { LESSON_FIELDS } from '../../web/site-build/lesson-loader.mjs';
import { PAYLOADS } from './hostile/payloads.mjs';

const temp = await mkdtemp(join(tmpdir(), 'neuronlab-site-test-'));
after(() => rm(temp, { recursive: true, force: true }));

const FRONT = `---
title: A test lesson
summary: Checks the build.
objectives:
  - Build a page.
minutes: 5
---
`; // 7 lines: the body starts on line 8

let count = 0;
/** Writes a lesson folder with `body` after FRONT (or `source` whole) and builds it. */
async function build({ body = '', source = FRONT + body, withCore = false } = {}) {
  count += 1;
  const lessonsDir = join(temp, `lessons-${count}`);
  await mkdir(join(lessonsDir, '01-test'), { recursive: true });
  await writeFile(join(lessonsDir, 'lessons.json'), '["01-test"]');
  await writeFile(join(lessonsDir, '01-test', 'index.md'), source);
  const outDir = join(temp, `site-${count}`);
  await buildSite({ lessonsDir, outDir, withCore });
  return Object.assign((path) => readFile(join(outDir, path), 'utf8'), { dir: outDir });
}

/** Asserts that building rejects with a message naming index.md at `line` and matching `pattern`. */
async function rejects(options, line, pattern) {
  await assert.rejects(build(options), (error) => {
    assert.match(error.message, new RegExp(`01-test[/\\\\]index\\.md:${line}: `));
    assert.match(error.message, pattern);
    return true;
  });
}

describe('a good lesson', () => {
  const body = `Intro with $z = w x + b$ inline.

## First part

$$
\\sigma(z) = \\frac{1}{1 + e^{-z}}
$$

| a | b |
|---|--:|
| 1 | 2 |

<figure>
<nn-neuron data-exercise="try-me" weights="0.5, 0.7, 0.3" goal="output<0.5">
</nn-neuron>
<figcaption>A <kbd>caption</kbd>.</figcaption>
</figure>

## Second part with $\\sigma$

\`\`\`js
const answer = 42; // a comment
\`\`\`
`;
  let read;

  test('builds every page', async () => {
    read = await build({ body });
    for (const path of [
      'index.html',
      'gallery/index.html',
      'blog-sample/index.html',
      'embed/index.html',
      'sw.js',
    ]) {
      assert.ok(await read(path), path);
    }
  });

  test("the widget reference (gallery) names the release: the root package.json's version", async () => {
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
    const note = /<p class="gallery-note" data-version>(.*?)<\/p>/s.exec(
      await read('gallery/index.html'),
    );
    assert.ok(note, 'the gallery has its version note');
    assert.match(note[1], new RegExp(`Neuron Lab ${version.replaceAll('.', '\\.')}\\.`));
    assert.ok(note[1].includes(`npm install neuron-lab@${version}`));
  });

  test('the service worker precaches every file but the digits: pages, every widget chunk, woff2 fonts', async () => {
    const worker = await read('sw.js');
    const precache = JSON.parse(/\[("[^"]*",?)+\]/.exec(worker)[0]);
    const files = (await readdir(read.dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(read.dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    // The digits (data/) are kept once a digits widget fetches them, never precached.
    const expected = files.filter((path) => !/\.(?:woff|ttf)$|^sw\.js$|^data\//.test(path)).sort();
    assert.deepEqual(precache, expected);
    for (const pattern of [/^lessons\/01-test\/index\.html$/, /^nl\/nn-trainer-\w+\.js$/]) {
      assert.ok(
        precache.some((path) => pattern.test(path)),
        String(pattern),
      );
    }
    assert.ok(precache.includes('nl/katex/fonts/KaTeX_Main-Regular.woff2'));
    assert.ok(precache.filter((path) => /^nl\/chunk-/.test(path)).length > 1);
  });

  test('every page carries the CSP in a <meta> before any script or stylesheet', async () => {
    for (const path of [
      'index.html',
      'lessons/01-test/index.html',
      'gallery/index.html',
      'blog-sample/index.html',
      'embed/index.html',
    ]) {
      const head = parseHtml(await read(path)).childNodes[1].childNodes[0];
      const elements = head.childNodes.filter((node) => node.attrs);
      const csp = elements.findIndex(
        (node) =>
          node.attrs.find((a) => a.name === 'http-equiv')?.value === 'Content-Security-Policy',
      );
      assert.ok(csp >= 0, path);
      assert.equal(elements[csp].attrs.find((a) => a.name === 'content').value, CSP, path);
      const first = elements.findIndex((node) =>
        ['script', 'link', 'style'].includes(node.nodeName),
      );
      assert.ok(csp < first, path);
    }
  });

  test("a change to the worker's own source alone gives a new cache version", async () => {
    // The same built files, two worker sources that differ by one comment.
    const site = join(temp, 'worker-site');
    await mkdir(site, { recursive: true });
    await writeFile(join(site, 'index.html'), '<!doctype html><title>x</title>');
    const versions = [];
    for (const [name, comment] of [
      ['a.js', '// one'],
      ['b.js', '// two'],
    ]) {
      const source = join(temp, name);
      await writeFile(source, `${comment}\nself.v = __BUILD_VERSION__, __PRECACHE__;\n`);
      versions.push(await writeServiceWorker(source, site));
    }
    assert.match(versions[0], /^[0-9a-f]{12}$/);
    assert.notEqual(versions[0], versions[1]);
  });

  test('typesets math with KaTeX, its layout moved into a stylesheet', async () => {
    const html = await read('lessons/01-test/index.html');
    assert.match(html, /<span class="katex">/);
    assert.match(html, /<div class="math-display"><span class="katex-display">/);
    assert.match(html, /<annotation encoding="application\/x-tex">\\sigma\(z\)/);
    assert.match(await read('nl/math.css'), /^\.ks-[0-9a-f]{8}\{[^}]+!important\}/m);
  });

  test('writes no inline style, inline script, event handler or non-relative URL', async () => {
    for (const path of [
      'index.html',
      'lessons/01-test/index.html',
      'gallery/index.html',
      'blog-sample/index.html',
      'embed/index.html',
    ]) {
      const html = await read(path);
      assert.doesNotMatch(html, /\sstyle=/, path);
      assert.doesNotMatch(html, /<style/, path);
      assert.doesNotMatch(html, /\son[a-z]+=/, path);
      assert.doesNotMatch(html, /\s(?:href|src)="(?:\/|[a-z]+:)/, path);
      for (const [tag] of html.matchAll(/<script[^>]*>/g))
        assert.match(tag, / src="/, `${path}: ${tag}`);
    }
  });

  test('gives h2s ids, lists them as contents, and names the exercises', async () => {
    const html = await read('lessons/01-test/index.html');
    assert.match(html, /<h2 id="first-part">First part<\/h2>/);
    assert.match(html, /<a href="#second-part-with">Second part with <span class="katex">/);
    assert.match(html, /data-lesson="01-test" data-exercises="try-me"/);
    assert.match(await read('index.html'), /data-lesson="01-test" data-exercises="try-me"/);
  });

  test('highlights code and aligns table cells with classes', async () => {
    const html = await read('lessons/01-test/index.html');
    assert.match(
      html,
      /<span class="tok-keyword">const<\/span> answer = <span class="tok-number">42<\/span>;/,
    );
    assert.match(html, /<td class="align-right">2<\/td>/);
  });
});

describe('raw HTML in lessons', () => {
  test('a misspelt widget attribute names the file, the line and the attribute meant', () =>
    rejects(
      { body: 'Text.\n\n<nn-neuron weigths="0.5, 0.7, 0.3">\n</nn-neuron>\n' },
      10,
      /<nn-neuron> has no attribute "weigths"\. Did you mean "weights"\? Accepted: .*\binputs\b/,
    ));

  test('a raw <script> is refused', () =>
    rejects(
      { body: 'One.\n\nTwo.\n\n<script>alert(1)</script>\n' },
      12,
      /<script> is not allowed/,
    ));

  test('an iframe inside allowed markup is refused', () =>
    rejects(
      { body: '<div class="x">\n<iframe src="x"></iframe>\n</div>\n' },
      9,
      /<iframe> is not allowed/,
    ));

  test('event handlers, inline styles and javascript: URLs are refused', async () => {
    await rejects({ body: 'A <span onclick="x()">b</span>.\n' }, 8, /event-handler attributes/);
    await rejects({ body: '\nA <span style="color:red">b</span>.\n' }, 9, /inline styles/);
    await rejects(
      { body: '<nn-neuron labels="&#106;avascript:x">\n</nn-neuron>\n' },
      8,
      /script and data URLs/,
    );
    await rejects(
      { body: '[click](javascript:alert(1))\n' },
      8,
      /"javascript:alert\(1\)" is not allowed/,
    );
  });

  test('a link or image with no scheme to another host (//host) is refused', async () => {
    await rejects(
      { body: '[x](//evil.example/phish)\n' },
      8,
      /"\/\/evil\.example\/phish" leaves the site/,
    );
    await rejects({ body: '\n![t](//evil.example/t.png)\n' }, 9, /leaves the site with no scheme/);
  });

  test('a 100,000-character value or name is quoted by its start only', async () => {
    const long = 'x'.repeat(100_000);
    await assert.rejects(build({ body: `<nn-neuron bias="${long}">\n</nn-neuron>\n` }), (error) => {
      assert.ok(error.message.length < 400, `${error.message.length} characters`);
      assert.match(
        error.message,
        /<nn-neuron bias>: "x{39}…" is not accepted: expected at most 64 characters \(this has 100000\)/,
      );
      return true;
    });
    await assert.rejects(build({ body: `<span on${long}="1">a</span>\n` }), (error) => {
      assert.ok(error.message.length < 400, `${error.message.length} characters`);
      return true;
    });
  });

  test('math commands that need trust (links, pictures) are refused by name', async () => {
    await rejects(
      { body: '$\\href{javascript:alert(1)}{click}$\n' },
      8,
      /math: \\href is not allowed/,
    );
    await rejects(
      { body: '\n$\\includegraphics{https://x.example/a.png}$\n' },
      9,
      /\\includegraphics is not allowed/,
    );
  });

  test('a lesson saved with a byte-order mark builds as without one', async () => {
    const page = await build({ source: `\uFEFF${FRONT}Hello.\n` });
    assert.match(await page('lessons/01-test/index.html'), /<p>Hello\.<\/p>/);
  });

  test('an id given twice on the page is refused, whoever gave it', async () => {
    const twice = async (body, pattern) =>
      assert.rejects(build({ body }), (error) => {
        assert.match(error.message, /01-test[/\\]index\.md: the id "/);
        assert.match(error.message, pattern);
        return true;
      });
    await twice(
      '## Net\n\n<nn-neuron id="net">\n</nn-neuron>\n',
      /"net" is on two elements of the page, <h2> and <nn-neuron>/,
    );
    await twice('## Objectives title\n', /"objectives-title" is on two elements/);
    await twice(
      '<nn-neuron id="twin">\n</nn-neuron>\n\n<nn-neuron id="twin">\n</nn-neuron>\n',
      /"twin" is on two elements of the page, <nn-neuron> and <nn-neuron>/,
    );
  });

  test('a predict question needs a paragraph, a list and exactly one answer', async () => {
    const predict = (list) => `<div class="predict">\n\nWhat happens?\n\n${list}\n</div>\n`;
    const refused = async (list, pattern) =>
      assert.rejects(build({ body: predict(list) }), (error) => {
        assert.match(
          error.message,
          /01-test[/\\]index\.md: the predict question "What happens\?" /,
        );
        assert.match(error.message, pattern);
        return true;
      });
    await refused('- It grows\n- It shrinks\n', /marks 0 choices as the answer, not one/);
    await refused(
      '- <span class="answer">It grows</span>\n- <span class="answer">It shrinks</span>\n',
      /marks 2 choices/,
    );
    await refused('', /has no list of choices/);
    const page = await build({
      body: predict('- <span class="answer">It grows</span>\n- It shrinks\n'),
    });
    assert.match(await page('lessons/01-test/index.html'), /class="predict"/);
  });

  test('a widget value the widget would refuse is refused', () =>
    rejects(
      { body: '<nn-neuron bias="lots">\n</nn-neuron>\n' },
      8,
      /"lots" is not accepted: expected a number/,
    ));

  test('an unknown widget and an unclosed element are refused', async () => {
    await rejects(
      { body: '<nn-nueron>\n</nn-nueron>\n' },
      8,
      /unknown widget <nn-nueron>\. Did you mean "nn-neuron"\?/,
    );
    await rejects({ body: 'Text.\n\n<details>\n\nMore.\n' }, 10, /<details> is never closed/);
  });

  test('an exercise needs a name to be remembered by', () =>
    rejects(
      { body: '<nn-neuron goal="output<0.5">\n</nn-neuron>\n' },
      8,
      /has a goal but no data-exercise or id/,
    ));
});

// Where a teacher's text goes: front matter, a heading, a paragraph, a table, a link, code, a
// widget's attribute and its caption.
const PLACES = {
  title: (p) => FRONT.replace('A test lesson', p),
  summary: (p) => FRONT.replace('Checks the build.', p),
  objective: (p) => FRONT.replace('Build a page.', p),
  heading: (p) => `${FRONT}## ${p}\n`,
  paragraph: (p) => `${FRONT}Before ${p} after.\n`,
  'table cell': (p) => `${FRONT}| a |\n|---|\n| ${p} |\n`,
  'link target': (p) => `${FRONT}[a link](${p})\n`,
  'code span': (p) => `${FRONT}Say \`${p}\`.\n`,
  'widget attribute': (p) => `${FRONT}<nn-neuron labels="${p}">\n</nn-neuron>\n`,
  'figure caption': (p) =>
    `${FRONT}<figure>\n<nn-neuron>\n</nn-neuron>\n<figcaption>${p}</figcaption>\n</figure>\n`,
};

/**
 * The elements of `html` as the browser would read them: [{ name, attributes: [[name, value]] }],
 * from parse5's whole-document parser (the tree a browser builds, template contents included),
 * not from the build's own tag reader, so that the check does not share the build's reading.
 */
function elementsOf(html) {
  const elements = [];
  const visit = (node) => {
    if (node.attrs) {
      elements.push({
        name: node.nodeName.toLowerCase(),
        attributes: node.attrs.map(({ name, value }) => [name, value]),
      });
    }
    for (const child of [...(node.content?.childNodes ?? []), ...(node.childNodes ?? [])]) {
      visit(child);
    }
  };
  visit(parseHtml(html));
  return elements;
}

// Attributes a browser follows as URLs (a javascript: there runs when followed or loaded).
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
]);

/** What in `html` could run: a script without src, a frame, an on* attribute, a script URL. */
function runnable(html) {
  const found = [];
  for (const { name, attributes } of elementsOf(html)) {
    const has = (n) => attributes.some(([a]) => a === n);
    if (name === 'script' && !has('src')) found.push('an inline <script>');
    if (['iframe', 'frame', 'object', 'embed'].includes(name)) found.push(`<${name}>`);
    for (const [attribute, value] of attributes) {
      if (attribute.startsWith('on')) found.push(`${attribute}= on <${name}>`);
      if (URL_ATTRIBUTES.has(attribute) && /^\s*(?:javascript|data|vbscript):/i.test(value))
        found.push(`${attribute}="${value}"`);
    }
  }
  return found;
}

test('the injection payloads in any part of a lesson are refused with a line, or stay text', async () => {
  let refused = 0;
  let built = 0;
  for (const payload of PAYLOADS) {
    for (const [place, lesson] of Object.entries(PLACES)) {
      let read;
      try {
        read = await build({ source: lesson(payload) });
      } catch (error) {
        assert.match(error.message, /01-test[/\\]index\.md:\d+: /, `${place}: ${payload}`);
        refused += 1;
        continue;
      }
      built += 1;
      for (const path of ['index.html', 'lessons/01-test/index.html']) {
        const html = await read(path);
        assert.deepEqual(runnable(html), [], `${place}: ${payload} in ${path}`);
      }
    }
  }
  // Both outcomes occur: the build refuses markup it does not allow and escapes the rest.
  assert.ok(refused > 0 && built > 0, `${refused} refused, ${built} built`);
});

const WASM = new URL('../../build/wasm/nn.wasm', import.meta.url);

test(
  'with the core, names from its tables are checked too',
  { skip: !existsSync(WASM) && 'needs the wasm build (npm run build:core)' },
  () =>
    rejects(
      { body: '<nn-neuron activation="sigmod">\n</nn-neuron>\n', withCore: true },
      8,
      /"sigmod" is not accepted: expected one of step, sigmoid, .*did you mean "sigmoid"/,
    ),
);

describe('front matter', () => {
  const parse = (text) => parseFrontMatter(text, 'lesson.md', LESSON_FIELDS);

  test('reads strings, a list and a number, and where the body starts', () => {
    const { data, body, bodyLine } = parse(`${FRONT}Body.`);
    assert.deepEqual(data, {
      title: 'A test lesson',
      summary: 'Checks the build.',
      objectives: ['Build a page.'],
      minutes: 5,
    });
    assert.equal(body, 'Body.');
    assert.equal(bodyLine, 7);
  });

  test('accepts quoted values', () => {
    const { data } = parse(FRONT.replace('title: A test lesson', 'title: "Colon: allowed"'));
    assert.equal(data.title, 'Colon: allowed');
  });

  test('missing, ill-typed and unknown keys name the file and line', async () => {
    await rejects(
      { source: FRONT.replace('summary: Checks the build.\n', '') },
      6,
      /front matter is missing "summary"/,
    );
    await rejects(
      { source: FRONT.replace('minutes: 5', 'minutes: ten') },
      6,
      /"minutes" must be a number of at least 1, not "ten"/,
    );
    await rejects(
      { source: FRONT.replace('title:', 'titel:') },
      2,
      /unknown front-matter key "titel"\. Did you mean "title"\?/,
    );
    await rejects(
      { source: FRONT.replace('  - Build a page.\n', '') },
      4,
      /"objectives" must be a list/,
    );
    await rejects({ source: `Title\n${FRONT}` }, 1, /starts with a "---" front-matter block/);
  });
});

describe('math', () => {
  test('a formula KaTeX cannot read names the line', () =>
    rejects({ body: 'Fine.\n\nBroken $\\frac{1$ here.\n' }, 10, /math: KaTeX parse error/));

  test('unclosed display math names the line where it opens', () =>
    rejects({ body: '$$\nz = 1\n\nText.\n' }, 8, /display math opened with \$\$ is not closed/));

  test('a dollar amount is not math', async () => {
    const read = await build({ body: 'It costs $5 and $10.\n' });
    assert.match(await read('lessons/01-test/index.html'), /It costs \$5 and \$10\./);
  });
});

test('the service worker leaves the digits (data/) out of its precache, and in its version', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'neuronlab-sw-'));
  try {
    await mkdir(join(dir, 'data'));
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'data', 'digits.bin'), 'one');
    const source = new URL('../../web/src/site/sw.js', import.meta.url).pathname;
    const first = await writeServiceWorker(source, dir);
    const worker = await readFile(join(dir, 'sw.js'), 'utf8');
    assert.deepEqual(JSON.parse(/\[("[^"]*",?)+\]/.exec(worker)[0]), ['index.html']);
    await writeFile(join(dir, 'data', 'digits.bin'), 'two');
    assert.notEqual(await writeServiceWorker(source, dir), first, 'new digits, new version');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
