// The final loss and accuracy of any implementation, from its outputs P (samples x outputs) on
// the training set (its first `count` samples), so every implementation is scored by one code.
// half_mse: 1/2 (p - t)^2 averaged over samples and outputs; softmax_ce: -log p_label averaged.
import { outputs } from './data.mjs';

export function evaluate(workload, data, P, loss = workload.loss, count = workload.samples) {
  const k = outputs(workload);
  const threshold = workload.layers.at(-1).activation === 'tanh' ? 0 : 0.5;
  let sum = 0;
  let right = 0;
  for (let i = 0; i < count; i++) {
    const label = data.labels[i];
    let best = 0;
    for (let j = 0; j < k; j++) {
      const p = P[i * k + j];
      const t = data.Y[i * k + j];
      sum += loss === 'half_mse' ? 0.5 * (p - t) ** 2 : -t * Math.log(Math.max(p, 1e-12));
      if (p > P[i * k + best]) best = j;
    }
    right += (k === 1 ? Number(P[i] > threshold) : best) === label ? 1 : 0;
  }
  return { loss: sum / (loss === 'half_mse' ? count * k : count), accuracy: right / count };
}
