// Child process of run.mjs: runs one JS implementation on every workload and writes its
// results as JSON. Usage: node run-js.mjs INDEX DATA_DIR OUT_FILE (INDEX into implementations).
import { writeFileSync } from 'node:fs';
import { readData, readWorkloads } from './data.mjs';
import { implementations } from './implementations.mjs';
import { measure } from './measure.mjs';
import { stepCost } from './step-cost.mjs';

const [index, dir, out] = process.argv.slice(2);
const spec = implementations[Number(index)];
const impl = await import(spec.module);
const result = { workloads: {} };
for (const workload of readWorkloads(dir)) {
  if (spec.workloads && !spec.workloads.includes(workload.name)) continue;
  const plan = {
    epochs: workload.epochs,
    samples: workload.samples,
    runs: workload.runs,
    ...spec.plans?.[workload.name],
  };
  try {
    const options = { ...spec.options, sameMath: spec.sameMath };
    result.workloads[workload.name] = await measure(
      impl,
      workload,
      readData(dir, workload),
      plan,
      options,
    );
  } catch (e) {
    result.workloads[workload.name] = { error: String(e?.message ?? e) };
  }
}
if (spec.ours) result.step = await stepCost();
writeFileSync(out, JSON.stringify(result));
