// What each heavy main-thread task of a page spends its wall time on, frame by frame: the page at
// PATH is loaded, put through what browser-metrics does before its actions (a full-page
// screenshot, 200 Tabs), throttled (4x unless RATE=…), traced while the actions run (click:SEL,
// hover:SEL, wait:MS), and every task over MIN ms (25 unless MIN=…) is printed as its start (ms
// after the trace's first event), its length and the milliseconds of each kind of work in it:
// PP PrePaint, P Paint, Lz Layerize, C Commit, L Layout, S style, H hit tests, G GPU flushes,
// JS script, M the driver's commands, GC and gc (major, minor). A first line counts Chrome's
// full compositing updates (PaintArtifactCompositor::Update: every paint chunk of the page put
// into layers again, where a repaint alone copies the new painting into the layers as they are)
// and sums the Layerize time. BUILD=dir measures a site built elsewhere. Reports; asserts
// nothing. The per-frame figures of docs/performance.md's "Fewer layers, nothing that moves"
// and "Words that change, layers that stay" come from it, e.g.
//   node tests/bench/frame-kinds.mjs /lessons/13-handwritten-digits/ 'click:nn-digits >> text=Load the digits' wait:5000
//   node tests/bench/frame-kinds.mjs /lessons/11-modern-tools/ 'click:nn-race >> text=Play' wait:10000
import { launchBrowser, serveSite } from '../browser/harness.mjs';
import { TIMELINE, traceWhile } from '../browser/trace.mjs';
import { mainThread } from './long-task-causes.mjs';

const [path, ...actions] = process.argv.slice(2);
const MIN = Number(process.env.MIN ?? 25);
const KINDS = {
  PrePaint: 'PP',
  Paint: 'P',
  Layerize: 'Lz',
  Commit: 'C',
  Layout: 'L',
  UpdateLayoutTree: 'S',
  HitTest: 'H',
  'GpuChannel::Flush': 'G',
  FunctionCall: 'JS',
  'Receive mojo message': 'M',
  MajorGC: 'GC',
  MinorGC: 'gc',
};

const server = await serveSite(process.env.BUILD ? { root: process.env.BUILD } : {});
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
  await page.screenshot({ fullPage: true });
  for (let i = 0; i < 200; i++) await page.keyboard.press('Tab');
  await page.evaluate(() => globalThis.document.activeElement?.blur?.());
  await page.mouse.move(0, 0);
  const events = await traceWhile(page, [...TIMELINE, 'toplevel', 'blink'], async (cdp) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
    for (const action of actions) {
      const at = action.indexOf(':');
      const [verb, arg] = [action.slice(0, at), action.slice(at + 1)];
      if (verb === 'click') await page.click(arg);
      else if (verb === 'hover') await page.hover(arg);
      else if (verb === 'wait') await page.waitForTimeout(Number(arg));
      else throw new Error(`${action}: an action is click:SEL, hover:SEL or wait:MS`);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
  const main = mainThread(events);
  const mine = events.filter((e) => main(e) && e.ph === 'X');
  const t0 = Math.min(...mine.map((e) => e.ts));
  const full = mine.filter((e) => e.name === 'PaintArtifactCompositor::Update').length;
  const layerize = mine
    .filter((e) => e.name === 'Layerize')
    .reduce((ms, e) => ms + e.dur / 1000, 0);
  console.log(`full compositing updates ${full}, Layerize ${layerize.toFixed(0)} ms in all`);
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > MIN * 1000)) {
    const sums = {};
    for (const e of mine)
      if (KINDS[e.name] && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
        sums[KINDS[e.name]] = (sums[KINDS[e.name]] ?? 0) + e.dur / 1000;
    const kinds = Object.entries(sums)
      .filter(([, ms]) => ms >= 1)
      .map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`);
    const start = ((task.ts - t0) / 1000).toFixed(0).padStart(6);
    console.log(`${start} ${(task.dur / 1000).toFixed(0).padStart(4)}ms  ${kinds.join(' ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
