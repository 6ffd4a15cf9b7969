// <nn-loss>: how wrong a small network is. A live table, one row per sample, of the inputs, the
// target, the prediction, the error and that sample's loss, with the mean below; MSE and binary
// cross-entropy side by side on request; optionally the loss as a surface over two parameters,
// where dragging or the arrow keys set them. Every number is the core's (Network.loss/backward).

import { el } from '../../render/dom.js';
import { canvasFont, themeColors } from '../../render/theme.js';
import { withExercise } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { fixedNote, lockFixed } from '../base/exercise.js';
import { goalSentence } from '../base/goal.js';
import { choiceChips } from '../shared/choice-chips.js';
import { showFixed } from '../shared/format.js';
import { goalStatus } from '../shared/goal-status.js';
import { lossSurfaceView } from '../shared/loss-surface.js';
import { ownedNetwork } from '../shared/owned-network.js';
import { toParameters, weightsEntry } from '../shared/weights-attribute.js';
import { sampleLosses } from './sample-losses.js';
import { schema } from './schema.js';
import { LossSetup } from './session.js';
import { lossTable } from './view.js';
import chipsCss from '../shared/choice-chips.css' with { type: 'text' };
import axesCss from '../../render/map-axes.css' with { type: 'text' };
import surfaceCss from '../shared/loss-surface.css' with { type: 'text' };
import css from './nn-loss.css' with { type: 'text' };

const NAMES = { mse: 'mean squared error', bce: 'binary cross-entropy' };

export class NnLoss extends BaseWidget {
  static schema = withExercise(schema);
  static styles = [chipsCss, axesCss, surfaceCss, css];

  #parts = null;
  #nets = null;
  #setup = new LossSetup(this);
  #said = null;

  /** The weights fit the shape (the schema's `where` narrows losses and data sets). */
  entryFor(name) {
    const entry = super.entryFor(name);
    return name === 'weights' ? weightsEntry(entry, this.#setup.shape()) : entry;
  }

  build(body) {
    this.#nets = {
      mse: ownedNetwork(this.core, this.disposeables),
      bce: ownedNetwork(this.core, this.disposeables),
    };
    const compare = el('input', { type: 'checkbox', id: 'compare' });
    compare.addEventListener('change', () => this.setValue('compare', compare.checked));
    const surface = lossSurfaceView({
      onMove: (point) => this.#moveTo(point),
      current: () => this.#setup.point(),
      hint: 'The stronger the colour, the higher the loss. Click or drag on the map, or focus it and use the arrow keys (Shift: bigger steps).',
    });
    surface.root.hidden = true;
    const p = (this.#parts = {
      chooser: choiceChips({
        name: 'loss',
        legend: 'Loss',
        options: ['mse', 'bce'].map((value) => ({ value, label: NAMES[value] })),
        onPick: (value) => this.setValue('loss', value),
      }),
      compare,
      table: lossTable(),
      goal: goalStatus(),
      kept: fixedNote(),
      surface,
    });
    body.append(
      el('div', { class: 'loss-widget' }, [
        el('div', { class: 'side' }, [
          el('div', { class: 'options' }, [
            p.chooser.root,
            el('label', { class: 'check', for: 'compare' }, [compare, 'compare both']),
          ]),
          p.table.root,
          p.goal.root,
          p.kept,
        ]),
        surface.root,
      ]),
    );
    this.observeSize(surface.pad.root);
  }

  render() {
    const { loss, compare, goal } = this.values;
    const p = this.#parts;
    const problems = [];
    const shape = this.#setup.shape();
    if (shape !== this.values.shape) {
      problems.push(`shape="${this.values.shape}": expected 2 inputs first and 1 output last`);
    }
    const data = this.#setup.dataset();
    const { X, Y } = data;
    const flat = this.#setup.weights(shape);
    const layers = shape.slice(1).map((units, l) => ({
      units,
      activation: l === shape.length - 2 ? 'sigmoid' : this.values.activation,
    }));
    const nets = Object.create(null); // loss name -> network
    for (const name of ['mse', 'bce']) {
      nets[name] = this.#nets[name].get({ inputs: shape[0], layers, loss: name, seed: 1 });
      nets[name].setParameters(toParameters(shape, flat));
    }
    const shown = compare ? ['mse', 'bce'] : [loss];
    const numbers = sampleLosses(nets, X, Y, shown);
    p.table.show({
      ...numbers,
      selected: loss,
      caption: `Per-sample ${shown.map((n) => NAMES[n]).join(' and ')}`,
      formulas: this.core.losses.filter((l) => shown.includes(l.name)),
    });
    p.chooser.set(loss);
    p.compare.checked = compare;

    const mean = numbers.means[loss];
    const news = [];
    const said = `${NAMES[loss]} ${showFixed(mean)}`;
    if (this.#said !== null && said !== this.#said) news.push(`Mean ${said}.`);
    this.#said = said;
    lockFixed(this, [['loss', p.chooser.radios]], p.kept);
    if (p.goal.check(goal, { loss: mean }, this)) {
      this.emit('nn-solved', { goal, loss: mean });
      news.push(`Solved: the ${goalSentence(goal)}.`);
    }
    if (news.length > 0) this.announce(news.join(' '));

    const refs = this.#setup.surface(shape, problems);
    p.surface.root.hidden = !refs;
    if (refs) {
      const filling = p.surface.show({
        net: nets[loss],
        shape,
        flat,
        refs,
        X,
        Y,
        domain: [-this.values.range, this.values.range],
        key: [this.values.activation, loss, data.key],
        mean,
        lossName: loss,
        lossWords: NAMES[loss],
        colors: themeColors(this),
        font: canvasFont(this),
      });
      if (filling) this.requestRender();
    }
    if (problems.length > 0) throw new Error(problems.join(' '));
  }

  /** A move on the surface: new weights, unless the surface was taken away since the drawing. */
  #moveTo(point) {
    const flat = this.#setup.movedTo(point);
    if (flat) this.setValue('weights', flat);
  }
}
