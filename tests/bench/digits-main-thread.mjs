// Lesson 13's main thread while the first nn-digits widget loads the digits and trains, from a
// Chromium trace (devtools.timeline): every top-level task of the page's main thread, counted
// by wall time and by the thread's own CPU time. On a shared machine a task's wall time also
// holds the time the thread waited for a core, so the CPU count is the one that says what the
// page itself does; the wall count is what a reader on that machine would feel. At 4x CDP
// throttling the page's thread time is stretched as its wall time is. A measurement, not a test.
// Usage: node tests/bench/digits-main-thread.mjs [rate] [seconds]  (needs build/site)
import { launchBrowser, serveSite } from '../browser/harness.mjs';

const RATE = Number(process.argv[2] ?? 1);
const SECONDS = Number(process.argv[3] ?? 20);
const LONG_US = 50000;

const server = await serveSite();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}lessons/13-handwritten-digits/`, { waitUntil: 'networkidle' });
  const widget = page.locator('nn-digits').first();
  await widget.scrollIntoViewIfNeeded();
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click({ timeout: 300000 });
  await page.waitForTimeout(SECONDS * 1000);
  const readout = await widget.locator('.readout').textContent();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('Tracing.end');
  await complete;

  const threads = new Map();
  for (const e of events)
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = (e) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main(e));
  const longest = (key) =>
    tasks
      .map((t) => (t[key] ?? 0) / 1000)
      .sort((a, b) => b - a)
      .slice(0, 3)
      .map((ms) => ms.toFixed(0))
      .join(', ');
  const over = (key) => tasks.filter((t) => (t[key] ?? 0) > LONG_US).length;
  console.log(`${RATE}x CPU, load and ${SECONDS} s of training: ${readout}`);
  console.log(`main-thread tasks: ${tasks.length}`);
  console.log(`  over 50 ms of wall time:   ${over('dur')} (longest ${longest('dur')} ms)`);
  console.log(`  over 50 ms of thread CPU:  ${over('tdur')} (longest ${longest('tdur')} ms)`);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
