// When a page's long tasks happen: the page at PATH is loaded, the CPU throttled (4x unless
// RATE=…), a PerformanceObserver of long tasks started, and the actions run in order (click:SEL
// clicks what a Playwright selector names, scrolling it into view as a reader's click would;
// wait:MS waits). Prints each action's start and each long task as start:duration, in ms after
// the first action began, as browser-metrics counts them (wall time). Reports; asserts nothing.
// Usage: [RATE=4] node tests/bench/long-task-times.mjs PATH ACTION... (needs build/site), e.g.
//   node tests/bench/long-task-times.mjs /lessons/11-modern-tools/ 'click:nn-race >> text=Play' wait:10000
import { loadavg } from 'node:os';
import { launchBrowser, serveSite } from '../browser/harness.mjs';

const [path, ...actions] = process.argv.slice(2);
const RATE = Number(process.env.RATE ?? 4);

const server = await serveSite();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    globalThis.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const now = () => page.evaluate(() => performance.now());
  const t0 = await now();
  const marks = [];
  for (const action of actions) {
    const [verb, arg] = [
      action.slice(0, action.indexOf(':')),
      action.slice(action.indexOf(':') + 1),
    ];
    marks.push(`${verb} at ${Math.round((await now()) - t0)}`);
    if (verb === 'click') await page.click(arg);
    else if (verb === 'wait') await page.waitForTimeout(Number(arg));
    else throw new Error(`${action}: an action is click:SELECTOR or wait:MS`);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const tasks = await page.evaluate(() => globalThis.longTasks);
  const times = tasks.map(([start, ms]) => `${Math.round(start - t0)}:${Math.round(ms)}`);
  console.log(`${path} at ${RATE}x, load average ${loadavg()[0].toFixed(1)}; ${marks.join(', ')}`);
  console.log(`  long tasks (start:ms) ${times.join(' ') || 'none'}`);
} finally {
  await browser.close();
  await server.close();
}
