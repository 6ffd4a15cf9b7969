// Turns the raw runs of every implementation into the bench's figures: medians, the workload's
// unit (µs/epoch, µs/sample-step, samples/s), ratios to the native reference of the same run,
// the loss agreement check, and the targets of issue #5. Pure functions over results.
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

// Relative loss difference allowed for the same math: agreement to 4 significant digits.
const LOSS_AGREEMENT = 1e-4;

/**
 * The figure of one result in its workload's unit, and its cost in seconds per sample visit,
 * which is what ratios compare (a subset run by a per-sample peer is scaled to the whole).
 */
function figure(workload, r) {
  const seconds = median(r.seconds);
  const visits = (r.epochs ?? workload.epochs) * (r.samples ?? workload.samples);
  const perSample = seconds / visits;
  const value =
    workload.unit === 'epoch'
      ? perSample * workload.samples * 1e6
      : workload.unit === 'sample-step'
        ? perSample * 1e6
        : 1 / perSample;
  return { value, perSample };
}

/** Rows { impl, workload, value, ratio, loss, accuracy, agrees, note } and the target checks. */
export function summarise(workloads, implementations, results) {
  const rows = [];
  for (const w of workloads) {
    const ref = results.reference?.workloads?.[w.name];
    const refCost = ref && !ref.error ? figure(w, ref).perSample : NaN;
    for (const impl of implementations) {
      if (impl.workloads && !impl.workloads.includes(w.name)) continue;
      const r = results[impl.name]?.workloads?.[w.name];
      if (!r || r.error) {
        rows.push({ impl: impl.name, workload: w.name, error: r?.error ?? 'not run' });
        continue;
      }
      r.loss ??= NaN; // JSON has no NaN: a diverged run's loss arrives as null
      const diff = Math.abs(r.loss - ref.loss) / Math.max(Math.abs(ref.loss), 1e-300);
      const agrees = impl.sameMath ? diff <= LOSS_AGREEMENT : null;
      const { value, perSample } = figure(w, r);
      rows.push({
        impl: impl.name,
        workload: w.name,
        unit: w.unit,
        // A speed is reported only once the same math ended at the same loss.
        value: agrees === false ? NaN : value,
        ratio: agrees === false ? NaN : perSample / refCost,
        loss: r.loss,
        lossKind: r.lossKind ?? w.loss,
        accuracy: r.accuracy,
        agrees,
        subset:
          r.samples < w.samples || r.epochs < w.epochs ? `${r.epochs} x ${r.samples} samples` : '',
        scored: r.scored < w.samples ? `scored on ${r.scored} samples` : '',
        notes: r.notes ?? [],
      });
    }
  }
  return { rows, targets: targets(workloads, implementations, rows, results) };
}

function targets(workloads, implementations, rows, results) {
  const ours = implementations.find((i) => i.ours)?.name;
  if (!ours) return [];
  const js = new Set(
    implementations.filter((i) => i.module && !i.ours && !i.variantOf).map((i) => i.name),
  );
  const at = (impl, workload) => rows.find((r) => r.impl === impl && r.workload === workload);
  const out = [];
  for (const w of workloads) {
    const mine = at(ours, w.name);
    if (!mine || mine.error) continue;
    const peers = rows.filter(
      (r) => r.workload === w.name && js.has(r.impl) && !r.error && r.ratio > 0,
    );
    if (w.name === 'mlp') {
      out.push({
        what: `${w.name}: ${ours} within 2x of the native reference`,
        value: mine.ratio,
        limit: 2,
        ok: mine.ratio <= 2,
      });
      for (const variant of implementations.filter((i) => i.variantOf === ours)) {
        const v = at(variant.name, w.name);
        if (v && !v.error)
          out.push({
            what: `${w.name}: ${variant.name} samples/s over ${ours}'s (float32 pays: above 1)`,
            value: v.value / mine.value,
            limit: 1,
            ok: v.value / mine.value > 1,
          });
      }
      const tfw = at('tfjs-wasm', w.name);
      if (tfw && !tfw.error)
        out.push({
          what: `${w.name}: ${ours} samples/s over tfjs-wasm's (at least 3)`,
          value: mine.value / tfw.value,
          limit: 3,
          ok: mine.value / tfw.value >= 3,
        });
    } else {
      out.push({
        what: `${w.name}: ${ours} within 1.5x of the native reference`,
        value: mine.ratio,
        limit: 1.5,
        ok: mine.ratio <= 1.5,
      });
      const fastest = peers.reduce((best, r) => (!best || r.ratio < best.ratio ? r : best), null);
      if (fastest)
        out.push({
          what: `${w.name}: ${ours} speed-up over the fastest JS peer (${fastest.impl}; at least 2)`,
          value: fastest.ratio / mine.ratio,
          limit: 2,
          ok: fastest.ratio / mine.ratio >= 2,
        });
    }
  }
  const step = results[ours]?.step;
  if (step)
    out.push({
      what: 'trainer.step() from JS over a step inside train() (under 3)',
      value: step.jsStep / step.trainStep,
      limit: 3,
      ok: step.jsStep / step.trainStep < 3,
    });
  return out;
}
