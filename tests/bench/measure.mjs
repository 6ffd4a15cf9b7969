// Times one JS implementation on one workload: an untimed warm-up run, then `runs` timed runs,
// each from the initial weights; then its outputs on the whole training set are scored. The
// figure is the process's CPU time (user + system, all its threads), which a shared machine
// disturbs far less than wall-clock time; the wall-clock times are kept beside it.
import { evaluate } from './evaluate.mjs';

/**
 * { seconds: [...], epochs, samples, loss, accuracy } for plan { epochs, samples, runs, warmup? }
 * (warmup: the warm-up's { epochs, samples }, by default the workload's warm-up epochs;
 * scored: how many samples the loss and accuracy are computed on, by default all).
 */
export async function measure(impl, workload, data, plan, options) {
  const model = await impl.create(workload, data, options);
  const warmup = plan.warmup ?? {
    epochs: Math.min(workload.warmupEpochs, plan.epochs),
    samples: plan.samples,
  };
  model.prepare?.(warmup);
  model.prepare?.(plan);
  model.reset();
  await model.train(warmup);
  const seconds = []; // CPU seconds of the process (the figure), and wall-clock seconds
  const wall = [];
  for (let r = 0; r < plan.runs; r++) {
    model.reset();
    const cpu = process.cpuUsage();
    const start = performance.now();
    await model.train(plan);
    wall.push((performance.now() - start) / 1000);
    const used = process.cpuUsage(cpu);
    seconds.push((used.user + used.system) / 1e6);
  }
  const scored = plan.scored ?? workload.samples;
  const P = model.predict(scored);
  // The per-sample peers' mlp has no softmax: score it by the 1/2 (y - t)^2 they minimise.
  const lossKind =
    workload.loss === 'softmax_ce' && !options?.sameMath ? 'half_mse' : workload.loss;
  const score = evaluate(workload, data, P, lossKind, scored);
  const notes = [model.backend, model.activation && `activation ${model.activation}`].filter(
    Boolean,
  );
  model.dispose();
  return {
    seconds,
    wall,
    epochs: plan.epochs,
    samples: plan.samples,
    scored,
    ...score,
    lossKind,
    notes,
  };
}
