// The row of <nn-trainer> that makes it the reader's own: their data (data-panel.js), the input
// features (inputs-panel.js) and the Share button (share-panel.js), under the settings.

import { el } from '../../render/dom.js';
import { dataPanel } from './data-panel.js';
import { inputsPanel } from './inputs-panel.js';
import { sharePanel } from './share-panel.js';

/** widget: the <nn-trainer>; source: its ownDataSource; network(): its current network. */
export function ownPanels(widget, source, network) {
  const data = dataPanel(widget, source);
  const inputs = inputsPanel(widget);
  const share = sharePanel(widget, network, () => source.large !== null);
  return {
    root: el('div', { class: 'own' }, [data.root, inputs.root, share.root]),
    /** The controls that set the data set (the formula, the CSV box, its file). */
    dataFields: data.fields,
    /** Shows the attribute values (the formula, the features). */
    set(values) {
      data.set(values);
      inputs.set(values);
    },
  };
}
