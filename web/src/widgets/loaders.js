// The one list of widgets: each tag and how to load its class. Every entry is a dynamic import,
// so the embed bundle fetches a widget's code only when a page uses its tag; index.js reads the
// same list in node. A key must equal the loaded class's schema.tag (tests/js checks it).

export const widgetLoaders = {
  'nn-neuron': () => import('./nn-neuron/nn-neuron.js').then((m) => m.NnNeuron),
  'nn-activation': () => import('./nn-activation/nn-activation.js').then((m) => m.NnActivation),
  'nn-perceptron': () => import('./nn-perceptron/nn-perceptron.js').then((m) => m.NnPerceptron),
  'nn-network': () => import('./nn-network/nn-network.js').then((m) => m.NnNetwork),
  'nn-matrix': () => import('./nn-matrix/nn-matrix.js').then((m) => m.NnMatrix),
  'nn-loss': () => import('./nn-loss/nn-loss.js').then((m) => m.NnLoss),
  'nn-descent': () => import('./nn-descent/nn-descent.js').then((m) => m.NnDescent),
  'nn-backprop': () => import('./nn-backprop/nn-backprop.js').then((m) => m.NnBackprop),
  'nn-trainer': () => import('./nn-trainer/nn-trainer.js').then((m) => m.NnTrainer),
  'nn-race': () => import('./nn-race/nn-race.js').then((m) => m.NnRace),
  'nn-export': () => import('./nn-export/nn-export.js').then((m) => m.NnExport),
  'nn-digits': () => import('./nn-digits/nn-digits.js').then((m) => m.NnDigits),
};
