// What <nn-trainer> costs the page's main thread while it trains: Chrome's trace of 8 s of play
// with the CPU throttled (4x by default), summed by kind of work, plus the tasks over 40 and
// 50 ms and how often the whole page was repainted. Needs a built site (npm run build:site).
// Usage: node tests/bench/trainer-frames.mjs [QUERY] [THROTTLE]; QUERY is the embed page's
// widget settings (default: spiral3, 16,16 ReLU, Adam, batch 10, fast). Reports; asserts nothing.
import { launchBrowser, serveSite } from '../browser/harness.mjs';
import { reportTrace, tracePlay } from './frame-trace.mjs';

const query =
  process.argv[2] ??
  'dataset=spiral3&samples=300&hidden-layers=16,16&activation=relu&optimizer=adam&learning-rate=0.01&batch-size=10&speed=fast';
const rate = Number(process.argv[3] ?? 4);

const server = await serveSite();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}embed/?widget=nn-trainer&${query}`);
  const play = page.locator('nn-trainer').getByRole('button', { name: 'Play' });
  await play.waitFor();
  await page.waitForTimeout(1000);
  const events = await tracePlay(page, play, rate);
  reportTrace(`nn-trainer, ${query}, 8 s at ${rate}x CPU throttle (main thread):`, events);
} finally {
  await browser.close();
  await server.close();
}
