// What lesson 13's main thread spends while the first nn-digits widget trains: the digits are
// loaded at 1x, then S seconds of training (default 12) are traced at RATE x CPU throttling
// (default 4), and the page's tasks (the test driver's own left out) are counted over 50 ms of
// thread CPU and of wall time, with the thread CPU summed by kind of work (script, style,
// layout, pre-paint, paint, layerize, commit, hit test; total ms / events). With BUILD=dir it
// measures a site built elsewhere (node web/site-build/build-site.mjs output), so two builds can
// be run in turn. Reports; asserts nothing. Usage: [BUILD=dir] node tests/bench/digits-frame-costs.mjs [rate] [seconds]
import { loadavg } from 'node:os';
import { launchBrowser, serveSite } from '../browser/harness.mjs';
import { startTraining } from '../browser/digits-widget.mjs';
import { openDigitsLesson } from './digits-page.mjs';
import { TIMELINE, traceWhile } from '../browser/trace.mjs';
import { driverTasks, mainThread } from './long-task-causes.mjs';

const RATE = Number(process.argv[2] ?? 4);
const SECONDS = Number(process.argv[3] ?? 12);
const KINDS = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize'];
KINDS.push('Commit', 'HitTest');

const server = await serveSite(process.env.BUILD ? { root: process.env.BUILD } : {});
const browser = await launchBrowser();
try {
  const { page, widget } = await openDigitsLesson(browser, server);
  await startTraining(widget, 300000);
  await page.waitForTimeout(1500);
  const events = await traceWhile(page, [...TIMELINE, 'toplevel', 'mojom'], async (cdp) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.waitForTimeout(SECONDS * 1000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
  const readout = (await widget.locator('.readout').textContent()).trim();

  const main = mainThread(events);
  const all = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main(e));
  const driver = driverTasks(events, all);
  const tasks = all.filter((t) => !driver.has(t));
  const over = (key) => tasks.filter((t) => (t[key] ?? 0) > 50000).length;
  const kind = (name) => {
    const list = events.filter((e) => e.ph === 'X' && e.name === name && main(e));
    return `${name} ${(list.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000).toFixed(0)}/${list.length}`;
  };
  console.log(
    `${RATE}x CPU, ${SECONDS} s of training, load average ${loadavg()[0].toFixed(1)}: ${readout}`,
  );
  console.log(
    `  ${tasks.length} tasks; over 50 ms of thread CPU ${over('tdur')}, of wall time ${over('dur')}`,
  );
  console.log(`  thread CPU by kind (ms/events): ${KINDS.map(kind).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
