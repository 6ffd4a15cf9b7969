// The widget registry: every widget class, and a define() step kept apart from the classes so a
// page (or the lesson build, reading schemas in node) can import them without registering.

import { NnActivation } from './nn-activation.js';
import { NnBackprop } from './nn-backprop.js';
import { NnDescent } from './nn-descent.js';
import { NnExport } from './nn-export.js';
import { NnLoss } from './nn-loss.js';
import { NnMatrix } from './nn-matrix.js';
import { NnNetwork } from './nn-network.js';
import { NnNeuron } from './nn-neuron.js';
import { NnPerceptron } from './nn-perceptron.js';
import { NnTrainer } from './nn-trainer.js';

export const widgetClasses = [
  NnNeuron,
  NnActivation,
  NnPerceptron,
  NnNetwork,
  NnMatrix,
  NnLoss,
  NnDescent,
  NnBackprop,
  NnTrainer,
  NnExport,
];

/** Registers the given widget classes under their schema tags, skipping tags already taken. */
export function defineWidgets(classes = widgetClasses) {
  for (const widget of classes) {
    const { tag } = widget.schema;
    if (!customElements.get(tag)) customElements.define(tag, widget);
  }
}
