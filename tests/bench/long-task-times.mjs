// When a page's long tasks happen: the page at PATH is loaded, the CPU throttled (4x unless
// RATE=…), a PerformanceObserver of long tasks started, and the actions run in order (click:SEL
// clicks what a Playwright selector names, scrolling it into view as a reader's click would;
// tap:SEL does the same but finds and scrolls to it unthrottled and then clicks with the mouse
// alone, so the page's own work is timed without the driver's scripts in the page;
// scroll:SEL only scrolls it into view; wait:MS waits). Prints each action's start and each long task as start:duration, in ms after
// the first action began, as browser-metrics counts them (wall time), with `press` after the one
// that dispatched a mouse press and `after` after those that start later. With --why the run is also
// traced and what each task over 50 ms of wall time spent it on is printed (long-task-causes.mjs;
// the test driver's own tasks, e.g. a click's hit test, counted with the page's here, since the
// observer counts them too); with --js as well, the JS functions its profile samples fell in
// (the sampling profiler makes every task slower, so more of them are long). BUILD=dir measures
// a site built elsewhere (e.g. unminified, for the functions' names). --prelude first does what
// browser-metrics does before its actions (a full-page screenshot, 200 Tabs), which draws the
// widgets it reaches. Reports; asserts nothing.
// Usage: [RATE=4] [BUILD=dir] node tests/bench/long-task-times.mjs PATH ACTION... [--prelude]
//   [--why [--js]], e.g.
//   node tests/bench/long-task-times.mjs /lessons/11-modern-tools/ 'click:nn-race >> text=Play' wait:10000
import { loadavg } from 'node:os';
import { launchBrowser, serveSite } from '../browser/harness.mjs';
import { TIMELINE, traceWhile } from '../browser/trace.mjs';
import { CAUSES, mainThread, printLongTaskCauses } from './long-task-causes.mjs';

const WHY = process.argv.includes('--why');
const JS = process.argv.includes('--js');
const PRELUDE = process.argv.includes('--prelude');
const [path, ...actions] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const RATE = Number(process.env.RATE ?? 4);

const server = await serveSite(process.env.BUILD ? { root: process.env.BUILD } : {});
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
  if (PRELUDE) {
    // What browser-metrics does before its actions, unthrottled: a full-page screenshot and a
    // keyboard pass of 200 Tabs (each widget it reaches is drawn), then focus and mouse away.
    await page.screenshot({ fullPage: true });
    for (let i = 0; i < 200; i++) await page.keyboard.press('Tab');
    await page.evaluate(() => globalThis.document.activeElement?.blur?.());
    await page.mouse.move(0, 0);
  }
  await page.evaluate(() => {
    // Every press of a mouse button, timed inside the task that dispatches it.
    globalThis.pressedAt = [];
    globalThis.addEventListener(
      'pointerdown',
      () => globalThis.pressedAt.push(performance.now()),
      true,
    );
    globalThis.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
  const now = () => page.evaluate(() => performance.now());
  const marks = [];
  let t0;
  const act = async (cdp) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    t0 = await now();
    for (const action of actions) {
      const [verb, arg] = [
        action.slice(0, action.indexOf(':')),
        action.slice(action.indexOf(':') + 1),
      ];
      marks.push(`${verb} at ${Math.round((await now()) - t0)}`);
      if (verb === 'click') await page.click(arg);
      else if (verb === 'scroll') await page.locator(arg).first().scrollIntoViewIfNeeded();
      else if (verb === 'wait') await page.waitForTimeout(Number(arg));
      else if (verb === 'tap') await tap(cdp, arg);
      else throw new Error(`${action}: an action is click:SEL, tap:SEL, scroll:SEL or wait:MS`);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  };
  // A reader's click: the element found and scrolled to at full speed (Playwright's query and
  // its hit-target check run scripts in the page, the driver's work), then the mouse alone.
  const tap = async (cdp, selector) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const target = page.locator(selector).first();
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  const categories = WHY ? [...TIMELINE, ...(JS ? CAUSES : ['toplevel', 'mojom'])] : [];
  const events = await traceWhile(page, categories, act);
  const { tasks, presses } = await page.evaluate(() => ({
    tasks: globalThis.longTasks,
    presses: globalThis.pressedAt,
  }));
  // A task that dispatched a press is marked `press`; one that starts after it, `after`.
  const when = (start, ms) =>
    presses.some((at) => at >= start && at <= start + ms)
      ? ' press'
      : presses.some((at) => at < start)
        ? ' after'
        : '';
  const times = tasks.map(
    ([start, ms]) => `${Math.round(start - t0)}:${Math.round(ms)}${when(start, ms)}`,
  );
  const pressed = presses.map((at) => Math.round(at - t0)).join(', ');
  console.log(`${path} at ${RATE}x, load average ${loadavg()[0].toFixed(1)}; ${marks.join(', ')}`);
  console.log(
    `  pressed at ${pressed || 'no time'}; long tasks (start:ms) ${times.join(' ') || 'none'}`,
  );
  if (WHY) {
    const main = mainThread(events);
    const all = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main(e));
    printLongTaskCauses(events, all, 50000, 'dur');
  }
} finally {
  await browser.close();
  await server.close();
}
