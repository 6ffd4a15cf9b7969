// A neuron's map shown large: a modal dialog with the map on a big canvas, its axes and colour
// scale (render/map-axes.js), Previous and Next through the other maps, and a Close button.
// Escape or Close closes it and the focus goes back to what opened it. What to draw comes
// from the widget (o.item), so the view follows the widget's own drawing; no math here.

import { el, setText } from '../../render/dom.js';
import { mapAxes } from '../../render/map-axes.js';

let viewers = 0; // for ids unique within a page

/**
 * o: { count(): how many maps, item(index): { title, draw(canvas), frame (mapAxes' update) } }.
 * Returns { root (the dialog, to append), show(index, opener), refresh() (redraw if open) }.
 */
export function mapViewer(o) {
  const id = `map-viewer-${++viewers}`;
  const canvas = el('canvas', { class: 'viewer-map', role: 'img' });
  const axes = mapAxes(canvas);
  const title = el('h2', { id, class: 'viewer-title' });
  const button = (text, label) => el('button', { type: 'button', text, 'aria-label': label });
  const [previous, next] = [button('←', 'Previous map'), button('→', 'Next map')];
  const close = button('Close', 'Close the enlarged map');
  const dialog = el('dialog', { class: 'map-viewer', 'aria-labelledby': id }, [
    el('div', { class: 'viewer-head' }, [title, close]),
    axes.root,
    el('div', { class: 'viewer-nav' }, [previous, next]),
  ]);
  let [index, opener] = [0, null];

  const draw = () => {
    const item = o.item(index);
    if (!item) return dialog.close();
    setText(title, item.title);
    canvas.setAttribute('aria-label', item.title);
    axes.update(item.frame);
    item.draw(canvas);
    previous.hidden = next.hidden = o.count() < 2;
  };
  const move = (step) => {
    index = (index + step + o.count()) % o.count();
    draw();
  };
  previous.addEventListener('click', () => move(-1));
  next.addEventListener('click', () => move(1));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  return {
    root: dialog,
    show(at, from) {
      [index, opener] = [at, from];
      dialog.showModal();
      close.focus();
      draw();
    },
    refresh() {
      if (dialog.open) draw();
    },
  };
}
