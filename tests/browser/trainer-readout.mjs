// Reading <nn-trainer>'s readout ("Epoch 12 · loss 0.168 · accuracy 100%") in the browser tests
// that drive it: its text, its epoch, and a wait until it reaches an epoch.

export const readout = (widget) => widget.locator('.readout').textContent();
export const epochOf = (text) => Number(/^Epoch (\d+)/.exec(text)[1]);

/** Waits until the readout says epoch `epoch` or later (looked at in every frame, in the page). */
export async function untilEpoch(widget, epoch) {
  await widget.page().waitForFunction(
    (least) => {
      const text = document.querySelector('nn-trainer').shadowRoot.querySelector('.readout');
      return Number(/^Epoch (\d+)/.exec(text.textContent)?.[1] ?? -1) >= least;
    },
    epoch,
    { polling: 'raf', timeout: 60000 },
  );
}
