// Which CSS containment on a box whose words change makes Chrome decide the whole page's
// compositing layers again. A page of forty idle blocks (text, two painted canvases and an SVG
// each) and one 200 x 20 px box whose text is written in 60 animation frames at 4x throttling,
// for each style of the box below; printed: the full compositing updates
// (PaintArtifactCompositor::Update, all paint chunks put into layers again) and the Layerize time.
// "wider": the text alternates between 1.2 and 5.678901 (its width changes); "same width": 1.234
// and 5.678 in tabular figures. Reports; asserts nothing. The table in docs/performance.md's
// "Words that change, layers that stay" comes from it:
//   node tests/bench/containment-layers.mjs
import { launchBrowser } from '../browser/harness.mjs';
import { TIMELINE, traceWhile } from '../browser/trace.mjs';
import { mainThread } from './long-task-causes.mjs';

const STYLES = [
  'contain: none',
  'contain: size layout',
  'contain: size',
  'contain: layout',
  'contain: style',
  'contain: paint',
  'contain: layout style',
  'contain: strict',
  'contain: size layout; overflow: hidden',
  'contain: size layout; will-change: transform',
];
const TEXTS = { wider: ['1.2', '5.678901'], 'same width': ['1.234', '5.678'] };

const idle = Array.from(
  { length: 40 },
  (_, i) =>
    `<section style="isolation: isolate; border: 1px solid #ccc; margin: 4px"><h3>Block ${i}</h3>` +
    `<p>Words ${i} and <b>more</b> words</p><canvas width="60" height="40"></canvas>` +
    '<canvas width="60" height="40"></canvas><svg width="80" height="30"><path d="M0 0L80 30" ' +
    'stroke="red"/><circle cx="10" cy="10" r="5"/></svg><button>b</button></section>',
).join('');

/** Writes `texts` in turn into the box, one a frame, 60 frames. */
function alternate(texts) {
  return new Promise((done) => {
    const text = globalThis.document.getElementById('box').firstChild;
    let n = 0;
    const frame = () => {
      text.data = texts[n++ % 2];
      if (n < 60) globalThis.requestAnimationFrame(frame);
      else done();
    };
    globalThis.requestAnimationFrame(frame);
  });
}

const browser = await launchBrowser();
try {
  for (const style of STYLES) {
    const row = [];
    for (const [name, texts] of Object.entries(TEXTS)) {
      const page = await browser.context.newPage();
      await page.setContent(
        '<!doctype html><style>#box { display: block; height: 20px; width: 200px; ' +
          `font-variant-numeric: tabular-nums; ${style} }</style><p id="box">0.000</p>${idle}`,
      );
      await page.evaluate(() => {
        for (const canvas of globalThis.document.querySelectorAll('canvas'))
          canvas.getContext('2d').fillRect(5, 5, 30, 20);
      });
      await page.waitForTimeout(300);
      const events = await traceWhile(page, [...TIMELINE, 'blink'], async (cdp) => {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.evaluate(alternate, texts);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      });
      const main = mainThread(events);
      const mine = events.filter((e) => main(e) && e.ph === 'X');
      const full = mine.filter((e) => e.name === 'PaintArtifactCompositor::Update').length;
      const ms = mine.filter((e) => e.name === 'Layerize').reduce((t, e) => t + e.dur / 1000, 0);
      row.push(
        `${name}: ${String(full).padStart(2)} full, Layerize ${ms.toFixed(0).padStart(3)} ms`,
      );
      await page.close();
    }
    console.log(`${style.padEnd(46)} ${row.join(' | ')}`);
  }
} finally {
  await browser.close();
}
