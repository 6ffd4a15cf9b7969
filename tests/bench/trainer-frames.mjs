// What <nn-trainer> costs the page's main thread while it trains: Chrome's trace of 8 s of play
// with the CPU throttled (4x by default), summed by kind of work, plus the tasks over 40 and
// 50 ms and how often the whole page was repainted. Needs a built site (npm run build:site).
// Usage: node tests/bench/trainer-frames.mjs [QUERY] [THROTTLE]; QUERY is the embed page's
// widget settings (default: spiral3, 16,16 ReLU, Adam, batch 10, fast). Reports; asserts nothing.
import { launchBrowser, serveSite } from '../browser/harness.mjs';

const query =
  process.argv[2] ??
  'dataset=spiral3&samples=300&hidden-layers=16,16&activation=relu&optimizer=adam&learning-rate=0.01&batch-size=10&speed=fast';
const rate = Number(process.argv[3] ?? 4);
const KINDS = [
  'FireAnimationFrame',
  'Paint',
  'Commit',
  'Layout',
  'UpdateLayoutTree',
  'PrePaint',
  'Layerize',
];

const server = await serveSite();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}embed/?widget=nn-trainer&${query}`);
  const play = page.locator('nn-trainer').getByRole('button', { name: 'Play' });
  await play.waitFor();
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await play.click();
  await page.waitForTimeout(8000);
  await cdp.send('Tracing.end');
  await complete;

  // The renderer's main thread is the one that runs the animation frames.
  const main = events.find((e) => e.name === 'FireAnimationFrame')?.tid;
  const onMain = events.filter((e) => e.tid === main && e.ph === 'X');
  const ms = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  for (const e of onMain) if (e.name in ms) ms[e.name] += e.dur / 1000;
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const pagePaints = onMain.filter(
    (e) => e.name === 'Paint' && e.args?.data?.nodeName === '#document',
  );
  console.log(`nn-trainer, ${query}, 8 s at ${rate}x CPU throttle (main thread):`);
  for (const [name, total] of Object.entries(ms))
    console.log(`  ${name.padEnd(20)} ${total.toFixed(0)} ms`);
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
} finally {
  await browser.close();
  await server.close();
}
