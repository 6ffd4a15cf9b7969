// Chrome's trace of what a page does while something happens, for the tests that check where the
// page spends its work and the benches that measure it. Does not: read the events (each caller
// picks what it needs) or assert anything.

/** The timeline's own categories, the ones DevTools' Performance panel records. */
export const TIMELINE = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * Traces `page` with the trace categories `categories` while `act(cdp)` runs (cdp: the DevTools
 * session the trace is on, e.g. for Emulation.setCPUThrottlingRate, whose setting lasts until
 * the session ends with the trace). Returns the trace's events.
 */
export async function traceWhile(page, categories, act) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    categories: categories.join(','),
    transferMode: 'ReportEvents',
  });
  try {
    await act(cdp);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}
