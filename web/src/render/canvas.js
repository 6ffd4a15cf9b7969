// Sizes a canvas for the screen's pixel density and hands back a context that draws in CSS
// pixels, so every chart stays sharp on phones and HiDPI screens; tells a canvas's size on the
// page without making the browser lay the page out. It draws nothing itself.

const sizes = new WeakMap(); // canvas -> [width, height] in CSS pixels, as last laid out
let sizeObserver = null;

/**
 * canvas's [width, height] in CSS pixels (its client size, whole pixels). Reading clientWidth in
 * a frame whose changes are not laid out yet makes the browser lay the page out then and there;
 * this reads it so only the first time and afterwards keeps what a ResizeObserver reports after
 * each layout that changes it.
 */
export function canvasSize(canvas) {
  let size = sizes.get(canvas);
  if (size) return size;
  size = [canvas.clientWidth, canvas.clientHeight];
  sizes.set(canvas, size);
  sizeObserver ??= new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries)
      sizes.set(target, [Math.round(contentRect.width), Math.round(contentRect.height)]);
  });
  sizeObserver.observe(canvas);
  return size;
}

/** Resizes canvas to width x height CSS pixels, clears it, returns its 2-D context. */
export function prepareCanvas(canvas, width, height) {
  const ratio = globalThis.devicePixelRatio || 1;
  const pixelsWide = Math.max(1, Math.round(width * ratio));
  const pixelsHigh = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelsWide) canvas.width = pixelsWide;
  if (canvas.height !== pixelsHigh) canvas.height = pixelsHigh;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}
