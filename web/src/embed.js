// The one script a blog post loads: <script type="module" src=".../nl/embed.js"></script>.
// It registers every Neuron Lab widget; each finds the wasm core beside this bundle.

import { defineWidgets } from './widgets/index.js';

defineWidgets();
