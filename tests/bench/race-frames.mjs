// What <nn-race> costs the page's main thread while the four runs train: Chrome's trace of 8 s
// of play with the CPU throttled (4x by default), summed by kind of work, plus the tasks over 40
// and 50 ms (the goal: none over 50 ms) and the whole-page repaints. Needs a built site (npm run
// build:site). Usage: node tests/bench/race-frames.mjs [QUERY] [THROTTLE]; QUERY is the embed
// page's widget settings (default: lesson 11's spiral race, 8,8 tanh, 2,000 steps, so it
// does not end inside the 8 s). Reports; asserts nothing.
import { launchBrowser, serveSite } from '../browser/harness.mjs';
import { reportTrace, tracePlay } from './frame-trace.mjs';

const query = process.argv[2] ?? 'dataset=spiral&hidden-layers=8,8&steps=2000';
const rate = Number(process.argv[3] ?? 4);

const server = await serveSite();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}embed/?widget=nn-race&${query}`);
  const race = page.locator('nn-race');
  const play = race.getByRole('button', { name: 'Play' });
  await play.waitFor();
  await page.waitForTimeout(1000);
  const events = await tracePlay(page, play, rate);
  const steps = await race.locator('output.steps').textContent();
  reportTrace(`nn-race, ${query}, 8 s at ${rate}x CPU throttle (main thread), ${steps}:`, events);
} finally {
  await browser.close();
  await server.close();
}
