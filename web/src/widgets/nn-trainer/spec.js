// Turns <nn-trainer>'s attribute values into what its training session needs: the data set,
// the network (with the output layer and loss that suit the number of classes), the trainer's
// options and the reader's added points, checked. Also the publisher that hands the current
// model to other elements (an 'nn-model' event) and, with save-model, to localStorage.

import { shorten } from '../base/attributes.js';
import { saveModel } from '../shared/saved-model.js';

/** True when points is x₁, x₂, class triples with classes from 0 to classes − 1. */
function pointsFit(points, classes) {
  return (
    points.length % 3 === 0 &&
    points.every((v, i) => i % 3 !== 2 || (Number.isInteger(v) && v >= 0 && v < classes))
  );
}

/**
 * values: the widget's parsed attributes; lastPoints: the points last used; problems: messages
 * are pushed here; readers: the widget's { data: ownDataSource() (data-source.js), weights:
 * weightsReader() (share.js) }. Returns the session spec plus { classes, autoLoss }.
 */
export function resolveSpec(core, values, lastPoints, problems, readers) {
  const v = values;
  const own = readers.data.resolve(v, problems);
  const classes = own?.classes ?? core.datasets.find((d) => d.name === v.dataset)?.classes ?? 2;
  const output =
    classes === 2 ? { units: 1, activation: 'sigmoid' } : { units: classes, activation: 'softmax' };
  const autoLoss = classes === 2 ? 'bce' : 'softmax_ce';
  const fitting = core.losses
    .filter((l) => l.outputs.length === 0 || l.outputs.includes(output.activation))
    .map((l) => l.name);
  let loss = v.loss ?? autoLoss;
  if (!fitting.includes(loss)) {
    problems.push(
      `loss="${loss}": expected ${fitting.join(' or ')} for a data set of ${classes} classes; training with ${autoLoss}`,
    );
    loss = autoLoss;
  }
  let points = v.points;
  if (!pointsFit(points, classes)) {
    problems.push(
      `points="${shorten(points.join(', '))}": expected three numbers per point, x₁, x₂ and a class from 0 to ${classes - 1}, such as "0.5, 0.25, 1"`,
    );
    points = pointsFit(lastPoints, classes) ? lastPoints : [];
  }
  const hidden = v['hidden-layers'].map((units) => ({ units, activation: v.activation }));
  const shape = [v.features.length, ...v['hidden-layers'], output.units];
  const weights = v.weights === null ? null : readers.weights(v.weights, shape);
  if (weights?.ok === false) problems.push(weights.message);
  return {
    data: own
      ? { name: v.dataset, own: own.key }
      : {
          name: v.dataset,
          samples: v.samples,
          noise: v.noise,
          testFraction: v['test-fraction'],
          seed: v.seed,
        },
    make: own?.make, // the reader's data set (formula or CSV), else makeDataset(data.name, data)
    features: v.features,
    weights: weights?.ok ? { text: v.weights, parameters: weights.parameters } : null,
    points,
    network: { inputs: v.features.length, layers: [...hidden, output], loss, seed: v.seed },
    batchSize: v['batch-size'],
    options: { optimizer: v.optimizer, learningRate: v['learning-rate'], l2: v.l2 },
    seed: v.seed,
    classes,
    autoLoss,
  };
}

/**
 * publish(network, version, now): sends network.toJSON() as 'nn-model' (and saves it with
 * save-model) when the weights changed (version) — at most once a second while playing.
 */
export function modelPublisher(widget) {
  let sent = null;
  let at = -Infinity;
  return {
    publish(network, version, playing) {
      const now = performance.now();
      if (version === sent || (playing && now - at < 1000)) return;
      [sent, at] = [version, now];
      const model = network.toJSON();
      widget.emit('nn-model', { model });
      if (widget.values['save-model']) saveModel(model);
    },
  };
}
