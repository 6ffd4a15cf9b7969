// What a playing widget costs the page's main thread: Chrome's trace of a few seconds after a
// press of its Play button with the CPU throttled, summed by kind of work, plus the tasks over
// 40 and 50 ms (wall and thread time) and how often the whole page was repainted. Shared by
// trainer-frames.mjs and race-frames.mjs. Reports; asserts nothing.

import { TIMELINE, traceWhile } from '../browser/trace.mjs';

const KINDS = [
  'FireAnimationFrame',
  'Paint',
  'Commit',
  'Layout',
  'UpdateLayoutTree',
  'PrePaint',
  'Layerize',
];

/**
 * Traces `ms` of the page after play.click() at `rate`x CPU throttling, with the trace
 * categories `more` besides the timeline's (e.g. long-task-causes.mjs's); returns the events.
 */
export async function tracePlay(page, play, rate, ms = 8000, more = []) {
  return traceWhile(page, [...TIMELINE, ...more], async (cdp) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await play.click();
    await page.waitForTimeout(ms);
  });
}

/** Prints the main thread's share of the trace under `title`. */
export function reportTrace(title, events) {
  // The renderer's main thread is the one that runs the animation frames.
  const main = events.find((e) => e.name === 'FireAnimationFrame')?.tid;
  const onMain = events.filter((e) => e.tid === main && e.ph === 'X');
  const ms = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  for (const e of onMain) if (e.name in ms) ms[e.name] += e.dur / 1000;
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const pagePaints = onMain.filter(
    (e) => e.name === 'Paint' && e.args?.data?.nodeName === '#document',
  );
  const frames = onMain.filter((e) => e.name === 'FireAnimationFrame').length;
  console.log(title);
  for (const [name, total] of Object.entries(ms))
    console.log(`  ${name.padEnd(20)} ${total.toFixed(0)} ms`);
  console.log(`  animation frames    ${frames}`);
  console.log(`  whole-page repaints ${pagePaints.length}`);
  console.log(`  tasks over 40 ms    ${tasks.filter((t) => t.dur > 40000).length}`);
  console.log(`  tasks over 50 ms    ${tasks.filter((t) => t.dur > 50000).length}`);
  // Thread time (tdur) grows with the throttled CPU but not with other processes' load, so on a
  // busy machine it judges the widget's own work where wall time (dur) judges the machine.
  const threadLong = tasks.filter((t) => (t.tdur ?? 0) > 50000);
  const longest = Math.max(0, ...tasks.map((t) => t.tdur ?? 0)) / 1000;
  console.log(
    `  tasks over 50 ms of thread time ${threadLong.length} (longest ${longest.toFixed(0)} ms)`,
  );
}
