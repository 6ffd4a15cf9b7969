// TensorFlow.js with its plain-JS "cpu" backend or its "wasm" backend (float32 both): the
// network as variables, one optimizer.minimize() per batch on tensors made before timing.
// Loss: 0.5 * mean((y - t)^2), or tf.losses.softmaxCrossEntropy on the logits (batch mean).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { batches, gatherRows, outputs } from '../data.mjs';

const require = createRequire(import.meta.url);

async function loadTf(backend) {
  const tf = await import('@tensorflow/tfjs');
  if (backend === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const dist = dirname(
      require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'),
    );
    wasm.setWasmPaths(`${dist}/`);
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} did not start`);
  return tf;
}

const f32 = (v) => Float32Array.from(v);
const activations = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'relu' };

export async function create(workload, data, { backend }) {
  const tf = await loadTf(backend);
  const k = outputs(workload);
  let fanIn = workload.inputs;
  const vars = workload.layers.map((layer, l) => {
    const shape = [fanIn, layer.units];
    fanIn = layer.units;
    return {
      W: tf.variable(tf.tensor2d(f32(data.W[l]), shape)),
      b: tf.variable(tf.tensor1d(f32(data.b[l]))),
      layer,
    };
  });
  // The output layer's pre-activation for softmax (the loss takes logits), else its activation.
  const forward = (x) =>
    vars.reduce((a, { W, b, layer }) => {
      const z = tf.add(tf.matMul(a, W), b);
      return layer.activation === 'softmax' ? z : tf[activations[layer.activation]](z);
    }, x);
  const loss = (x, t) =>
    workload.loss === 'half_mse'
      ? tf.mul(0.5, tf.mean(tf.squaredDifference(forward(x), t)))
      : tf.losses.softmaxCrossEntropy(t, forward(x));
  const optimizer = tf.train.sgd(workload.learningRate);
  const prepared = new Map();
  const steps = (plan) => {
    const key = `${plan.epochs}/${plan.samples}`;
    if (!prepared.has(key))
      prepared.set(
        key,
        [...batches(workload, data, plan)].map((idx) => [
          tf.tensor2d(gatherRows(data.X, workload.inputs, idx, Float32Array), [
            idx.length,
            workload.inputs,
          ]),
          tf.tensor2d(gatherRows(data.Y, k, idx, Float32Array), [idx.length, k]),
        ]),
      );
    return prepared.get(key);
  };
  return {
    backend:
      backend === 'wasm'
        ? `wasm (simd ${tf.env().getBool('WASM_HAS_SIMD_SUPPORT')}, threads ${tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT')})`
        : backend,
    prepare: steps,
    reset() {
      vars.forEach(({ W, b }, l) => {
        tf.tidy(() => {
          W.assign(tf.tensor2d(f32(data.W[l]), W.shape));
          b.assign(tf.tensor1d(f32(data.b[l])));
        });
      });
    },
    train(plan) {
      for (const [x, t] of steps(plan)) optimizer.minimize(() => loss(x, t));
      vars[0].W.dataSync(); // waits for the last update
    },
    predict() {
      const x = tf.tensor2d(f32(data.X), [workload.samples, workload.inputs]);
      const p = tf.tidy(() => {
        const y = forward(x);
        return workload.layers.at(-1).activation === 'softmax' ? tf.softmax(y) : y;
      });
      const out = Float64Array.from(p.dataSync());
      tf.dispose([x, p]);
      return out;
    },
    dispose() {
      for (const list of prepared.values()) tf.dispose(list.flat());
      vars.forEach(({ W, b }) => tf.dispose([W, b]));
      optimizer.dispose();
    },
  };
}
