// Lesson 13's main thread while the first nn-digits widget loads the digits and trains, from a
// Chromium trace (devtools.timeline): every top-level task of the page's main thread, counted
// by wall time and by the thread's own CPU time. On a shared machine a task's wall time also
// holds the time the thread waited for a core, so the CPU count is the one that says what the
// page itself does; the wall count is what a reader on that machine would feel. At 4x CDP
// throttling the page's thread time is stretched as its wall time is. Tasks that run the test
// driver's own DevTools commands (Playwright's polling for the Train button, its role queries,
// its clicks' hit tests) are counted apart: they are not the page's work. The page's tasks are
// split at the Train click into loading and training. A measurement, not a test.
// With --why it also prints what the long tasks spent their time on (long-task-causes.mjs).
// Usage: node tests/bench/digits-main-thread.mjs [rate] [seconds] [--why]  (needs build/site)
import { launchBrowser, serveSite } from '../browser/harness.mjs';
import { startTraining } from '../browser/digits-widget.mjs';
import { openDigitsLesson } from './digits-page.mjs';
import { TIMELINE, traceWhile } from '../browser/trace.mjs';
import { CAUSES, driverTasks, mainThread, printLongTaskCauses } from './long-task-causes.mjs';

const args = process.argv.slice(2).filter((a) => a !== '--why');
const WHY = process.argv.includes('--why');
const RATE = Number(args[0] ?? 1);
const SECONDS = Number(args[1] ?? 20);
const LONG_US = 50000;

const server = await serveSite();
const browser = await launchBrowser();
try {
  const { page, widget } = await openDigitsLesson(browser, server);
  let readout;
  const categories = [...TIMELINE, ...(WHY ? CAUSES : ['toplevel', 'mojom'])];
  const events = await traceWhile(page, categories, async (cdp) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await startTraining(widget, 300000);
    await page.evaluate(() => console.timeStamp('train'));
    await page.waitForTimeout(SECONDS * 1000);
    readout = await widget.locator('.readout').textContent();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });

  const main = mainThread(events);
  const all = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main(e));
  const driver = driverTasks(events, all);
  const tasks = all.filter((t) => !driver.has(t));
  const train = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'train').ts;
  const phases = [
    ['loading', tasks.filter((t) => t.ts < train)],
    ['training', tasks.filter((t) => t.ts >= train)],
  ];
  const longest = (list, key) =>
    list
      .map((t) => (t[key] ?? 0) / 1000)
      .sort((a, b) => b - a)
      .slice(0, 3)
      .map((ms) => ms.toFixed(0))
      .join(', ');
  const over = (list, key) => list.filter((t) => (t[key] ?? 0) > LONG_US).length;
  const count = (list, key) => `${over(list, key)} (longest ${longest(list, key)} ms)`;
  console.log(`${RATE}x CPU, load and ${SECONDS} s of training: ${readout}`);
  console.log(
    `main-thread tasks: ${all.length}, of them ${driver.size} the test driver's (${over([...driver], 'tdur')} over 50 ms of CPU), left out below`,
  );
  for (const [phase, list] of phases) {
    console.log(`${phase}: ${list.length} tasks`);
    console.log(`  over 50 ms of wall time:   ${count(list, 'dur')}`);
    console.log(`  over 50 ms of thread CPU:  ${count(list, 'tdur')}`);
  }
  if (WHY) printLongTaskCauses(events, tasks, LONG_US);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
