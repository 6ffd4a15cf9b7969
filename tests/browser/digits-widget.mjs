// What the <nn-digits> browser tests share: waiting for the widget to be ready, and loading the
// digits then training a whole run through its buttons, as a reader does.
// Does not: assert anything (each test does).

/** Resolves once the widget offers to load the digits, their size named. */
export const digitsReady = (widget) =>
  widget.getByRole('button', { name: /^Load the digits \(7\.9 MB\)$/ }).waitFor();

/** Presses Load, then Train once the digits are in (within `timeout` ms of loading). */
export async function startTraining(widget, timeout = 30000) {
  await widget.getByRole('button', { name: /^Load the digits/ }).click();
  await widget.getByRole('button', { name: 'Train' }).click({ timeout });
}

/** Presses Load, then Train, and waits for the readout to name the end of a run of `epochs`. */
export async function loadAndTrain(widget, epochs, timeout = 60000) {
  await startTraining(widget);
  await widget
    .locator('.readout')
    .filter({ hasText: new RegExp(`^Epoch ${epochs} of ${epochs} `) })
    .waitFor({ timeout });
}
