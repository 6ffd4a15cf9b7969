// Sizes a canvas for the screen's pixel density and hands back a context that draws in CSS
// pixels, so every chart stays sharp on phones and HiDPI screens; tells a canvas's (or any
// box's) size on the page without making the browser lay the page out. It draws nothing itself.

const sizes = new WeakMap(); // element -> [width, height] in CSS pixels, as last laid out
const observed = new WeakSet(); // the elements the observer watches
let sizeObserver = null;

/** Starts the observer on element, once: observed again, it would report the size anew. */
function observe(element) {
  if (observed.has(element)) return;
  observed.add(element);
  sizeObserver ??= new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries)
      sizes.set(target, [Math.round(contentRect.width), Math.round(contentRect.height)]);
  });
  sizeObserver.observe(element);
}

/**
 * element's [width, height] in CSS pixels (its content box, whole pixels: a canvas's client
 * size). Reading clientWidth in a frame whose changes are not laid out yet makes the browser lay
 * the page out then and there; this keeps what a ResizeObserver reports after each layout that
 * changes the size, and reads it only when none has come yet, or the last was empty (hidden
 * then, perhaps shown since).
 */
export function boxSize(element) {
  let size = sizes.get(element);
  if (size && (size[0] > 0 || size[1] > 0)) return size;
  size = [element.clientWidth, element.clientHeight];
  sizes.set(element, size);
  observe(element);
  return size;
}

/**
 * Starts keeping the sizes of `canvases` (a widget's, once built) before anything draws them, so
 * that their first boxSize() too is read without a layout: a widget's first render comes when
 * it scrolls into view, and a layout forced there (after the render wrote its words) is a layout
 * of the page in the middle of the frame.
 */
export function watchSizes(canvases) {
  for (const canvas of canvases) observe(canvas);
}

/**
 * Resizes canvas (an element, or an OffscreenCanvas in a worker, which is given the page's
 * `ratio`) to width x height CSS pixels, clears it, returns its 2-D context.
 */
export function prepareCanvas(canvas, width, height, ratio = globalThis.devicePixelRatio || 1) {
  const pixelsWide = Math.max(1, Math.round(width * ratio));
  const pixelsHigh = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelsWide) canvas.width = pixelsWide;
  if (canvas.height !== pixelsHigh) canvas.height = pixelsHigh;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}
