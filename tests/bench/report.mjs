// Turns the raw runs of every implementation into the bench's figures: medians, the workload's
// unit (µs/epoch, µs/sample-step, samples/s), ratios to the native reference of the same run
// (round by round), the loss agreement check, and the targets of issue #5. Pure functions over results.
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

// Relative loss difference allowed for the same math: agreement to 4 significant digits.
const LOSS_AGREEMENT = 1e-4;

/**
 * Seconds per sample visit of one result's timed runs (a subset run by a per-sample peer is
 * scaled to the whole).
 */
function costPerSample(workload, r, seconds) {
  const visits = (r.epochs ?? workload.epochs) * (r.samples ?? workload.samples);
  return median(seconds) / visits;
}

/** The figure of one result in its workload's unit, from all its rounds' runs. */
function figure(workload, r) {
  const perSample = costPerSample(workload, r, r.seconds);
  return workload.unit === 'epoch'
    ? perSample * workload.samples * 1e6
    : workload.unit === 'sample-step'
      ? perSample * 1e6
      : 1 / perSample;
}

/**
 * Cost per sample over the reference's: in each round, the two medians of that round's runs
 * (run seconds apart), then the median of those ratios over the rounds.
 */
function ratioToReference(workload, r, ref) {
  const rounds = Math.min(r.rounds.length, ref.rounds.length);
  const ratios = [];
  for (let i = 0; i < rounds; i++)
    ratios.push(
      costPerSample(workload, r, r.rounds[i]) / costPerSample(workload, ref, ref.rounds[i]),
    );
  return median(ratios);
}

/**
 * Adds one round's raw result of an implementation to its total: the timed runs of every
 * workload are appended (`seconds`, `wall`) and kept per round (`rounds`); the losses and
 * scores, the same in every round, are the first round's. An error in any round is kept.
 */
export function addRound(total, round) {
  if (!total) total = { ...round, workloads: {} };
  if (round.error) return { ...total, error: round.error };
  for (const [name, w] of Object.entries(round.workloads ?? {})) {
    const sum = total.workloads[name];
    if (w.error || sum?.error) total.workloads[name] = sum?.error ? sum : w;
    else if (!sum) total.workloads[name] = { ...w, rounds: [w.seconds] };
    else {
      sum.seconds = [...sum.seconds, ...w.seconds];
      sum.wall = [...sum.wall, ...w.wall];
      sum.rounds.push(w.seconds);
    }
  }
  return total;
}

/** Rows { impl, workload, value, ratio, loss, accuracy, agrees, note } and the target checks. */
export function summarise(workloads, implementations, results) {
  const rows = [];
  for (const w of workloads) {
    const ref = results.reference?.workloads?.[w.name];
    const refOk = ref && !ref.error;
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
      const value = figure(w, r);
      const ratio = refOk ? ratioToReference(w, r, ref) : NaN;
      rows.push({
        impl: impl.name,
        workload: w.name,
        unit: w.unit,
        // A speed is reported only once the same math ended at the same loss.
        value: agrees === false ? NaN : value,
        ratio: agrees === false ? NaN : ratio,
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
