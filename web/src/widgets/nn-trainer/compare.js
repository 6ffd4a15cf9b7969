// Two runs side by side: when a run ends (Reset, the next seed, a new network or data set), its
// loss curve is kept as a ghost the loss chart draws dashed behind the new one, with the settings
// it ran with named, so "same start, another learning rate" or "another seed" can be compared.
// Stores numbers and words; the chart draws them (shared/training-chart.js).

/** "adam, learning rate 0.03, tanh 6, seed 1" from a session spec (spec.js's resolveSpec). */
export function runName(spec) {
  const hidden = spec.network.layers.slice(0, -1);
  const widths = hidden.map((l) => l.units).join(',');
  return (
    `${spec.options.optimizer}, learning rate ${spec.options.learningRate}, ` +
    `${hidden[0]?.activation ?? ''} ${widths}, seed ${spec.seed}`
  );
}

/**
 * The ghost of a run that is ending: { values (its loss per kept entry), stride, epoch, name },
 * or null for a run that never trained an epoch.
 */
export function ghostOf(history, spec) {
  if (!spec || history.series.loss.length < 2) return null;
  const values = history.series.loss.slice();
  return { values, stride: history.stride, epoch: history.epoch, name: runName(spec) };
}

/** "Dashed: the previous run (…), 120 epochs, loss 0.0412 at the end." */
export function ghostCaption(ghost, show) {
  if (!ghost) return '';
  const last = ghost.values.at(-1);
  return `Dashed in the loss chart: the previous run (${ghost.name}), ${ghost.epoch} epochs, loss ${show(last)} at its end.`;
}
