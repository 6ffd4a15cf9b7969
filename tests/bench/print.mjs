// Prints the bench's table: per workload, each implementation's figure (from CPU time), its ratio
// to the native reference (time per sample / the reference's; 1.00 = as fast as the reference),
// final loss and accuracy; then the targets, the JS step cost and the sizes.
const KB = 1024;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function number(v) {
  if (!Number.isFinite(v)) return '—';
  if (v >= 1000) return v.toFixed(0);
  return v >= 10 ? v.toFixed(1) : v.toFixed(3);
}

const unitName = { epoch: 'µs/epoch', 'sample-step': 'µs/sample-step', 'samples/s': 'samples/s' };

function describe(w) {
  const shape = [w.inputs, ...w.layers.map((l) => l.units)].join('-');
  const acts = [...new Set(w.layers.map((l) => l.activation))].join('/');
  const batch = w.batch >= w.samples ? 'full batch' : `batch ${w.batch}`;
  return `${w.name}: ${shape} ${acts}, ${w.loss}, SGD ${w.learningRate}, ${batch}, ${w.epochs} epochs of ${w.samples}`;
}

export function printReport(workloads, summary, results, sizes, machine) {
  const lines = [
    `Neuron Lab bench on ${machine.cpu} (${machine.cores} cores), node ${machine.node}`,
    'Speeds from CPU time (median of the timed runs of all rounds); ratio = time per sample over',
    "the reference's, in each round from that round's medians, then the median of the rounds",
  ];
  for (const w of workloads) {
    lines.push('', describe(w));
    lines.push(
      `  ${pad('implementation', 18)}${lpad(unitName[w.unit], 15)}${lpad('ratio', 8)}${lpad('final loss', 14)}${lpad('accuracy', 10)}  notes`,
    );
    for (const r of summary.rows.filter((row) => row.workload === w.name)) {
      if (r.error) {
        lines.push(`  ${pad(r.impl, 18)}not run: ${r.error.split('\n')[0]}`);
        continue;
      }
      const notes = [
        ...r.notes,
        r.subset && `timed on ${r.subset}`,
        r.scored,
        r.lossKind !== w.loss && `loss is ${r.lossKind}`,
        r.agrees === false && 'LOSS DISAGREES: speed withheld',
        r.agrees === null && 'other math: loss not compared',
      ].filter(Boolean);
      lines.push(
        `  ${pad(r.impl, 18)}${lpad(number(r.value), 15)}${lpad(number(r.ratio), 8)}${lpad(Number.isFinite(r.loss) ? r.loss.toPrecision(6) : String(r.loss ?? NaN), 14)}${lpad(r.accuracy.toFixed(3), 10)}  ${notes.join('; ')}`,
      );
    }
  }
  lines.push('', 'Targets (read from the ratios above)');
  for (const t of summary.targets)
    lines.push(`  ${t.ok ? 'met ' : 'MISS'}  ${t.what}: ${number(t.value)}`);
  const step = Object.values(results).find((r) => r.step)?.step;
  if (step)
    lines.push(
      '',
      `trainer.step() from JS: ${(step.jsStep * 1e6).toFixed(3)} µs; a step inside train(): ${(step.trainStep * 1e6).toFixed(3)} µs`,
    );
  const kb = (b) => `${(b / KB).toFixed(1)} KB`;
  lines.push('', 'Sizes (KB = 1024 bytes; gzip level 9)');
  for (const f of sizes.core.files)
    lines.push(`  ${pad(f.file, 10)}${lpad(kb(f.raw), 12)}  gzip ${lpad(kb(f.gzip), 10)}`);
  lines.push(
    `  ${pad('core', 10)}${lpad(kb(sizes.core.raw), 12)}  gzip ${lpad(kb(sizes.core.gzip), 10)}  (goal: at most 80 KiB gzipped)`,
  );
  lines.push(
    ...pageLines(sizes.homePage, 'home page', '', kb),
    ...pageLines(sizes.lessonPage, 'first lesson page', ' (target: at most 200 KB)', kb),
  );
  console.log(lines.join('\n'));
}

/** A page's total and each file's gzipped size, as lines (what: "home page"; kb(bytes)). */
function pageLines(page, what, target, kb) {
  if (!page) return [`  ${what}: build/site does not exist (npm run build:site makes it)`];
  return [
    `  ${what} /${page.page}, ${page.files.length} files: ${kb(page.raw)}, gzip ${kb(page.gzip)}${target}`,
    ...page.files.map((f) => `    ${pad(f.file, 52)}${lpad(kb(f.gzip), 10)}`),
  ];
}
