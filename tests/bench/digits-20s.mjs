// Lesson 13 in Chromium: the first nn-digits widget (784-256-128-10, the lesson's settings)
// trains for 20 s of wall time after Train is pressed, at 1x and at 4x CPU throttling of the
// page (CDP Emulation.setCPUThrottlingRate; the training worker is its own target); prints
// the readout then: epochs done and the test accuracy. A measurement, not a test.
// Usage: node tests/bench/digits-20s.mjs   (needs build/site: npm run build)
import { launchBrowser, serveSite } from '../browser/harness.mjs';
import { startTraining } from '../browser/digits-widget.mjs';
import { openDigitsLesson } from './digits-page.mjs';

const SECONDS = 20;
const server = await serveSite();
const browser = await launchBrowser();
try {
  for (const rate of [1, 4]) {
    const { page, widget } = await openDigitsLesson(browser, server);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await startTraining(widget, 300000);
    await page.waitForTimeout(SECONDS * 1000);
    console.log(
      `${rate}x CPU, after ${SECONDS} s: ${await widget.locator('.readout').textContent()}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
