// A sample post on an outside blog, written the way a writer would embed the widgets: its own
// look (blog.css), one script tag, and widget tags pasted into the text. It shows that the
// widgets need nothing from the lesson site. Every tag is checked against the schemas.
import { fileURLToPath } from 'node:url';
import { embedTag } from '../../src/widgets/shared/embed-code.js';
import { escapeHtml } from '../escape.mjs';
import { htmlDocument } from '../page-template.mjs';
import { createHtmlChecker } from '../validate-html.mjs';

const ROOT = '../';

/** The tag for `tag` with `attributes`, passed through the same check as lesson HTML. */
function checkedTag(schemas, checkValue, tag, attributes) {
  const html = embedTag(tag, attributes);
  const checker = createHtmlChecker({ file: fileURLToPath(import.meta.url), schemas, checkValue });
  checker.check(html, () => undefined);
  checker.finish();
  return html;
}

/**
 * @param {Map<string, object>} schemas tag -> schema
 * @param {(entry: object, raw: string) => string} checkValue see attribute-values.mjs
 */
export function blogSamplePage(schemas, checkValue) {
  const neuron = checkedTag(schemas, checkValue, 'nn-neuron', {
    inputs: '0.8, 0.6, 0.9',
    weights: '0.5, 0.7, 0.3',
    bias: '0.1',
    labels: 'weather, energy, time',
  });
  const curve = checkedTag(schemas, checkValue, 'nn-activation', {
    activation: 'sigmoid',
    z: '1.19',
  });
  const script = `<script type="module" src="${ROOT}nl/embed.js"></script>`;
  const body = `<a class="skip-link" href="#main">Skip to the post</a>
<header class="blog-header">
  <p class="blog-header__name"><a href="./">Small Experiments</a></p>
  <nav aria-label="Blog"><ul><li><a href="./" aria-current="page">Notebook</a></li><li><a href="${ROOT}">Neuron Lab</a></li></ul></nav>
</header>
<main id="main" tabindex="-1">
<article class="post">
  <p class="post__date">A sample post</p>
  <h1>A neuron decides whether I go running</h1>
  <p class="post__note">This page stands in for someone else's blog. It has its own stylesheet and loads exactly one script from Neuron Lab; the two widgets below are plain tags in the text.</p>
  <p>Most mornings I weigh the same three things before I lace up: is the weather kind, do I have the energy, and is there time? Put a number between 0 and 1 on each, decide how much each one matters, and you have built the smallest piece of a neural network: a neuron.</p>
  <p>Here is mine. Today the weather scores 0.8, my energy 0.6 and my time 0.9. Weather counts 0.5, energy 0.7 and time 0.3, and a bias of 0.1 says I lean a little towards going anyway. Change any number and watch the verdict move.</p>
  ${neuron}
  <p>The neuron adds up each input times its weight, plus the bias: 0.40 + 0.42 + 0.27 + 0.1 = 1.19. Then it squashes that sum through the sigmoid curve, which turns any number into something between 0 and 1. Drag along the curve to see where 1.19 lands:</p>
  ${curve}
  <p>About 0.77. Good enough for me: I'm going.</p>
  <h2>How these got here</h2>
  <p>I pasted this into the post, once for the script and once per widget:</p>
  <pre><code>${escapeHtml(`${script}\n\n${neuron}\n\n${curve}`)}</code></pre>
</article>
</main>
<footer class="blog-footer">
  <p>Small Experiments is a made-up blog. The widgets come from <a href="${ROOT}gallery/">Neuron Lab's widget gallery</a>.</p>
</footer>`;
  return htmlDocument({
    root: ROOT,
    title: 'A neuron decides whether I go running · Small Experiments',
    description: 'A sample blog post that embeds two Neuron Lab widgets with one script tag.',
    styles: ['blog-sample/blog.css'],
    scripts: ['nl/embed.js'],
    body,
    bodyClass: 'blog',
  });
}
