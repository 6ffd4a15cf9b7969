// <nn-activation>: an activation function and its slope. The reader drags z along the curve
// (mouse, touch or arrow keys) and reads the value, the slope and the tangent line; with
// `compare`, the five hidden-layer activations side by side. Values come from core.activate.

import { boxSize, prepareCanvas } from '../../render/canvas.js';
import { drawCurvePlot } from '../../render/curve-plot.js';
import { el, setText } from '../../render/dom.js';
import { paddedExtent } from '../../render/scale.js';
import { canvasFont, themeColors } from '../../render/theme.js';
import { acceptedNames } from '../base/attributes.js';
import { BaseWidget } from '../base/base-widget.js';
import { showFixed, showNumber } from '../shared/format.js';
import { pickedValue } from '../shared/picked-value.js';
import { schema, Z_MAX, Z_MIN } from './schema.js';
import chipsCss from '../shared/choice-chips.css' with { type: 'text' };
import css from './nn-activation.css' with { type: 'text' };

// z from -6 to 6 in steps of 0.05, built from integers so that z = 0 is exactly on the grid.
const GRID = Float64Array.from({ length: 241 }, (_, i) => (i - 120) / 20);
const KEY_STEPS = {
  ArrowRight: 0.1,
  ArrowUp: 0.1,
  ArrowLeft: -0.1,
  ArrowDown: -0.1,
  PageUp: 1,
  PageDown: -1,
};

export class NnActivation extends BaseWidget {
  static schema = schema;

  static styles = [chipsCss, css];

  #parts = null;
  #curves = new Map(); // activation name -> { value, slope } over GRID, asked of the core once
  #scale = null; // the last plot's z scale, to turn a pointer position into z
  #dragging = null; // the canvas a drag started on (under pointer capture, events target the plots)

  build(body) {
    const names = acceptedNames(this.entryFor('activation'), this.core);
    const chooser = el('fieldset', { class: 'chooser' }, [
      el('legend', { class: 'sr-only', text: 'Activation' }),
    ]);
    for (const name of names) {
      const radio = el('input', {
        type: 'radio',
        name: 'activation',
        value: name,
        id: `pick-${name}`,
      });
      radio.addEventListener('change', () => this.setValue('activation', name));
      chooser.append(el('label', { for: `pick-${name}` }, [radio, name]));
    }
    const slider = el('div', { class: 'plots', role: 'slider', tabindex: 0, 'aria-label': 'z' });
    slider.setAttribute('aria-valuemin', Z_MIN);
    slider.setAttribute('aria-valuemax', Z_MAX);
    // A slider must carry its value from the start, before the first (visible-only) render.
    slider.setAttribute('aria-valuenow', this.values.z);
    slider.addEventListener('keydown', (event) => this.#onKey(event));
    slider.addEventListener('pointerdown', (event) => {
      this.#dragging = event.target.closest('canvas');
      if (!this.#dragging) return;
      slider.setPointerCapture(event.pointerId);
      this.#onPointer(event);
    });
    slider.addEventListener('pointermove', (event) => {
      if (slider.hasPointerCapture(event.pointerId)) this.#onPointer(event);
    });
    const key = (kind, text) => el('span', { class: `key ${kind}`, text });
    const legend = el('p', { class: 'legend', 'aria-hidden': 'true' }, [
      key('value', 'value'),
      key('slope', 'slope (derivative)'),
      key('tangent', 'tangent at z'),
    ]);
    this.#parts = { names, chooser, slider, panels: [], mode: '' };
    body.append(chooser, slider, legend);
    this.observeSize(slider);
  }

  render() {
    const { activation, z, compare } = this.values;
    const p = this.#parts;
    const mode = compare ? 'compare' : activation;
    if (p.mode !== mode) this.#buildPanels(compare ? p.names : [activation], compare);
    p.mode = mode;
    p.chooser.hidden = compare;
    for (const radio of p.chooser.querySelectorAll('input'))
      radio.checked = radio.value === activation;

    const theme = themeColors(this);
    const colors = { ...theme, curve: theme.accent, tangent: theme.fg };
    const font = canvasFont(this);
    const spoken = [];
    for (const panel of p.panels) {
      const here = this.core.activate(panel.name, [z]);
      const [value, slope] = [here.value[0], here.slope[0]];
      this.#scale = this.#draw(panel, { z, value, slope, colors, font, compare });
      const [shownValue, shownSlope] = [showFixed(value), showFixed(slope)];
      const valueText = compare
        ? `value ${shownValue}`
        : `${panel.name}(${showNumber(z)}) = ${shownValue}`;
      setText(panel.numbers, `${valueText}\nslope ${shownSlope}`);
      spoken.push(`${panel.name} ${shownValue}, slope ${shownSlope}`);
    }
    p.slider.setAttribute('aria-valuenow', z);
    p.slider.setAttribute('aria-valuetext', `z = ${showNumber(z)}: ${spoken.join('; ')}`);
  }

  /** Draws one panel's plots; returns the z scale, for pointer positions. */
  #draw(panel, { z, value, slope, colors, font, compare }) {
    const curve = this.#curve(panel.name);
    const plot = (canvas) => {
      const [width, height] = boxSize(canvas);
      return {
        ctx: prepareCanvas(canvas, width, height),
        width,
        height,
        z: GRID,
        font,
        xTitle: 'z',
        colors,
      };
    };
    const marker = { z, y: value };
    if (compare) {
      const { ctx, ...o } = plot(panel.value);
      const also = { y: curve.slope, color: colors.third };
      return drawCurvePlot(ctx, {
        ...o,
        y: curve.value,
        also,
        // Each panel's own range: its value and slope curves over the z shown (the marker is
        // on the value curve), so ReLU's and linear's markers stay inside at z = 6.
        yDomain: paddedExtent([...curve.value, ...curve.slope]),
        marker,
        slope,
        compact: true,
      }).x;
    }
    const top = plot(panel.value);
    const { x } = drawCurvePlot(top.ctx, {
      ...top,
      y: curve.value,
      marker,
      slope,
      yTitle: `${panel.name}(z)`,
    });
    const bottom = plot(panel.slope);
    const peak = Math.max(...curve.slope);
    drawCurvePlot(bottom.ctx, {
      ...bottom,
      y: curve.slope,
      marker: { z, y: slope },
      guide: { y: peak, label: `steepest slope: ${showNumber(peak)}` },
      yTitle: `slope ${panel.name}′(z)`,
      colors: { ...colors, curve: colors.third },
    });
    return x;
  }

  /** One panel per activation shown: a value canvas, and in single mode a slope canvas. */
  #buildPanels(names, compare) {
    const p = this.#parts;
    p.panels = names.map((name) => ({
      name,
      // Inside role="slider" the canvases are presentational: aria-valuetext says it all.
      value: el('canvas', { class: compare ? 'small' : 'value' }),
      slope: compare ? null : el('canvas', { class: 'slope' }),
      numbers: el('p', { class: 'numbers num' }),
    }));
    p.slider.classList.toggle('compare', compare);
    p.slider.replaceChildren(
      ...p.panels.map((panel) =>
        compare
          ? el('figure', {}, [el('figcaption', { text: panel.name }), panel.value, panel.numbers])
          : el('div', { class: 'single' }, [panel.value, panel.slope, panel.numbers]),
      ),
    );
  }

  /** The activation's value and slope over the z grid (asked of the core once per name). */
  #curve(name) {
    if (!this.#curves.has(name)) this.#curves.set(name, this.core.activate(name, GRID));
    return this.#curves.get(name);
  }

  #onKey(event) {
    const { z } = this.values;
    const step = KEY_STEPS[event.key];
    const next = event.key === 'Home' ? Z_MIN : event.key === 'End' ? Z_MAX : step && z + step;
    if (next === undefined) return;
    event.preventDefault();
    this.#moveTo(next);
  }

  #onPointer(event) {
    if (!this.#dragging || !this.#scale) return;
    const left = this.#dragging.getBoundingClientRect().left;
    this.#moveTo(this.#scale.invert(event.clientX - left));
  }

  /** Moves the marker to a picked z (clamped to the plot, rounded to 0.01). */
  #moveTo(z) {
    this.setValue('z', pickedValue(z, [Z_MIN, Z_MAX]));
  }
}
