// What <nn-race> costs the page's main thread while the four runs train: Chrome's trace of 8 s
// of play with the CPU throttled (4x by default), summed by kind of work, plus the tasks over 40
// and 50 ms (the goal: none over 50 ms) and the whole-page repaints. Needs a built site (npm run
// build:site). Usage: node tests/bench/race-frames.mjs [QUERY] [THROTTLE]; QUERY is the embed
// page's widget settings (default: lesson 11's spiral race, 8,8 tanh, 2,000 steps, so it
// does not end inside the 8 s). With --why it also prints what the tasks over 50 ms of wall time
// (as a long-task observer counts them) spent it on and when, in ms after the trace began
// (long-task-causes.mjs); the test driver's own tasks left out. With --lesson it plays lesson 11's race on the lesson's page (a
// bigger document than the embed page's; QUERY is then not used). Reports; asserts nothing.
import { launchBrowser, serveSite } from '../browser/harness.mjs';
import { reportTrace, tracePlay } from './frame-trace.mjs';
import { CAUSES, driverTasks, mainThread, printLongTaskCauses } from './long-task-causes.mjs';

const WHY = process.argv.includes('--why');
const LESSON = process.argv.includes('--lesson');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const query = args[0] ?? 'dataset=spiral&hidden-layers=8,8&steps=2000';
const rate = Number(args[1] ?? 4);

const server = await serveSite();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  const where = LESSON ? 'lessons/11-modern-tools/' : `embed/?widget=nn-race&${query}`;
  await page.goto(`${server.url}${where}`);
  const race = page.locator('nn-race').first();
  await race.scrollIntoViewIfNeeded();
  const play = race.getByRole('button', { name: 'Play' });
  await play.waitFor();
  await page.waitForTimeout(1000);
  const events = await tracePlay(page, play, rate, 8000, WHY ? CAUSES : []);
  const steps = await race.locator('output.steps').textContent();
  reportTrace(
    `nn-race, ${LESSON ? where : query}, 8 s at ${rate}x CPU throttle (main thread), ${steps}:`,
    events,
  );
  if (WHY) {
    const main = mainThread(events);
    const all = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main(e));
    const driver = driverTasks(events, all);
    const tasks = all.filter((t) => !driver.has(t));
    printLongTaskCauses(events, tasks, 50000, 'dur');
  }
} finally {
  await browser.close();
  await server.close();
}
